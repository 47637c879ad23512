/** Shared test helpers: hand-written toponyms and articles, frozen so tests cannot mutate them. */
import type { Article, Toponym } from '../../../src/pipeline/schema.ts';

type PlaceSpec = {
  text: string;
  lat: number;
  lon: number;
  kind: 'settlement' | 'region' | 'country';
  role?: Toponym['role'];
  geonameId?: number;
  country?: string;
  occurrence?: number;
};

/** A toponym for the n-th occurrence of `spec.text` in `text`. */
export function toponymIn(text: string, spec: PlaceSpec): Toponym {
  let start = -1;
  for (let seen = 0; seen <= (spec.occurrence ?? 0); seen++) start = text.indexOf(spec.text, start + 1);
  if (start === -1) throw new Error(`"${spec.text}" is not in the text`);
  return Object.freeze({
    start,
    end: start + spec.text.length,
    text: spec.text,
    lat: spec.lat,
    lon: spec.lon,
    geonameId: spec.geonameId ?? Math.round(Math.abs(spec.lat * 1000 + spec.lon)),
    name: spec.text,
    kind: spec.kind,
    confidence: 0.9,
    role: spec.role ?? 'event',
    bbox: null,
    country: spec.country ?? null,
  });
}

export function articleOf(text: string, overrides: Partial<Article> = {}): Article {
  return Object.freeze({
    id: 'test_article',
    title: 'Test',
    outlet: 'Test Outlet',
    url: null,
    published: '2025-03-14',
    side: 'independent',
    text,
    ...overrides,
  }) as Article;
}
