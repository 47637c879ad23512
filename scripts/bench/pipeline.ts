/**
 * Pipeline figures (issue 8 item 2): gazetteer index load; MB/s and articles/s on one
 * core (in process) and on all cores (worker_threads) for generated corpora; peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GAZETTEER_FILE, loadGazetteer } from '../../src/node/load-gazetteer.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';
import { runInWorkers, runPipeline } from '../../src/node/run-in-workers.ts';
import { type Row, row } from './stats.ts';

const SOURCES = 'data/sources.json';

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
  const gazetteer = await loadGazetteer();
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
    const runs = size >= 10_000 ? 1 : 3;
    const one: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    const all: { mbs: number[]; aps: number[] } = { mbs: [], aps: [] };
    for (let run = 0; run < runs; run += 1) {
      let started = performance.now();
      const single = runPipeline(files, gazetteer, registry);
      let seconds = (performance.now() - started) / 1000;
      one.mbs.push(single.bytes / 1e6 / seconds);
      one.aps.push(single.articles / seconds);
      started = performance.now();
      const parallel = await runInWorkers(files, { workers: cores, sources: SOURCES });
      seconds = (performance.now() - started) / 1000;
      all.mbs.push(parallel.bytes / 1e6 / seconds);
      all.aps.push(parallel.articles / seconds);
    }
    const label = `${size / 1000}k articles`;
    rows.push(row(`pipeline: ${label}, 1 core`, 'MB/s', one.mbs));
    rows.push(row(`pipeline: ${label}, 1 core`, 'articles/s', one.aps));
    rows.push(
      row(`pipeline: ${label}, ${cores} cores (worker_threads)`, 'MB/s', all.mbs, {
        note: 'incl. each worker loading the index',
      }),
    );
    rows.push(row(`pipeline: ${label}, ${cores} cores (worker_threads)`, 'articles/s', all.aps));
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push(row('pipeline: peak memory (RSS, main + workers)', 'MB', [process.resourceUsage().maxRSS / 1024]));
  return rows;
}
