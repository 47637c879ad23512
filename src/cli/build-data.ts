/**
 * `npm run build:data [-- --articles DIR --out-dir DIR]` (issue 5): articles in, the
 * viewer's data out: claims.geojson, places.geojson, articles.json, sources.json.
 *
 * Thin: reads files (src/node), runs the pure pipeline (geoparse, extractClaims,
 * output builders), writes each file atomically. The same input gives byte-identical
 * files. A bad article is reported with its file and reason and skipped.
 *
 * Beside the four files it writes the viewer's claims table and detail chunks
 * (`claims.table.json`, `claims-detail/<k>.json`) and the articles' texts, which every
 * offset counts in and the viewer shows for "show in article", in `article-texts/<k>.json`
 * (an article's file is a hash of its id: src/pipeline/output/article-texts.ts).
 *
 * Exit status: 0 all articles processed; 1 some rejected (outputs still written, the
 * rejections listed in claims.geojson `metadata.rejected`); 2 usage error (bad flag, no
 * such folder, no article files in it, unreadable source registry), or the outputs
 * could not be written (the previous ones are then left intact). Rules and the bad-input
 * table: docs/reliability.md.
 */

import { existsSync, statSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleResult, type PipelinePool, startPipelinePool, workerCount } from '../node/process-articles.ts';
import { type ReadResult, type Rejection, readArticles } from '../node/read-articles.ts';
import { readSourceRegistry } from '../node/read-source-registry.ts';
import { writeFilesAtomic } from '../node/write-file-atomic.ts';
import {
  type ArticleToponyms,
  buildArticleIndex,
  buildArticleTexts,
  buildClaimCollection,
  buildPlaceCollection,
  buildSourceList,
  buildTableFiles,
  DETAIL_DIR,
  type OutputFile,
  serializeJson,
  TABLE_FILE,
  TEXT_DIR,
} from '../pipeline/output/index.ts';
import type { Article, ClaimFeature, Source } from '../pipeline/schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = 'usage: npm run build:data [-- --articles DIR] [--out-dir DIR] [--sources FILE] [--jobs N]';

/** jobs: worker threads; by default one per core once there are enough articles to pay for them */
type Options = { articles: string; outDir: string; sources: string; jobs?: number };

function parseArgs(argv: string[]): Options | string {
  const options: Options = {
    articles: path.join(ROOT, 'data', 'articles'),
    outDir: path.join(ROOT, 'public'),
    sources: path.join(ROOT, 'data', 'sources.json'),
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === '--help' || flag === '-h') return USAGE;
    const value = argv[index + 1];
    if (flag === '--jobs') {
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1) return `--jobs needs a whole number of workers, at least 1\n${USAGE}`;
      options.jobs = jobs;
      index++;
      continue;
    }
    const key =
      flag === '--articles' ? 'articles' : flag === '--out-dir' ? 'outDir' : flag === '--sources' ? 'sources' : null;
    if (!key) return `unknown argument ${JSON.stringify(flag)}\n${USAGE}`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value\n${USAGE}`;
    options[key] = path.resolve(value);
    index++;
  }
  if (!existsSync(options.articles)) return `articles folder not found: ${options.articles}\n${USAGE}`;
  if (!statSync(options.articles).isDirectory()) return `--articles is not a folder: ${options.articles}\n${USAGE}`;
  if (!existsSync(options.sources)) return `source registry not found: ${options.sources}\n${USAGE}`;
  return options;
}

class UsageError extends Error {}

async function readRegistry(options: Options): Promise<Source[]> {
  try {
    return await readSourceRegistry(options.sources);
  } catch (error) {
    throw new UsageError(`cannot use the source registry: ${(error as Error).message}`);
  }
}

async function readInputArticles(options: Options): Promise<ReadResult> {
  let read: ReadResult;
  try {
    read = await readArticles(options.articles);
  } catch (error) {
    throw new UsageError(`cannot read the articles folder ${options.articles}: ${(error as Error).message}`);
  }
  if (read.articles.length + read.rejected.length === 0) {
    throw new UsageError(`no article files (*.txt) in ${options.articles}: nothing written\n${USAGE}`);
  }
  return read;
}

/**
 * About how many articles the folder holds (its *.txt files, subfolders included), to
 * choose the number of threads and start them before the articles are read.
 */
async function countArticleFiles(folder: string): Promise<number> {
  try {
    return (await readdir(folder, { recursive: true })).filter((name) => /\.txt$/i.test(name)).length;
  } catch {
    return 0;
  }
}

/** A progress line for long runs: on a terminal it rewrites itself, in a log it repeats sparsely. */
function makeProgress(total: number) {
  const started = Date.now();
  let lastPrinted = 0;
  return (done: number) => {
    if (total < 20) return;
    const now = Date.now();
    if (done !== total && now - lastPrinted < 1000) return;
    lastPrinted = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const line = `build-data: ${done}/${total} articles (${rate.toFixed(1)}/s)`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

/**
 * Chunks this build did not write are from an earlier run (more claims, or articles that are
 * gone): nothing points at them now, so they go (only files named like our chunks, in our
 * own folders). So do the per-article text files of the layout before article-texts/
 * (`articles/<id>.json`).
 */
async function removeStaleChunks(outDir: string, written: readonly OutputFile[]): Promise<void> {
  const keep = new Set(written.map((file) => file.path));
  const stale = async (folder: string, pattern: RegExp) => {
    const names = await readdir(path.join(outDir, folder)).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => pattern.test(name) && !keep.has(`${folder}/${name}`))
        .map((name) => rm(path.join(outDir, folder, name))),
    );
  };
  await stale(DETAIL_DIR, /^\d+\.json$/);
  await stale(TEXT_DIR, /^\d+\.json$/);
  await stale('articles', /\.json$/);
  // and that folder, when nothing else is in it
  await rmdir(path.join(outDir, 'articles')).catch(() => {});
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return options === USAGE ? 0 : 2;
  }
  let registry: Source[];
  let read: ReadResult;
  let results: ArticleResult[];
  // the workers start while the articles are read: their start-up overlaps the reading
  let pool: PipelinePool | undefined;
  try {
    registry = await readRegistry(options);
    const threads = options.jobs ?? workerCount(await countArticleFiles(options.articles), availableParallelism());
    pool = startPipelinePool(registry, { threads });
    read = await readInputArticles(options);
    results = await pool.run(read.articles, makeProgress(read.articles.length));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`build-data: ${error.message}\n`);
    return 2;
  } finally {
    await pool?.close();
  }
  const { articles, rejected, notes } = read;
  const claims: ClaimFeature[] = [];
  const places: ArticleToponyms[] = [];
  const processed: Article[] = [];
  const failed: Rejection[] = [...rejected];
  const unresolved = new Map<string, number>();
  const files = new Map(read.files.map(({ id, file }) => [id, file]));
  for (const [index, article] of articles.entries()) {
    const result = results[index] as ArticleResult;
    if (!result.ok) {
      failed.push({
        file: files.get(article.id) ?? path.join(options.articles, `${article.id}.txt`),
        reason: result.reason,
      });
      continue;
    }
    claims.push(...result.claims);
    places.push({ article: article.id, toponyms: result.toponyms });
    processed.push(article);
    for (const toponym of result.toponyms) {
      if (toponym.lat === null) unresolved.set(toponym.text, (unresolved.get(toponym.text) ?? 0) + 1);
    }
  }
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  const rejections = failed.map((rejection) => ({ file: relative(rejection.file), reason: rejection.reason }));
  const claimCollection = buildClaimCollection(claims, rejections);
  const outputs: Array<[string, unknown]> = [
    ['claims.geojson', claimCollection],
    ['places.geojson', buildPlaceCollection(places)],
    ['articles.json', buildArticleIndex(processed, claims)],
    ['sources.json', buildSourceList(registry, claims)],
  ];
  const texts = buildArticleTexts(processed);
  // the viewer's compact table and the detail chunks it points into (issue 8)
  const tableFiles = buildTableFiles(claims, rejections);
  try {
    // the article texts and detail chunks first, the files that point into them last
    await writeFilesAtomic([
      ...[...texts, ...tableFiles].map((file) => [path.join(options.outDir, file.path), file.text] as const),
      ...outputs.map(([name, value]) => [path.join(options.outDir, name), serializeJson(value)] as const),
    ]);
    await removeStaleChunks(options.outDir, [...texts, ...tableFiles]);
  } catch (error) {
    process.stderr.write(
      `build-data: could not write the outputs to ${relative(options.outDir)} (${(error as Error).message}); the previous files are left as they were\n`,
    );
    return 2;
  }

  const placed = claims.filter((claim) => claim.geometry !== null).length;
  const lines = [
    `articles: ${processed.length} processed, ${rejections.length} rejected`,
    `claims: ${claims.length} (${placed} placed, ${claims.length - placed} without a place)`,
    `unresolved place names: ${unresolved.size}${
      unresolved.size
        ? ` (${[...unresolved.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([name, count]) => `${name} x${count}`)
            .join(', ')})`
        : ''
    }`,
    ...notes.map((note) => `note ${relative(note.file)}: ${note.note}`),
    ...(claimCollection.metadata?.rejected ?? []).map((rejection) => `rejected ${rejection.file}: ${rejection.reason}`),
    `wrote ${[TABLE_FILE, ...outputs.map(([name]) => name)].join(', ')}, ${tableFiles.length - 1} ${DETAIL_DIR}/<k>.json and ${texts.length} ${TEXT_DIR}/<k>.json (${processed.length} article texts) to ${relative(options.outDir)}`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  return rejections.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`build-data: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
