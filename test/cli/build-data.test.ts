/** Smoke test of the CLI consumer: exit codes, rejected articles, byte-identical reruns. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function run(args: string[]) {
  return spawnSync(TSX, [path.join(ROOT, 'src', 'cli', 'build-data.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

function articlesFolder(withBad: boolean): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'claimmap-articles-'));
  const seeds = path.join(ROOT, 'data', 'articles');
  for (const name of readdirSync(seeds).slice(0, 2)) copyFileSync(path.join(seeds, name), path.join(folder, name));
  if (withBad) writeFileSync(path.join(folder, '999_bad.txt'), '---\ntitle: "no end of front matter"\nTroops fled.');
  return folder;
}

describe('build-data CLI', () => {
  it('exits 2 on a usage error', () => {
    const result = run(['--no-such-flag']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown argument/);
  });

  it('skips a bad article, still writes the outputs, lists it and exits 1', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'claimmap-out-'));
    const result = run(['--articles', articlesFolder(true), '--out-dir', outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rejected .*999_bad\.txt: front matter is not closed/);
    const claims = JSON.parse(readFileSync(path.join(outDir, 'claims.geojson'), 'utf8'));
    expect(claims.metadata.rejected).toHaveLength(1);
    expect(claims.features.length).toBeGreaterThan(0);
    for (const file of ['places.geojson', 'articles.json', 'sources.json'])
      expect(() => JSON.parse(readFileSync(path.join(outDir, file), 'utf8'))).not.toThrow();
  });

  it('writes byte-identical files on a second run and exits 0', () => {
    const articles = articlesFolder(false);
    const first = mkdtempSync(path.join(tmpdir(), 'claimmap-out-'));
    const second = mkdtempSync(path.join(tmpdir(), 'claimmap-out-'));
    expect(run(['--articles', articles, '--out-dir', first]).status).toBe(0);
    expect(run(['--articles', articles, '--out-dir', second]).status).toBe(0);
    for (const file of ['claims.geojson', 'places.geojson', 'articles.json', 'sources.json']) {
      expect(readFileSync(path.join(second, file), 'utf8')).toBe(readFileSync(path.join(first, file), 'utf8'));
    }
  });
});
