/**
 * The seed articles against ../shared/eval/seeds-gold.json (issue 4): every annotated place
 * is found and resolved within its tolerance, no `notPlaces` word is taken for a place, and
 * no place inside a `forbidden` radius (datelines, origins, comparisons) has the role 'event'.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/node/load-gazetteer.ts';
import { parseArticle } from '../../../src/pipeline/article/parse-article.ts';
import { type Gazetteer, geoparse } from '../../../src/pipeline/geo/index.ts';
import type { Toponym } from '../../../src/pipeline/schema.ts';
import { km } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const GOLD_PATH = path.resolve(ROOT, '..', 'shared', 'eval', 'seeds-gold.json');
type Gold = {
  articles: Record<
    string,
    {
      places: { surface: string; lat: number; lon: number; toleranceKm: number }[];
      notPlaces: string[];
      forbidden: { name: string; lat: number; lon: number; radiusKm: number }[];
    }
  >;
};

const gold: Gold | null = existsSync(GOLD_PATH) ? (JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold) : null;
const articleIds = gold ? Object.keys(gold.articles) : [];

let gazetteer: Gazetteer;
const results = new Map<string, { text: string; toponyms: Toponym[] }>();
beforeAll(async () => {
  gazetteer = await loadGazetteer();
  for (const file of readdirSync(path.join(ROOT, 'data', 'articles'))) {
    const id = file.replace(/\.txt$/, '');
    const parsed = parseArticle(id, readFileSync(path.join(ROOT, 'data', 'articles', file), 'utf8'));
    if (parsed.ok) results.set(id, { text: parsed.article.text, toponyms: geoparse(parsed.article.text, gazetteer) });
  }
}, 120_000);

describe.skipIf(!gold)('seed articles against seeds-gold.json', () => {
  it.each(articleIds)('%s: every gold place is found and resolved within tolerance', (id) => {
    const article = gold?.articles[id];
    const result = results.get(id);
    expect(result, `article ${id} not parsed`).toBeDefined();
    for (const place of article?.places ?? []) {
      const hits = (result?.toponyms ?? []).filter(
        (t) =>
          t.text.toLowerCase().includes(place.surface.toLowerCase()) ||
          place.surface.toLowerCase().includes(t.text.toLowerCase()),
      );
      expect(hits.length, `${place.surface} not found`).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.lat, `${place.surface} unresolved`).not.toBeNull();
        expect(
          km(hit.lat as number, hit.lon as number, place.lat, place.lon),
          `${place.surface} at ${hit.lat},${hit.lon}`,
        ).toBeLessThanOrEqual(place.toleranceKm);
      }
    }
  });

  it.each(articleIds)('%s: no notPlaces word is taken for a place', (id) => {
    const article = gold?.articles[id];
    const result = results.get(id);
    const toponyms = result?.toponyms ?? [];
    for (const word of article?.notPlaces ?? []) {
      // Every occurrence of the word in the text: no toponym may overlap it.
      for (let at = result?.text.indexOf(word) ?? -1; at !== -1; at = result?.text.indexOf(word, at + 1) ?? -1) {
        const overlapping = toponyms.filter((t) => t.start < at + word.length && t.end > at);
        expect(
          overlapping.map((t) => `${t.text}@${t.start}`),
          `${word}@${at}`,
        ).toEqual([]);
      }
    }
  });

  it.each(articleIds)('%s: no event place inside a forbidden radius', (id) => {
    const article = gold?.articles[id];
    const events = (results.get(id)?.toponyms ?? []).filter((t) => t.role === 'event' && t.lat !== null);
    for (const forbidden of article?.forbidden ?? []) {
      const inside = events.filter(
        (t) => km(t.lat as number, t.lon as number, forbidden.lat, forbidden.lon) <= forbidden.radiusKm,
      );
      expect(
        inside.map((t) => `${t.text}@${t.start}`),
        forbidden.name,
      ).toEqual([]);
    }
  });
});
