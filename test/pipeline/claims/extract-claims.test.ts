import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/claims/extract-claims.ts';
import { type Source, zClaimFeature } from '../../../src/pipeline/schema.ts';
import { articleOf, toponymIn } from './helpers.ts';

const registry: Source[] = Object.freeze([
  { name: 'Example News Agency', aliases: ['ENA'], kind: 'state media', side: 'russia' },
  { name: 'Hanna Moroz', aliases: ['Moroz'], kind: 'official', side: 'ukraine' },
]) as Source[];

describe('extractClaims', () => {
  it('emits valid claim features whose quote is the article text at its offsets', () => {
    const article = articleOf('Thirty Russian marines surrendered near the village, the ENA reported.');
    const [claim] = extractClaims(article, [], registry);
    expect(claim).toBeDefined();
    expect(() => zClaimFeature.parse(claim)).not.toThrow();
    const properties = claim?.properties;
    expect(properties && article.text.slice(properties.quoteStart, properties.quoteEnd)).toBe(properties?.quote);
    expect(properties).toMatchObject({
      event: 'surrender',
      subjectSide: 'russia',
      side: 'russia',
      source: 'Example News Agency',
      count: 30,
      countQualifier: 'exact',
    });
  });

  it('takes the place from the sentence that continues the claim', () => {
    const text =
      'Twelve Ukrainian sappers surrendered, according to the ENA. They were taken prisoner near the village of Dovhe.';
    const dovhe = toponymIn(text, { text: 'Dovhe', lat: 49.1, lon: 37.2, kind: 'settlement' });
    const claims = extractClaims(articleOf(text), [dovhe], registry);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.properties).toMatchObject({
      place: 'Dovhe',
      placePrecision: 'settlement',
      count: 12,
      source: 'Example News Agency',
    });
    expect(claims[0]?.geometry?.coordinates).toEqual([37.2, 49.1]);
  });

  it('carries a report on into the next sentence of its paragraph, with its date', () => {
    const text = 'Ukrainian media reported a raid yesterday. A total of 45 Russian soldiers were taken prisoner.';
    const [claim] = extractClaims(articleOf(text), [], registry);
    expect(claim?.properties).toMatchObject({
      event: 'capture',
      side: 'ukraine',
      source: 'Ukrainian media',
      count: 45,
      date: '2025-03-13',
    });
  });

  it('gives every sentence of a quotation the speaker named at its end', () => {
    const text = '“The marines held out for days. Then 40 of their soldiers surrendered,” Moroz said.';
    const [claim] = extractClaims(articleOf(text), [], registry);
    expect(claim?.properties).toMatchObject({ source: 'Hanna Moroz', side: 'ukraine' });
  });

  it('resolves a back-reference to the last named speaker', () => {
    const text = 'Moroz said the front was calm. Later, the official said that 15 Russian conscripts had deserted.';
    const [claim] = extractClaims(articleOf(text), [], registry);
    expect(claim?.properties).toMatchObject({ event: 'desertion', source: 'Hanna Moroz', subjectSide: 'russia' });
  });

  it('falls back to the outlet and its side when nobody is named', () => {
    const [claim] = extractClaims(
      articleOf('Dozens of soldiers deserted.', { side: 'russia', outlet: 'Daily Example' }),
      [],
      registry,
    );
    expect(claim?.properties).toMatchObject({
      source: 'Daily Example',
      sourceKind: 'outlet',
      side: 'russia',
      sideFallback: true,
    });
  });

  it('keeps a claim without a place, with null geometry', () => {
    const [claim] = extractClaims(articleOf('Nine soldiers surrendered.'), [], registry);
    expect(claim?.geometry).toBeNull();
    expect(claim?.properties.place).toBeNull();
  });

  it('never places a claim at a dateline, but at the focus place', () => {
    const text =
      'Farville: Twenty soldiers surrendered on Monday. Fighting goes on in the Oskil region. Oskil region officials agree.';
    const dateline = toponymIn(text, { text: 'Farville', lat: 1, lon: 1, kind: 'settlement', role: 'dateline' });
    const region = toponymIn(text, { text: 'Oskil region', lat: 49, lon: 37, kind: 'region' });
    const regionAgain = toponymIn(text, { text: 'Oskil region', lat: 49, lon: 37, kind: 'region', occurrence: 1 });
    const [claim] = extractClaims(articleOf(text), [dateline, region, regionAgain], registry);
    expect(claim?.properties).toMatchObject({ place: 'Oskil region', placePrecision: 'region', date: '2025-03-10' });
  });

  it('does not take a date or a place from a photo caption', () => {
    const text =
      'This photo taken on May 5, 2022, shows a tank near Farville. Photo by A. B./AFP\nTen soldiers surrendered.';
    const caption = toponymIn(text, { text: 'Farville', lat: 1, lon: 1, kind: 'settlement' });
    const claims = extractClaims(articleOf(text), [caption], registry);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.properties).toMatchObject({ date: '2025-03-14', place: null });
  });

  it('marks a claim confirmed by both sides in the next sentence as not hedged', () => {
    const [claim] = extractClaims(
      articleOf('Nine soldiers surrendered. This was confirmed by both sides.'),
      [],
      registry,
    );
    expect(claim?.properties.hedged).toBe(false);
  });

  it('makes one claim per kind of event in a sentence', () => {
    const claims = extractClaims(articleOf('Forty soldiers surrendered and were taken prisoner.'), [], registry);
    expect(claims.map((claim) => claim.properties.event)).toEqual(['surrender']);
  });

  it('gives the same ids on every run', () => {
    const article = articleOf('Nine soldiers surrendered. Four more deserted.');
    expect(extractClaims(article, [], registry).map((claim) => claim.properties.id)).toEqual(
      extractClaims(article, [], registry).map((claim) => claim.properties.id),
    );
  });
});
