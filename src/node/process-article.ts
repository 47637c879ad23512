/**
 * Articles through the pure pipeline (geoparse → extractClaims), each one's output
 * checked against the schema. Shared by the main thread and the pipeline workers
 * (src/node/pipeline-worker.ts), so it imports nothing of the worker pool.
 *
 * A bug met on one article is that article's failure, never the run's.
 */
import { z } from 'zod';
import { extractClaims } from '../pipeline/claims/index.ts';
import { type Gazetteer, geoparse } from '../pipeline/geo/index.ts';
import {
  type Article,
  type ClaimFeature,
  type Source,
  type Toponym,
  zClaimFeature,
  zToponym,
} from '../pipeline/schema.ts';
import { compileCheck } from '../pipeline/schema-check.ts';

export type ArticleResult = { ok: true; toponyms: Toponym[]; claims: ClaimFeature[] } | { ok: false; reason: string };

// Made once: zod compiles a schema on its first use, so a schema built per call is compiled per call.
const zToponyms = z.array(zToponym);
const zClaimFeatures = z.array(zClaimFeature);
// The same schemas as checks that read the output without copying it (zod's parse copies every
// object): zod runs only when one fails, for its message (src/pipeline/schema-check.ts).
const isToponyms = compileCheck(zToponyms);
const isClaimFeatures = compileCheck(zClaimFeatures);

/** Throws a short message when a toponym or claim breaks the output schema. */
export function checkArticleOutput(toponyms: Toponym[], claims: ClaimFeature[]): void {
  if (isToponyms(toponyms) && isClaimFeatures(claims)) return;
  const results = [
    ['place', zToponyms.safeParse(toponyms)],
    ['claim', zClaimFeatures.safeParse(claims)],
  ] as const;
  for (const [what, result] of results) {
    const issue = result.error?.issues[0];
    if (issue) throw new Error(`a ${what} fails the output schema at ${issue.path.join('.')}: ${issue.message}`);
  }
}

export function processArticle(article: Article, gazetteer: Gazetteer, registry: Source[]): ArticleResult {
  return processChunk([article], gazetteer, registry)[0] as ArticleResult;
}

/**
 * Several articles, one stage at a time: every article's places, then every article's claims.
 * Each result is what processArticle gives for that article alone (the stages are pure, and
 * each article's failure stays its own); only the order of the work differs. A thread that runs
 * one stage's code over many articles before the next stage's is faster than one that
 * alternates the two article by article: warm, 4,000 articles on one thread took 1.20–1.27 s
 * in one pass per stage and 1.24–1.42 s in chunks of 100 against 1.43–1.53 s article by article
 * (docs/performance.md, decision 26).
 */
export function processChunk(articles: readonly Article[], gazetteer: Gazetteer, registry: Source[]): ArticleResult[] {
  type Places = { toponyms: Toponym[] } | { error: unknown };
  const places = articles.map((article): Places => {
    try {
      return { toponyms: geoparse(article.text, gazetteer) };
    } catch (error) {
      return { error };
    }
  });
  return articles.map((article, index): ArticleResult => {
    const found = places[index] as Places;
    try {
      if ('error' in found) throw found.error;
      const claims = extractClaims(article, found.toponyms, registry);
      // checked per article, so one article's bad value rejects that article, not the run
      checkArticleOutput(found.toponyms, claims);
      return { ok: true, toponyms: found.toponyms, claims };
    } catch (error) {
      return {
        ok: false,
        reason: `could not be processed (a bug in claimmap, please report it): ${(error as Error).message}`,
      };
    }
  });
}
