/**
 * Entry of a pipeline worker thread (src/node/process-articles.ts starts it, bundled
 * into one JavaScript file by src/node/worker-bundle.ts so it starts without a
 * TypeScript loader). It loads the gazetteer once, says `ready`, then processes each
 * chunk of articles the main thread sends and posts the results back with the chunk's
 * start index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article, Source } from '../pipeline/schema.ts';
import { loadGazetteer } from './load-gazetteer.ts';
import { type ArticleResult, processChunk } from './process-article.ts';

export type WorkerSetup = { gazetteerFile: string; registry: Source[] };
export type ChunkMessage = { start: number; articles: Article[] };
export type WorkerReply = { type: 'ready' } | { type: 'results'; start: number; results: ArticleResult[] };

const port = parentPort;
const setup = workerData as WorkerSetup | undefined;
if (port && setup?.gazetteerFile) {
  const { registry } = setup;
  // a missing or broken index throws here: the pool reports it as this worker's failure
  const gazetteer = await loadGazetteer(setup.gazetteerFile);
  port.on('message', (chunk: ChunkMessage) => {
    const results = processChunk(chunk.articles, gazetteer, registry);
    port.postMessage({ type: 'results', start: chunk.start, results } satisfies WorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
