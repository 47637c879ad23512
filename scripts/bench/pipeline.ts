/**
 * Pipeline figures (issue 8 item 2): gazetteer index load; MB/s and articles/s on one
 * core and on all cores (worker_threads) for generated corpora, each run in a fresh process
 * (scripts/bench/pipeline-run.ts), so warm-up is paid as build:data pays it; peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GAZETTEER_FILE, loadGazetteer } from '../../src/node/load-gazetteer.ts';
import { PIPELINE_NODE_FLAGS } from '../../src/node/process-articles.ts';
import { workerBundle } from '../../src/node/worker-bundle.ts';
import type { PipelineRun } from './pipeline-run.ts';
import { type Row, row } from './stats.ts';

/** One cold run (a fresh process: scripts/bench/pipeline-run.ts) on `threads` threads. */
function coldRun(dir: string, threads: number): PipelineRun {
  // started as `npm run build:data` starts (its Node options included)
  const result = spawnSync(
    process.execPath,
    [
      ...PIPELINE_NODE_FLAGS,
      '--import',
      'tsx',
      'scripts/bench/pipeline-run.ts',
      '--threads',
      String(threads),
      '--dir',
      dir,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, GAZETTEER_NO_BUILD: '1' },
    },
  );
  if (result.status !== 0) throw new Error(`pipeline-run failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as PipelineRun;
}

function corpus(articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), `claimmap-corpus-${articles}-`));
  const result = spawnSync(
    'npx',
    ['tsx', 'scripts/gen-corpus.ts', '--articles', String(articles), '--seed', '1', '--out', dir],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('gen:corpus failed');
  return dir;
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
  const cores = availableParallelism();
  let peakRss = 0;
  for (const size of [1000, 10_000]) {
    const dir = corpus(size);
    log(`pipeline: ${size} articles`);
    // five cold runs: a run's time varies by ±5 % on the 2-core VM, and the target (5 MB/s at
    // 10k articles) is read off the median
    const runs = 5;
    const one: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    const all: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    for (let run = 0; run < runs; run += 1) {
      // the same code build:data runs (src/node/process-articles.ts), on one core, then on all
      for (const [threads, figures] of [
        [1, one],
        [cores, all],
      ] as const) {
        const { seconds, bytes, articles, maxRssMB } = coldRun(dir, threads);
        figures.mbs.push(bytes / 1e6 / seconds);
        figures.aps.push(articles / seconds);
        peakRss = Math.max(peakRss, maxRssMB);
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
  rows.push(row('pipeline: peak memory (RSS, main + workers)', 'MB', [peakRss], { note: 'largest run' }));
  return rows;
}
