import { describe, expect, it } from 'vitest';
import { resolveClaimDate } from '../../../src/pipeline/claims/resolve-claim-date.ts';

const date = (text: string, published = '2025-03-14') => {
  const found = resolveClaimDate(text, 0, published);
  return found ? [found.date, found.dateEnd, found.precision] : null;
};

describe('resolveClaimDate (published Friday 2025-03-14)', () => {
  it('reads a weekday as the last one before publication', () =>
    expect(date('Troops fled on Tuesday.')).toEqual(['2025-03-11', null, 'day']));
  it('reads the publication weekday as that day', () =>
    expect(date('Troops fled on Friday.')).toEqual(['2025-03-14', null, 'day']));
  it('reads a month and day', () => expect(date('Troops fled on March 2.')).toEqual(['2025-03-02', null, 'day']));
  it('reads "over the past month" as a range', () =>
    expect(date('Troops fled over the past month.')).toEqual(['2025-02-14', '2025-03-14', 'month']));
  it('reads "in recent days" as a range', () =>
    expect(date('Troops fled in recent days.')).toEqual(['2025-03-07', '2025-03-14', 'week']));
  it('reads "since the start of MONTH" in the past, not next year', () =>
    expect(date('Troops advanced since the start of November.')).toEqual(['2024-11-01', '2025-03-14', 'month']));
  it('moves a bare month that would be in the future back a year', () =>
    expect(date('It happened in December.')).toEqual(['2024-12-01', null, 'month']));
  it('reads yesterday', () => expect(date('Troops fled yesterday.')).toEqual(['2025-03-13', null, 'day']));
  it('does not read a lower-case "march" as a month', () => expect(date('A prisoner march was filmed.')).toBeNull());
  it('gives null when no date is stated', () => expect(date('Troops fled.')).toBeNull());
});
