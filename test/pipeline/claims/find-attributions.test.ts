import { describe, expect, it } from 'vitest';
import { detectEvents } from '../../../src/pipeline/claims/detect-events.ts';
import { findAttributions, pickAttribution } from '../../../src/pipeline/claims/find-attributions.ts';

function speaker(text: string): string | null {
  const claims = detectEvents(text).map((match) => match.start);
  return pickAttribution(findAttributions(text, claims))?.name ?? null;
}

describe('findAttributions', () => {
  it('reads "according to X"', () =>
    expect(speaker('Nine marines surrendered, according to the navy.')).toBe('the navy'));
  it('reads the outlet behind "according to a report published by X"', () =>
    expect(speaker('Troops fled, according to a report published by The Daily Planet on Monday.')).toBe(
      'The Daily Planet',
    ));
  it('reads a speaker before the reporting verb', () =>
    expect(speaker('The regional governor said that 20 residents were evacuated.')).toBe('The regional governor'));
  it('reads the speaker after the claim, past the comma', () =>
    expect(speaker('Forty troops surrendered near the river, an army spokesman told reporters.')).toBe(
      'an army spokesman',
    ));
  it('reads an inverted speaker after a quotation', () =>
    expect(speaker('“Sixty men gave up,” said Colonel Ivan Petrenko.')).toBe('Colonel Ivan Petrenko'));
  it('reads an inverted speaker after the claim and a comma', () =>
    expect(speaker('The villagers had fled in cars, said the district head Olha Marchenko in a statement.')).toBe(
      'the district head Olha Marchenko',
    ));
  it('does not take an apposition for an inverted speaker', () =>
    expect(speaker('Ivan Petrenko, an adviser to the minister, said the army has captured many soldiers.')).toBe(
      'Ivan Petrenko, an adviser to the minister',
    ));
  it('prefers the original speaker to the outlet that relays it', () =>
    expect(speaker('A navy officer claimed that 12 sailors deserted, according to The Daily Planet.')).toBe(
      'A navy officer',
    ));
  it('reads "as revealed by X"', () =>
    expect(speaker('Talks began, as revealed by the ombudsman, Olena Kravets.')).toBe('the ombudsman, Olena Kravets'));
  it('reads an embedded post signature', () =>
    expect(speaker('Ten POWs marched past. pic.twitter.com/abc — War Monitor (@warmonitor) March 3, 2025')).toBe(
      'War Monitor',
    ));
  it('reads a headline source after a colon', () => expect(speaker('Troops surrender in droves: Minsk')).toBe('Minsk'));
  it('does not take "reports of" for a reporting verb', () =>
    expect(speaker('Reports of troops deserting grew.')).toBeNull());
  it('gives the span of the attribution words so dates there are ignored', () => {
    const text = 'Troops fled, according to a report published on Friday.';
    const found = findAttributions(text)[0];
    expect(found && text.slice(found.spanStart, found.spanEnd)).toBe('according to a report published');
  });
});
