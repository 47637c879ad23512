import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BARE_COUNT,
  countPattern,
  matchesAt,
  numberValue,
  parseCount,
} from '../../../src/pipeline/claims/parse-count.ts';
import type { ClaimEvent } from '../../../src/pipeline/schema.ts';

const count = (text: string, event: Parameters<typeof parseCount>[1] = 'surrender', anchor = text.length) => {
  const found = parseCount(text, event, anchor);
  return found ? [found.count, found.qualifier] : null;
};

describe('parseCount', () => {
  it('reads an exact number', () =>
    expect(count('Some 7 marines and 31 sailors gave up', 'surrender')).toEqual([31, 'exact']));
  it('reads "at least" with a number word', () =>
    expect(count('at least nine conscripts gave up')).toEqual([9, 'at least']));
  it('reads "more than" with thousands separators', () =>
    expect(count('more than 1,500 troops gave up')).toEqual([1500, 'more than']));
  it('reads "almost" as about', () => expect(count('almost 60 paratroopers gave up')).toEqual([60, 'about']));
  it('reads "over a dozen" as 12, more than', () =>
    expect(count('over a dozen sailors gave up')).toEqual([12, 'more than']));
  it('reads "up to" for places', () =>
    expect(count('up to seven villages are held', 'control', 0)).toEqual([7, 'up to']));
  it('gives no number for a vague amount', () => expect(count('several dozen soldiers gave up')).toEqual([null, null]));
  it('does not count units of length or area', () =>
    expect(count('troops moved 15 kilometres inside', 'advance')).toBeNull());
  it('does not count an ordinal', () => expect(count('the 93rd brigade gave up')).toBeNull());
  it('does not count a unit of troops as people', () =>
    expect(count('one company of the regiment gave up')).toBeNull());
  it('prefers the object count after an active verb', () => {
    const text = 'Two brigades captured 45 soldiers';
    expect(parseCount(text, 'capture', text.indexOf('captured'), true)?.count).toBe(45);
  });
  it('reads compound number words', () => expect(numberValue('forty-five')).toBe(45));
});

describe('parseCount with a bare number', () => {
  it('reads a number that is the subject of the trigger', () => {
    const text = 'at least 30 attackers were killed and that four had been taken prisoner';
    expect(parseCount(text, 'capture', text.indexOf('taken'))?.count).toBe(4);
  });
});

describe('matchesAt (count patterns tried only where a count can start)', () => {
  /** Words and marks where the candidates differ: qualifiers, numbers, vague amounts, their look-alikes, nouns, joiners. */
  const piece = fc.constantFrom(
    ...[' ', ' ', ' ', ',', '.', '-', '_', '\n', '“', '’', '2', '45', '1,500', '3.5', '2024', '22nd', 'é'],
    ...[
      'at least',
      'more than',
      'over',
      'overall',
      'about',
      'up to',
      'in excess of',
      'in',
      'an estimated',
      'a total of',
    ],
    ...['a', 'A', 'Some', 'some', 'something', 'several', 'dozens', 'a dozen', 'few', 'fewer than', 'Nearly', 'at'],
    ...['one', 'twenty', 'twenty-five', 'eighteen', 'seventy', 'hundred', 'thousand', 'Eleven', 'ONE', 'x1', '_5'],
    ...['soldiers', 'troops', 'civilians', 'villages', 'tanks', 'of', 'the', 'Ukrainian', 'kilometres', 'men', 'them'],
    ...['had', 'been', 'were', 'also', 'surrendered'],
  );
  const texts = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
  const events: ClaimEvent[] = ['surrender', 'control', 'evacuation', 'losses'];
  const shape = (matches: RegExpExecArray[]) =>
    matches.map((match) => [match.index, match[0], JSON.stringify(match.groups ?? {})]);

  it('finds the same counts as a global scan of the whole text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...events), (text, event) => {
        const sticky = countPattern(event);
        const global = new RegExp(sticky.source, 'gi');
        expect(shape(matchesAt(sticky, text, true))).toEqual(shape([...text.matchAll(global)]));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds the same bare count before a trigger as an exec of the whole text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const plain = new RegExp(BARE_COUNT.source, 'i').exec(text);
        expect(shape(matchesAt(BARE_COUNT, text, false))).toEqual(shape(plain ? [plain] : []));
      }),
      { numRuns: 20_000 },
    );
  });
});
