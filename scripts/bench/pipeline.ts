/**
 * Pipeline figures (issue 8 item 2): gazetteer index load; MB/s and articles/s on one
 * core (in process) and on all cores (worker_threads) for generated corpora; peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GAZETTEER_FILE, loadGazetteer } from '../../src/node/load-gazetteer.ts';
import { startPipelinePool } from '../../src/node/process-articles.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';
import { workerBundle } from '../../src/node/worker-bundle.ts';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import type { Article } from '../../src/pipeline/schema.ts';
import { type Row, row } from './stats.ts';

const SOURCES = 'data/sources.json';

/** Read and parse a corpus, as build:data does before the pipeline runs. */
function readCorpus(files: string[]): { articles: Article[]; bytes: number } {
  let bytes = 0;
  const articles: Article[] = [];
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(raw);
    const parsed = parseArticle(file.replace(/^.*[/\\]|\.txt$/g, ''), raw);
    if (parsed.ok) articles.push(parsed.article);
  }
  return { articles, bytes };
}

function corpus(articles: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `claimmap-corpus-${articles}-`));
  const result = spawnSync(
    'npx',
    ['tsx', 'scripts/gen-corpus.ts', '--articles', String(articles), '--seed', '1', '--out', dir],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('gen:corpus failed');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(dir, name));
  return { dir, files };
}

export async function benchPipeline(log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const loads: number[] = [];
  await loadGazetteer(); // builds the index first if it is missing, outside the timing
  await workerBundle(); // and the workers' script (build:data makes it once, when the sources change)
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    // another spelling of the same path skips loadGazetteer's per-process cache
    await loadGazetteer(GAZETTEER_FILE.replace(/([/\\])build([/\\])/, '$1build$2.$2'));
    loads.push(performance.now() - started);
  }
  rows.push(row('pipeline: gazetteer index load', 'ms', loads));
  const registry = await readSourceRegistry(SOURCES);
  const cores = availableParallelism();
  for (const size of [1000, 10_000]) {
    const { dir, files } = corpus(size);
    log(`pipeline: ${size} articles`);
    const runs = 3;
    const one: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    const all: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    for (let run = 0; run < runs; run += 1) {
      // the same code build:data runs (src/node/process-articles.ts), on one core, then on all
      for (const [workers, figures] of [
        [1, one],
        [cores, all],
      ] as const) {
        const started = performance.now();
        // as build:data does: the workers start, then the articles are read while they do
        const pool = startPipelinePool(registry, { threads: workers });
        const { articles, bytes } = readCorpus(files);
        await pool.run(articles);
        const seconds = (performance.now() - started) / 1000;
        await pool.close();
        figures.mbs.push(bytes / 1e6 / seconds);
        figures.aps.push(articles.length / seconds);
      }
    }
    const label = `${size / 1000}k articles`;
    rows.push(row(`pipeline: ${label}, 1 core`, 'MB/s', one.mbs));
    rows.push(row(`pipeline: ${label}, 1 core`, 'articles/s', one.aps));
    rows.push(
      row(`pipeline: ${label}, ${cores} cores (worker_threads)`, 'MB/s', all.mbs, {
        note: `main thread + ${cores - 1} worker${cores === 2 ? '' : 's'}, incl. their start and index load`,
      }),
    );
    rows.push(row(`pipeline: ${label}, ${cores} cores (worker_threads)`, 'articles/s', all.aps));
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push(row('pipeline: peak memory (RSS, main + workers)', 'MB', [process.resourceUsage().maxRSS / 1024]));
  return rows;
}
