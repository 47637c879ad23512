import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestMtime, oldestOutput } from '../../scripts/prepare-data.mjs';

function touch(path: string, secondsAgo: number): void {
  writeFileSync(path, 'x');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(path, time, time);
}

describe('prepare-data staleness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-prepare-'));
  mkdirSync(join(dir, 'inputs', 'nested'), { recursive: true });
  touch(join(dir, 'inputs', 'a.txt'), 100);
  touch(join(dir, 'inputs', 'nested', 'b.txt'), 10);
  touch(join(dir, 'out.json'), 50);

  it('finds the newest input, also in subfolders', () => {
    const newest = newestMtime([join(dir, 'inputs'), join(dir, 'missing')]);
    expect(Math.round(Date.now() / 1000 - newest / 1000)).toBeLessThanOrEqual(11);
  });

  it('an output older than an input is stale; a missing output is -1', () => {
    expect(oldestOutput([join(dir, 'out.json')])).toBeLessThan(newestMtime([join(dir, 'inputs')]));
    expect(oldestOutput([join(dir, 'out.json'), join(dir, 'nope.json')])).toBe(-1);
  });
});
