/**
 * One article's output is checked against the output schema (src/node/process-article.ts):
 * a value that breaks it makes that article fail with a message naming the field, whichever
 * way the check runs (the compiled check first, zod for the message). Articles processed
 * together, stage by stage (processChunk), give each one's own result.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/node/load-gazetteer.ts';
import { checkArticleOutput, processArticle, processChunk } from '../../src/node/process-article.ts';
import { readArticles } from '../../src/node/read-articles.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';
import type { Article } from '../../src/pipeline/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('checkArticleOutput', () => {
  it('passes every seed article, and names the field of a claim or place that breaks the schema', async () => {
    const gazetteer = await loadGazetteer();
    const registry = await readSourceRegistry(path.join(ROOT, 'data', 'sources.json'));
    const { articles } = await readArticles(path.join(ROOT, 'data', 'articles'));
    const outputs = articles.map((article) => processArticle(article, gazetteer, registry));
    expect(outputs.every((output) => output.ok)).toBe(true);
    const withClaims = outputs.find((output) => output.ok && output.claims.length > 0 && output.toponyms.length > 0);
    if (!withClaims?.ok) throw new Error('no seed article with claims and places');
    const { toponyms, claims } = withClaims;
    expect(() => checkArticleOutput(toponyms, claims)).not.toThrow();

    const badCount = claims.map((claim, index) =>
      index === 0 ? { ...claim, properties: { ...claim.properties, count: Number.NaN } } : claim,
    );
    expect(() => checkArticleOutput(toponyms, badCount)).toThrow(
      /^a claim fails the output schema at 0\.properties\.count/,
    );
    const badRole = toponyms.map((toponym, index) => (index === 0 ? { ...toponym, role: 'hero' as 'event' } : toponym));
    expect(() => checkArticleOutput(badRole, claims)).toThrow(/^a place fails the output schema at 0\.role/);
  });
});

describe('processChunk', () => {
  it('gives each article of a chunk its own result, in order, and a failing article fails alone', async () => {
    const gazetteer = await loadGazetteer();
    const registry = await readSourceRegistry(path.join(ROOT, 'data', 'sources.json'));
    const { articles } = await readArticles(path.join(ROOT, 'data', 'articles'));
    // the seeds twice, reversed the second time, with one whose text breaks geoparse and one whose
    // published date breaks claim extraction in between
    const chunk: Article[] = [
      ...articles,
      { ...(articles[0] as Article), id: 'no-text', text: null as unknown as string },
      ...[...articles].reverse(),
      { ...(articles[1] as Article), id: 'no-date', published: null as unknown as string },
    ];
    const together = processChunk(chunk, gazetteer, registry);
    expect(together).toHaveLength(chunk.length);
    for (const [index, article] of chunk.entries()) {
      const alone = processArticle(article, gazetteer, registry);
      expect(together[index], `${index}: ${article.id}`).toEqual(alone);
      if (article.id === 'no-text' || article.id === 'no-date') expect(alone.ok).toBe(false);
      else expect(alone.ok && alone.claims.every((claim) => claim.properties.article === article.id)).toBe(true);
    }
  });
});
