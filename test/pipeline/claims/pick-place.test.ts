import { describe, expect, it } from 'vitest';
import { pickClaimPlace } from '../../../src/pipeline/claims/pick-claim-place.ts';
import { pickFocusPlace } from '../../../src/pipeline/claims/pick-focus-place.ts';
import { toponymIn } from './helpers.ts';

const text = 'Oskil region: troops fled near Dovhe village in Ukraine. Nova Town said so. Oskil region again.';
const region = toponymIn(text, { text: 'Oskil region', lat: 49, lon: 37, kind: 'region', country: 'UA' });
const regionAgain = toponymIn(text, {
  text: 'Oskil region',
  lat: 49,
  lon: 37,
  kind: 'region',
  country: 'UA',
  occurrence: 1,
});
const village = toponymIn(text, { text: 'Dovhe', lat: 49.2, lon: 37.1, kind: 'settlement', country: 'UA' });
const country = toponymIn(text, { text: 'Ukraine', lat: 49, lon: 32, kind: 'country', country: 'UA' });
const dateline = toponymIn(text, { text: 'Nova Town', lat: 10, lon: 10, kind: 'settlement', role: 'dateline' });

describe('pickClaimPlace', () => {
  it('prefers a settlement to a region or a country in the sentence', () =>
    expect(pickClaimPlace([[region, village, country]], null, 20)?.toponym).toBe(village));
  it('takes a finer place from a continuing sentence over a country', () =>
    expect(pickClaimPlace([[country], [village]], null, 0)).toMatchObject({ toponym: village, from: 'continuation' }));
  it('never takes a dateline, origin or comparison', () => expect(pickClaimPlace([[dateline]], null, 0)).toBeNull());
  it('falls back to the focus place', () =>
    expect(pickClaimPlace([[]], region, 0)).toMatchObject({ toponym: region, from: 'focus' }));
  it('gives null when nothing is known', () => expect(pickClaimPlace([[], []], null, 0)).toBeNull());
});

describe('pickFocusPlace', () => {
  it('picks the most mentioned event place below country level', () =>
    expect(pickFocusPlace([region, village, regionAgain, country, dateline])).toBe(region));
  it('counts mentions in sentences that report events twice', () =>
    expect(pickFocusPlace([region, village], [{ start: village.start - 5, end: village.end + 5 }])).toBe(village));
  it('uses a country only when nothing finer is named', () =>
    expect(pickFocusPlace([country, dateline])).toBe(country));
});
