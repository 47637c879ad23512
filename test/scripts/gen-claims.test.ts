// gen:claims (issue 8 item 1): deterministic, realistic, and in the form the viewer reads.
import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../scripts/gen-claims.ts';
import { readClaimTable } from '../../src/pipeline/filter/claim-table.ts';
import { buildClaimCollection, buildTableFiles } from '../../src/pipeline/output/index.ts';

describe('gen:claims', () => {
  const generated = generateClaims(3000, 7);

  it('is deterministic for a seed and passes the output builders', () => {
    expect(generateClaims(3000, 7).features).toEqual(generated.features);
    expect(() => buildClaimCollection(generated.features, [])).not.toThrow();
  });

  it('spreads claims over places, sides, sources and three years, some regions and some unlocated', () => {
    const claims = generated.features.map((feature) => feature.properties);
    expect(claims).toHaveLength(3000);
    expect(new Set(claims.map((claim) => claim.side)).size).toBe(4);
    expect(new Set(claims.map((claim) => claim.source)).size).toBeGreaterThan(100);
    expect(new Set(claims.map((claim) => claim.place)).size).toBeGreaterThan(300);
    const dates = claims.map((claim) => claim.date).sort();
    expect(Date.parse(dates.at(-1) ?? '') - Date.parse(dates[0] ?? '')).toBeGreaterThan(2.5 * 365 * 86_400_000);
    expect(claims.some((claim) => claim.placePrecision === 'region' && claim.placeBbox !== null)).toBe(true);
    expect(generated.features.some((feature) => feature.geometry === null)).toBe(true);
  });

  it('quotes sit at their offsets in the article text', () => {
    const texts = new Map(generated.articles.map((article) => [article.id, article.text]));
    for (const { properties: claim } of generated.features.slice(0, 200)) {
      expect(texts.get(claim.article)?.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    }
  });

  it('writes a table the viewer reads and detail chunks in table order', () => {
    const files = buildTableFiles(generated.features, []);
    const table = readClaimTable(JSON.parse(files[0]?.text ?? ''));
    expect(table.ok && table.table.count).toBe(3000);
    const chunk = JSON.parse(files[1]?.text ?? '[]') as { properties: { id: string } }[];
    expect(table.ok && chunk[5]?.properties.id === table.table.ids[5]).toBe(true);
  });
});
