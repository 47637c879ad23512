// The articles' texts in article-texts/<k>.json (issue 8: a build writes a few hundred files,
// not one per article); the viewer finds an article's file from its id alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildArticleTexts,
  TEXT_CHUNKS,
  TEXT_DIR,
  textChunkOf,
  textChunkPath,
} from '../../../src/pipeline/output/article-texts.ts';

const parse = (text: string) => JSON.parse(text) as { id: string; text: string }[];

describe('article texts', () => {
  it('puts every article once, in the file its id hashes to, sorted by id, and writes no empty file', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 }), (ids) => {
        const articles = ids.map((id) => ({ id, text: `text of ${id}` }));
        const files = buildArticleTexts(articles);
        const seen: string[] = [];
        for (const file of files) {
          const entries = parse(file.text);
          expect(entries.length).toBeGreaterThan(0);
          expect(entries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id).sort());
          for (const entry of entries) {
            expect(file.path).toBe(textChunkPath(textChunkOf(entry.id)));
            expect(entry.text).toBe(`text of ${entry.id}`);
            seen.push(entry.id);
          }
        }
        expect(seen.sort()).toEqual([...ids].sort());
        expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
      }),
    );
  });

  it('a chunk is a number below TEXT_CHUNKS, the same for the same id, and ids spread over the chunks', () => {
    expect(textChunkPath(7)).toBe(`${TEXT_DIR}/7.json`);
    const counts = new Array<number>(TEXT_CHUNKS).fill(0);
    for (let index = 0; index < 10_000; index++) {
      const chunk = textChunkOf(`gen_${String(index).padStart(7, '0')}`);
      expect(Number.isInteger(chunk) && chunk >= 0 && chunk < TEXT_CHUNKS).toBe(true);
      counts[chunk] = (counts[chunk] ?? 0) + 1;
    }
    expect(textChunkOf('a01_kursk')).toBe(textChunkOf('a01_kursk'));
    // ~39 a chunk on average: none empty, none more than twice the average
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan((2 * 10_000) / TEXT_CHUNKS);
  });

  it('the same articles in any order give the same files', () => {
    const articles = ['b', 'a', 'c', 'zz', 'Ä'].map((id) => ({ id, text: id }));
    expect(buildArticleTexts([...articles].reverse())).toEqual(buildArticleTexts(articles));
  });
});
