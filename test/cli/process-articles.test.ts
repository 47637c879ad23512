/**
 * The pipeline's thread pool (src/node/process-articles.ts, issue 8): the main thread and
 * the workers share the articles in chunks, and the results come back in input order,
 * the same whatever the number of threads; one article that throws is that article's
 * failure; a worker that dies fails the run with a message instead of hanging it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ArticleResult,
  PIPELINE_NODE_FLAGS,
  processArticles,
  startPipelinePool,
} from '../../src/node/process-articles.ts';
import { readArticles } from '../../src/node/read-articles.ts';
import { readSourceRegistry } from '../../src/node/read-source-registry.ts';
import type { Article, Source } from '../../src/pipeline/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

let articles: Article[];
let registry: Source[];
const BAD = 7;

beforeAll(async () => {
  registry = await readSourceRegistry(path.join(ROOT, 'data', 'sources.json'));
  const seeds = (await readArticles(path.join(ROOT, 'data', 'articles'))).articles;
  expect(seeds.length).toBeGreaterThan(0);
  // enough articles for several chunks per thread; one whose text is not a string makes the pipeline throw
  articles = Array.from({ length: 60 }, (_, index) => {
    const seed = seeds[index % seeds.length] as Article;
    return { ...seed, id: `${seed.id}-${index}` };
  });
  articles[BAD] = { ...articles[BAD], text: null } as unknown as Article;
});

function expectGoodExceptBad(results: ArticleResult[]): void {
  expect(results).toHaveLength(articles.length);
  for (const [index, result] of results.entries()) {
    if (index === BAD) {
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toContain('could not be processed');
    } else expect(result.ok, `article ${index}`).toBe(true);
  }
}

describe('processArticles over threads', () => {
  it('gives identical results on 1, 2 and 3 threads, in input order, with the throwing article alone failing', async () => {
    const progress: number[] = [];
    const one = await processArticles(articles, registry, { workers: 1, onProgress: (done) => progress.push(done) });
    expectGoodExceptBad(one);
    expect(progress.at(-1)).toBe(articles.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // the claims carry their article's id: input order is kept
    expect(one.flatMap((result) => (result.ok ? result.claims.map((claim) => claim.properties.article) : []))).toEqual(
      articles.flatMap((article, index) => {
        const result = one[index] as ArticleResult;
        return result.ok ? result.claims.map(() => article.id) : [];
      }),
    );
    const expected = JSON.stringify(one);
    for (const workers of [2, 3]) {
      const seen: number[] = [];
      const results = await processArticles(articles, registry, { workers, onProgress: (done) => seen.push(done) });
      expect(JSON.stringify(results), `${workers} threads`).toBe(expected);
      expect(seen.at(-1)).toBe(articles.length);
    }
  });

  it('gives the same results when the workers do all the work (the main thread only hands out chunks)', async () => {
    const one = JSON.stringify(await processArticles(articles, registry, { workers: 1 }));
    for (const workers of [1, 2]) {
      const results = await processArticles(articles, registry, { workers, mainThread: false });
      expectGoodExceptBad(results);
      expect(JSON.stringify(results), `${workers} workers`).toBe(one);
    }
  });

  it('a pool runs several batches, and an empty one', async () => {
    const pool = startPipelinePool(registry, { threads: 2 });
    try {
      expect(await pool.run([])).toEqual([]);
      const first = await pool.run(articles.slice(0, 20));
      const second = await pool.run(articles.slice(20));
      expectGoodExceptBad([...first, ...second]);
    } finally {
      await pool.close();
    }
    await expect(pool.run(articles)).rejects.toThrow('closed');
  });

  it('a worker that dies fails the run with a message naming it, without hanging', async () => {
    // too little memory for the 26 MB index: the worker runs out of memory while starting
    const pool = startPipelinePool(registry, {
      threads: 2,
      mainThread: false,
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    });
    try {
      await expect(pool.run(articles)).rejects.toThrow(/pipeline worker \d of 2.*(memory|stopped)/i);
    } finally {
      await pool.close();
    }
  });
});

describe('workers started from a process with Node and V8 options', () => {
  it("start and work under tsx with V8 flags, the pipeline's own included (they get no execArgv: a worker refuses V8 flags there)", () => {
    const module = pathToFileURL(path.join(ROOT, 'src', 'node', 'process-articles.ts')).href;
    const script = `
      const { processArticles } = await import(${JSON.stringify(module)});
      const article = { id: 'a', title: 'T', outlet: 'O', published: '2024-03-01', side: 'unknown', url: null,
        text: 'At least 12 soldiers surrendered near Sudzha, the ministry said.' };
      const results = await processArticles([article, { ...article, id: 'b' }], [], { workers: 2, mainThread: false });
      console.log(JSON.stringify(results.map((result) => result.ok)));`;
    const run = spawnSync(
      process.execPath,
      ['--stack-size=984', ...PIPELINE_NODE_FLAGS, '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('[true,true]');
  });
});

describe('npm run build:data', () => {
  it("starts Node with the pipeline's options, as the bench's runs do", () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const command = scripts['build:data'] ?? '';
    expect(command).toMatch(/^node .*--import tsx src\/cli\/build-data\.ts$/);
    for (const flag of PIPELINE_NODE_FLAGS) expect(command.split(' ')).toContain(flag);
  });
});
