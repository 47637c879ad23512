import { describe, expect, it } from 'vitest';
import {
  buildArticleIndex,
  buildClaimCollection,
  buildPlaceCollection,
  buildSourceList,
  roundNumber,
  serializeJson,
} from '../../../src/pipeline/output/index.ts';
import type { ClaimFeature, ClaimProperties, Toponym } from '../../../src/pipeline/schema.ts';

function claim(
  overrides: Partial<ClaimProperties>,
  point: [number, number] | null = [37.123456789, 48.987654321],
): ClaimFeature {
  return {
    type: 'Feature',
    geometry: point ? { type: 'Point', coordinates: point } : null,
    properties: {
      id: `${overrides.article ?? 'a'}#${overrides.quoteStart ?? 0}`,
      article: 'a',
      quote: 'Nine soldiers surrendered.',
      quoteStart: 0,
      quoteEnd: 26,
      event: 'surrender',
      subjectSide: 'russia',
      side: 'ukraine',
      source: 'Somebody New',
      sourceKind: 'official',
      sideFallback: false,
      count: 9,
      countQualifier: 'exact',
      date: '2025-01-02',
      dateEnd: null,
      datePrecision: 'day',
      place: null,
      placePrecision: null,
      geonameId: null,
      placeBbox: null,
      placeStart: null,
      placeEnd: null,
      countStart: 0,
      countEnd: 4,
      hedged: null,
      ...overrides,
    },
  };
}

const toponym = (start: number, geonameId: number | null, name: string): Toponym => ({
  start,
  end: start + name.length,
  text: name,
  lat: 50.000001,
  lon: 36.1234567,
  geonameId,
  name,
  kind: 'settlement',
  confidence: 1,
  role: 'event',
  bbox: null,
  country: 'UA',
});

describe('buildClaimCollection', () => {
  it('orders claims by article and offset, rounds coordinates and lists rejections', () => {
    const collection = buildClaimCollection(
      [
        claim({ article: 'b', quoteStart: 5, quoteEnd: 31 }),
        claim({ article: 'a', quoteStart: 40, quoteEnd: 66 }),
        claim({ article: 'a', quoteStart: 3, quoteEnd: 29 }),
      ],
      [{ file: 'z.txt', reason: 'bad' }],
    );
    expect(
      collection.features.map((feature) => `${feature.properties.article}:${feature.properties.quoteStart}`),
    ).toEqual(['a:3', 'a:40', 'b:5']);
    expect(collection.features[0]?.geometry?.coordinates).toEqual([37.12346, 48.98765]);
    expect(collection.metadata?.rejected).toEqual([{ file: 'z.txt', reason: 'bad' }]);
  });
  it('keeps claims without a place with null geometry', () =>
    expect(buildClaimCollection([claim({}, null)], []).features[0]?.geometry).toBeNull());
  it('refuses duplicate ids', () =>
    expect(() => buildClaimCollection([claim({}), claim({})], [])).toThrow(/duplicate/));
  it('refuses a claim that breaks the schema', () =>
    expect(() => buildClaimCollection([claim({ date: '2 Jan 2025' })], [])).toThrow());
});

describe('buildPlaceCollection', () => {
  it('groups mentions of one place across articles, in order', () => {
    const places = buildPlaceCollection([
      { article: 'b', toponyms: [toponym(9, 7, 'Izium')] },
      { article: 'a', toponyms: [toponym(30, 7, 'Izium'), toponym(2, 7, 'Izium'), toponym(5, 8, 'Balakliia')] },
    ]);
    expect(places.features.map((feature) => feature.properties.name)).toEqual(['Balakliia', 'Izium']);
    expect(places.features[1]?.properties.mentions.map((mention) => `${mention.article}:${mention.start}`)).toEqual([
      'a:2',
      'a:30',
      'b:9',
    ]);
    expect(places.features[1]?.geometry.coordinates).toEqual([36.12346, 50]);
  });
  it('leaves out names the gazetteer could not place', () => {
    const unresolved = { ...toponym(0, null, 'Nowhere'), lat: null, lon: null, kind: null };
    expect(buildPlaceCollection([{ article: 'a', toponyms: [unresolved] }]).features).toEqual([]);
  });
  it('leaves out metonyms: a name standing for a government is no mention of the place', () => {
    const government = { ...toponym(0, 703448, 'Kyiv'), role: 'metonym' as const };
    const literal = toponym(40, 703448, 'Kyiv');
    const places = buildPlaceCollection([{ article: 'a', toponyms: [government, literal] }]);
    expect(places.features[0]?.properties.mentions.map((mention) => mention.start)).toEqual([40]);
    expect(buildPlaceCollection([{ article: 'a', toponyms: [government] }]).features).toEqual([]);
  });
});

describe('buildArticleIndex and buildSourceList', () => {
  it('counts claims per article', () => {
    const article = {
      id: 'a',
      title: 'T',
      outlet: 'O',
      url: null,
      published: '2025-01-02',
      side: 'unknown' as const,
      text: 'x',
    };
    expect(buildArticleIndex([article], [claim({}), claim({ quoteStart: 9, quoteEnd: 35 })])[0]?.claims).toBe(2);
  });
  it('adds sources the claims name that the registry lacks', () => {
    const list = buildSourceList([{ name: 'Known', aliases: ['K'], kind: 'media', side: 'independent' }], [claim({})]);
    expect(list.map((source) => source.name)).toEqual(['Known', 'Somebody New']);
    expect(list[1]).toMatchObject({ kind: 'official', side: 'ukraine', aliases: [] });
  });
});

describe('serializing', () => {
  it('rounds half away from zero and drops negative zero', () => {
    expect(roundNumber(1.000005, 5)).toBe(1.00001);
    expect(Object.is(roundNumber(-0.000001, 5), 0)).toBe(true);
  });
  it('ends files with a newline', () => expect(serializeJson({ a: 1 })).toBe('{\n  "a": 1\n}\n'));
});
