import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/pipeline/all-matches.ts';

const shape = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, [...match]]);

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and astral characters included, and leaves lastIndex at 0', () => {
    const patterns = [/\d+/g, /[a-z]*/g, /\b/g, /(?:)/gu, /x?/giu, /(?<=a)b|c/g];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'X', '1', '22', ' ', '\u{1F600}', '\uD800'), { maxLength: 12 }),
        fc.constantFrom(...patterns),
        (pieces, pattern) => {
          const text = pieces.join('');
          expect(shape(allMatches(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
          expect(pattern.lastIndex).toBe(0);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('lets the caller run the same pattern again while it goes through the matches', () => {
    const pattern = /\d/g;
    const seen = allMatches(pattern, '1a2').map((match) => [match[0], allMatches(pattern, 'x9').length]);
    expect(seen).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
  });
});
