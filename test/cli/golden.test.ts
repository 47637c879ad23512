/**
 * Golden test (issue 5): articles in, the GeoJSON out. The seed articles (data/articles)
 * and invented articles (test/fixtures/claims/invented, other places, sources and
 * phrasing) go through the real geoparser and claim extraction; the outputs are compared
 * with test/fixtures/golden/<set>/. `REGEN=1 npx vitest run test/cli/golden.test.ts`
 * rewrites them for review (git diff shows what changed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/node/load-gazetteer.ts';
import { readArticles } from '../../src/node/read-articles.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';
import { extractClaims } from '../../src/pipeline/claims/index.ts';
import { geoparse } from '../../src/pipeline/geo/index.ts';
import { buildClaimCollection, buildPlaceCollection, serializeJson } from '../../src/pipeline/output/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SETS = [
  { name: 'seeds', folder: path.join(ROOT, 'data', 'articles') },
  { name: 'invented', folder: path.join(ROOT, 'test', 'fixtures', 'claims', 'invented') },
];

describe('golden: articles in, GeoJSON out', () => {
  for (const set of SETS) {
    it(`matches test/fixtures/golden/${set.name}`, async () => {
      const [gazetteer, registry, { articles, rejected }] = await Promise.all([
        loadGazetteer(),
        readSourceRegistry(path.join(ROOT, 'data', 'sources.json')),
        readArticles(set.folder),
      ]);
      expect(rejected).toEqual([]);
      const parsed = articles.map((article) => ({ article, toponyms: geoparse(article.text, gazetteer) }));
      const claims = buildClaimCollection(
        parsed.flatMap(({ article, toponyms }) => extractClaims(article, toponyms, registry)),
        [],
      );
      const places = buildPlaceCollection(parsed.map(({ article, toponyms }) => ({ article: article.id, toponyms })));
      const outDir = path.join(ROOT, 'test', 'fixtures', 'golden', set.name);
      for (const [file, value] of [
        ['claims.geojson', claims],
        ['places.geojson', places],
      ] as const) {
        const text = serializeJson(value);
        const target = path.join(outDir, file);
        if (process.env.REGEN === '1' || !existsSync(target)) {
          mkdirSync(outDir, { recursive: true });
          writeFileSync(target, text);
        }
        expect(text).toBe(readFileSync(target, 'utf8'));
      }
    });
  }
});
