// Issue 4 item 5 and issue 7 item 1: the geoparse CLI reads JSON lines, reports a
// malformed line with its line number on stderr, and still processes the rest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function runGeoparse(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-geoparse-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, input);
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/geoparse.ts', '--jsonl', file, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replaceAll(file, 'IN') };
}

describe('geoparse --jsonl', () => {
  it('skips a malformed line with its number and processes the others', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Shelling was reported in Kharkiv on Monday.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ docId: 'c' }),
      JSON.stringify({ id: 'd', text: 'Crowds gathered in Paris, France.' }),
    ].join('\n');
    const result = runGeoparse([], input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('IN:2: skipped malformed line');
    expect(result.stderr).toContain('IN:3: skipped malformed line');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'd']);
    const kharkiv = lines[0].toponyms.find((toponym: { text: string }) => toponym.text === 'Kharkiv');
    expect(kharkiv).toMatchObject({ start: 25, end: 32 });
    expect(kharkiv.lat).toBeCloseTo(49.98, 1);
  });

  it('with --spans resolves exactly the given spans', () => {
    const text = 'Officials in Lviv and Odesa met on Friday.';
    const input = JSON.stringify({ id: 'x', text, toponyms: [{ start: 22, end: 27 }] });
    const result = runGeoparse(['--spans'], input);
    expect(result.status).toBe(0);
    const [line] = result.stdout
      .trim()
      .split('\n')
      .map((row) => JSON.parse(row));
    expect(line.toponyms.map((toponym: { text: string }) => toponym.text)).toEqual(['Odesa']);
    expect(line.toponyms[0].lat).toBeCloseTo(46.48, 1);
  });

  it('with --spans leaves out a span that is not a range of the text and resolves the others', () => {
    const text = 'Officials in Lviv and Odesa met on Friday.';
    const input = JSON.stringify({
      id: 'y',
      text,
      toponyms: [
        { start: -1, end: -1 },
        { start: 13, end: 17 },
        { start: 30, end: 99 },
      ],
    });
    const result = runGeoparse(['--spans'], input);
    expect(result.stderr).toContain('IN:1: left out toponyms.0: -1..-1');
    expect(result.stderr).toContain('IN:1: left out toponyms.2: 30..99');
    const [line] = result.stdout
      .trim()
      .split('\n')
      .map((row) => JSON.parse(row));
    expect(line.toponyms.map((toponym: { text: string }) => toponym.text)).toEqual(['Lviv']);
  });

  it('exits 2 with the usage on a missing --jsonl', () => {
    const result = spawnSync('node', ['--import', 'tsx', 'src/cli/geoparse.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run geoparse');
  });
});
