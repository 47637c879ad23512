/** Outputs are written atomically: a failure mid-write leaves the previous files intact (issue 7). */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WriteTemp, writeFileAtomic, writeFilesAtomic } from '../../src/node/write-file-atomic.ts';

/** Writes half the text, then fails as a full disk would. */
const failHalfWay: WriteTemp = async (file, text) => {
  await writeFile(file, text.slice(0, text.length / 2));
  throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
};

describe('writeFileAtomic', () => {
  it('replaces the file whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-write-'));
    const file = path.join(dir, 'claims.geojson');
    writeFileSync(file, 'previous');
    await writeFileAtomic(file, '{"new": true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"new": true}\n');
    expect(readdirSync(dir)).toEqual(['claims.geojson']);
  });

  it('a failure mid-write leaves the previous file intact and no temp file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-write-'));
    const file = path.join(dir, 'claims.geojson');
    writeFileSync(file, 'previous, complete');
    await expect(writeFileAtomic(file, 'x'.repeat(10_000), failHalfWay)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('previous, complete');
    expect(readdirSync(dir)).toEqual(['claims.geojson']);
  });

  it('a set of files: when the last one fails, none of the earlier ones is replaced', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-write-'));
    const claims = path.join(dir, 'claims.geojson');
    const places = path.join(dir, 'places.geojson');
    writeFileSync(claims, 'old claims');
    writeFileSync(places, 'old places');
    const failOnPlaces: WriteTemp = (file, text) =>
      file.includes('places') ? failHalfWay(file, text) : writeFile(file, text);
    await expect(
      writeFilesAtomic(
        [
          [claims, 'new claims'],
          [places, 'new places'],
        ],
        failOnPlaces,
      ),
    ).rejects.toThrow(/ENOSPC/);
    expect([readFileSync(claims, 'utf8'), readFileSync(places, 'utf8')]).toEqual(['old claims', 'old places']);
    expect(readdirSync(dir).sort()).toEqual(['claims.geojson', 'places.geojson']);
  });
});

describe('writeFilesAtomic on a re-build', () => {
  it('leaves a file that already holds the new text as it is, and replaces the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-write-'));
    const same = path.join(dir, 'articles', 'a.json');
    const changed = path.join(dir, 'articles', 'b.json');
    const created = path.join(dir, 'articles', 'c.json');
    await writeFilesAtomic([
      [same, '{"id":"a"}'],
      [changed, '{"id":"b"}'],
    ]);
    const before = { same: statSync(same).ino, changed: statSync(changed).ino };
    const written: string[] = [];
    const record: WriteTemp = async (file, text) => {
      written.push(path.basename(file));
      await writeFile(file, text);
    };
    await writeFilesAtomic(
      [
        [same, '{"id":"a"}'],
        [changed, '{"id":"b","text":"new"}'],
        [created, '{"id":"c"}'],
      ],
      record,
    );
    // the unchanged file is the same inode (never replaced); the changed one is a new file
    expect(statSync(same).ino).toBe(before.same);
    expect(statSync(changed).ino).not.toBe(before.changed);
    expect(written.sort()).toEqual([expect.stringContaining('b.json'), expect.stringContaining('c.json')]);
    expect(readFileSync(changed, 'utf8')).toBe('{"id":"b","text":"new"}');
    expect(readFileSync(created, 'utf8')).toBe('{"id":"c"}');
    expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual(['a.json', 'b.json', 'c.json']);
  });
});
