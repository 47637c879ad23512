/**
 * Where one static data file stops being fine (issue 8 item 4): for 100k, 300k and 1M
 * claims, the table file's size (raw and gzip), its parse + check time and heap in
 * Node, and the first render and JS heap in Chromium.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readClaimTable } from '../../src/pipeline/filter/claim-table.ts';
import { serveStatic } from './static-server.ts';
import { type Row, row } from './stats.ts';
import { benchBrowser, loadOnce, run } from './viewer.ts';

export async function benchScale(appDir: string, workDir: string, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [100_000, 300_000, 1_000_000]) {
    const label = count >= 1e6 ? `${count / 1e6}M` : `${count / 1000}k`;
    log(`scale: ${label} claims`);
    const dir = join(workDir, `scale-${count}`);
    cpSync(appDir, dir, { recursive: true });
    run('npx', [
      'tsx',
      'scripts/gen-claims.ts',
      '--count',
      String(count),
      '--seed',
      '2',
      '--out-dir',
      dir,
      '--only',
      'table',
    ]);
    const text = readFileSync(join(dir, 'claims.table.json'), 'utf8');
    rows.push(row(`scale ${label}: claims.table.json`, 'MB raw', [Buffer.byteLength(text) / 1e6]));
    rows.push(row(`scale ${label}: claims.table.json`, 'MB gzip', [gzipSync(text, { level: 6 }).length / 1e6]));
    const parses: number[] = [];
    for (let runIndex = 0; runIndex < 3; runIndex += 1) {
      const started = performance.now();
      const result = readClaimTable(JSON.parse(text));
      parses.push(performance.now() - started);
      if (!result.ok) throw new Error(result.reason);
    }
    rows.push(row(`scale ${label}: JSON.parse + check (Node)`, 'ms', parses));
    const browser = await benchBrowser();
    const server = await serveStatic(dir);
    try {
      const loads = [];
      for (let runIndex = 0; runIndex < 2; runIndex += 1) loads.push(await loadOnce(browser, server.url));
      rows.push(
        row(
          `scale ${label}: first render (Chromium)`,
          'ms',
          loads.map((load) => load.firstRender),
        ),
      );
      rows.push(
        row(
          `scale ${label}: JS heap after first render`,
          'MB',
          loads.map((load) => load.heap),
        ),
      );
    } finally {
      await server.close();
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
