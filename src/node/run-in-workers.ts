/**
 * Run the article pipeline (parseArticle → geoparse → extractClaims) over files on
 * every core with worker_threads, for the throughput benchmark (issue 8 item 2).
 * Each worker loads the gazetteer once, takes a share of the files (round robin) and
 * returns counts; the caller times the whole run. Also usable in-process (one core).
 *
 *   const result = await runInWorkers(files, { workers: os.availableParallelism() });
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseArticle } from '../pipeline/article/parse-article.ts';
import { extractClaims } from '../pipeline/claims/extract-claims.ts';
import type { Gazetteer } from '../pipeline/geo/index.ts';
import { geoparse } from '../pipeline/geo/index.ts';
import type { Source } from '../pipeline/schema.ts';
import { loadGazetteer } from './load-gazetteer.ts';
import { readSourceRegistry } from './read-source-registry.ts';

export type PipelineCounts = { articles: number; bytes: number; claims: number; failed: number };

export function runPipeline(files: readonly string[], gazetteer: Gazetteer, registry: Source[]): PipelineCounts {
  const counts: PipelineCounts = { articles: 0, bytes: 0, claims: 0, failed: 0 };
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    counts.bytes += Buffer.byteLength(raw);
    const parsed = parseArticle(basename(file, '.txt'), raw);
    if (!parsed.ok) {
      counts.failed += 1;
      continue;
    }
    const toponyms = geoparse(parsed.article.text, gazetteer);
    counts.claims += extractClaims(parsed.article, toponyms, registry).length;
    counts.articles += 1;
  }
  return counts;
}

type Job = { files: string[]; sources: string };

export async function runInWorkers(
  files: readonly string[],
  options: { workers: number; sources: string },
): Promise<PipelineCounts> {
  const shares: string[][] = Array.from({ length: options.workers }, () => []);
  for (const [index, file] of files.entries()) shares[index % options.workers]?.push(file);
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PipelineCounts>((resolve, reject) => {
          // Workers start without the parent's TypeScript loader: register tsx, then load this file.
          const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const worker = new Worker(bootstrap, {
            eval: true,
            workerData: { files: share, sources: options.sources } satisfies Job,
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`pipeline worker exited with ${code}`));
          });
        }),
    ),
  );
  return results.reduce(
    (sum, part) => ({
      articles: sum.articles + part.articles,
      bytes: sum.bytes + part.bytes,
      claims: sum.claims + part.claims,
      failed: sum.failed + part.failed,
    }),
    { articles: 0, bytes: 0, claims: 0, failed: 0 },
  );
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.files) {
  const job = workerData as Job;
  const port = parentPort;
  void Promise.all([loadGazetteer(), readSourceRegistry(job.sources)]).then(([gazetteer, registry]) => {
    port.postMessage(runPipeline(job.files, gazetteer, registry));
  });
}
