import { describe, expect, it } from 'vitest';
import { numberValue, parseCount } from '../../../src/pipeline/claims/parse-count.ts';

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
