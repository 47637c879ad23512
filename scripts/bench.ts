/**
 * `npm run bench` (issue 8 item 2): one table with the median and p95 of each figure,
 * and the ratio to the naive way where there is one, measured in the same run.
 *
 *   npm run bench [-- --only viewer|pipeline] [--shots DIR] [--scale]
 *
 * Builds the app into a temporary folder (npx vite build), generates data with
 * gen:claims and gen:corpus, drives the system's Chromium (software WebGL) through
 * test/e2e/harness/browser.ts. `--scale` adds the single-file limits at 100k, 300k and
 * 1M claims (docs/performance.md "Past one machine"). About 4 minutes on 2 cores (+2 with --scale).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPipeline } from './bench/pipeline.ts';
import { benchScale } from './bench/scale.ts';
import { formatTable, type Row } from './bench/stats.ts';
import { benchViewer, run } from './bench/viewer.ts';
import { readFlags } from './lib/random.ts';

async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((arg) => arg !== '--scale');
  const scale = process.argv.includes('--scale');
  const flags = readFlags(argv, { only: 'string', shots: 'string' });
  const only = flags.only === undefined ? null : String(flags.only);
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const workDir = mkdtempSync(join(tmpdir(), 'claimmap-bench-'));
  const rows: Row[] = [];
  const started = performance.now();
  try {
    if (only !== 'pipeline') {
      log('building the app (npx vite build)');
      const appDir = join(workDir, 'app');
      run('npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn']);
      rows.push(
        ...(await benchViewer(appDir, workDir, log, { shots: flags.shots === undefined ? null : String(flags.shots) })),
      );
      if (scale) rows.push(...(await benchScale(appDir, workDir, log)));
    }
    if (only !== 'viewer') rows.push(...(await benchPipeline(log)));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
