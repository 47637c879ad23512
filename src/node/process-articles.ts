/**
 * Run the pure pipeline (geoparse → extractClaims) over parsed articles, on one core or
 * on several with worker_threads (issue 8: 10,000 articles in seconds). Each worker loads
 * the gazetteer once and takes a contiguous share of the articles; results come back in
 * input order, so the outputs are byte-identical whatever the number of workers.
 *
 * A bug met on one article is that article's failure, never the run's.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
import { loadGazetteer } from './load-gazetteer.ts';

export type ArticleResult = { ok: true; toponyms: Toponym[]; claims: ClaimFeature[] } | { ok: false; reason: string };

/**
 * Below this many articles per worker one core is faster: each worker starts its own
 * TypeScript loader and loads the 26 MB index, seconds on a busy machine (npm run bench:
 * 1k articles ran slower on 2 workers than on 1; 10k ran 2.7x faster).
 */
export const MIN_ARTICLES_PER_WORKER = 1500;

/** Throws a short message when a toponym or claim breaks the output schema. */
function checkArticleOutput(toponyms: Toponym[], claims: ClaimFeature[]): void {
  const results = [
    ['place', z.array(zToponym).safeParse(toponyms)],
    ['claim', z.array(zClaimFeature).safeParse(claims)],
  ] as const;
  for (const [what, result] of results) {
    const issue = result.error?.issues[0];
    if (issue) throw new Error(`a ${what} fails the output schema at ${issue.path.join('.')}: ${issue.message}`);
  }
}

export function processArticle(article: Article, gazetteer: Gazetteer, registry: Source[]): ArticleResult {
  try {
    const toponyms = geoparse(article.text, gazetteer);
    const claims = extractClaims(article, toponyms, registry);
    // checked per article, so one article's bad value rejects that article, not the run
    checkArticleOutput(toponyms, claims);
    return { ok: true, toponyms, claims };
  } catch (error) {
    return {
      ok: false,
      reason: `could not be processed (a bug in claimmap, please report it): ${(error as Error).message}`,
    };
  }
}

/** How many workers to use for this many articles on this many cores. */
export function workerCount(articles: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

type Job = { articles: Article[]; registry: Source[] };
type WorkerMessage = { done: number } | { results: ArticleResult[] };

export async function processArticles(
  articles: readonly Article[],
  registry: Source[],
  options: { workers: number; onProgress?: (done: number) => void },
): Promise<ArticleResult[]> {
  if (options.workers <= 1) {
    const gazetteer = await loadGazetteer();
    return articles.map((article, index) => {
      const result = processArticle(article, gazetteer, registry);
      options.onProgress?.(index + 1);
      return result;
    });
  }
  await loadGazetteer(); // build the index once here if it is missing, not in every worker
  const size = Math.ceil(articles.length / options.workers);
  const shares = Array.from({ length: options.workers }, (_, index) =>
    articles.slice(index * size, (index + 1) * size),
  );
  const done = shares.map(() => 0);
  const parts = await Promise.all(
    shares.map(
      (share, index) =>
        new Promise<ArticleResult[]>((resolve, reject) => {
          // Workers start without the parent's TypeScript loader: register tsx, then load this file.
          const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const worker = new Worker(bootstrap, { eval: true, workerData: { articles: share, registry } satisfies Job });
          worker.on('message', (message: WorkerMessage) => {
            if ('done' in message) {
              done[index] = message.done;
              options.onProgress?.(done.reduce((sum, count) => sum + count, 0));
            } else resolve(message.results);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`pipeline worker exited with ${code}`));
          });
        }),
    ),
  );
  return parts.flat();
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.articles) {
  const job = workerData as Job;
  const port = parentPort;
  void loadGazetteer().then((gazetteer) => {
    const results = job.articles.map((article, index) => {
      const result = processArticle(article, gazetteer, job.registry);
      if ((index + 1) % 25 === 0) port.postMessage({ done: index + 1 } satisfies WorkerMessage);
      return result;
    });
    port.postMessage({ results } satisfies WorkerMessage);
  });
}
