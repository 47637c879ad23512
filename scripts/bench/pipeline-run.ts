/**
 * One timed pipeline run in a fresh process, as `npm run build:data` runs it: the pool's
 * threads start, the corpus is read and parsed meanwhile (readArticles, as build:data
 * reads), then every article goes through geoparse → extractClaims. A fresh process per
 * run, so each run pays what a real build pays (workers' start, index loads, JIT warm-up);
 * a run inside a process that already ran the pipeline would be measured warm. Process
 * start and module imports are not timed.
 *
 *   tsx scripts/bench/pipeline-run.ts --threads N --dir DIR   → one JSON line on stdout
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startPipelinePool } from '../../src/node/process-articles.ts';
import { readArticles } from '../../src/node/read-articles.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';

export type PipelineRun = { seconds: number; bytes: number; articles: number; maxRssMB: number };

const { values } = parseArgs({ options: { threads: { type: 'string' }, dir: { type: 'string' } } });
const threads = Number(values.threads);
if (!values.dir || !Number.isInteger(threads) || threads < 1) {
  process.stderr.write('usage: pipeline-run.ts --threads N --dir DIR\n');
  process.exit(2);
}
const dir = values.dir;
const registry = await readSourceRegistry('data/sources.json');

const started = performance.now();
const pool = startPipelinePool(registry, { threads });
const { articles, files, rejected } = await readArticles(dir);
const results = await pool.run(articles);
const seconds = (performance.now() - started) / 1000;
await pool.close();
if (rejected.length > 0 || results.some((result) => !result.ok))
  throw new Error('an article was rejected or failed in the benchmark corpus');
const bytes = files.reduce((sum, { file }) => sum + statSync(file).size, 0);
const run: PipelineRun = { seconds, bytes, articles: articles.length, maxRssMB: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(run)}\n`);
