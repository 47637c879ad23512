/**
 * Node-only: find every article file below a folder, read it and parse its front matter.
 *
 * Kept apart from the pure pipeline so that claims code runs in the browser too. A file
 * that cannot be read or parsed is returned as a rejection with its reason, never thrown:
 * one bad article must not stop a run (issues 5 and 7). Only a folder that cannot be
 * listed at all throws (the caller's usage error).
 *
 * The rules (docs/reliability.md):
 * - Articles are the files named `*.txt` (any case: `a.TXT` too) in the folder and its
 *   subfolders, read recursively; names starting with "." (editor backups, .git) are
 *   skipped; other files are ignored. Symbolic links are followed; a link that leads
 *   back to a folder already being read (a loop) or to itself is reported, not followed.
 * - An article's id is its file name without the extension. Ids are compared ignoring
 *   case (they become URLs and file names, and macOS and Windows file systems
 *   ignore case). Of two files with the same id the one nearer the top wins, then the one
 *   whose path sorts first; the other is rejected with a reason naming both.
 * - A file is rejected when it is empty, larger than MAX_ARTICLE_BYTES, not a regular
 *   file (a FIFO would block forever), unreadable, not UTF-8 or binary, or its front
 *   matter is malformed, or it has no text after its front matter.
 *
 * @example
 * const { articles, rejected, notes } = await readArticles('data/articles');
 */
import type { Stats } from 'node:fs';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeArticleBytes } from '../pipeline/article/decode-text.ts';
import { parseArticle } from '../pipeline/article/parse-article.ts';
import { compareStrings } from '../pipeline/compare-strings.ts';
import type { Article } from '../pipeline/schema.ts';

/**
 * 1 MiB. News articles are rarely over 100 KB (a long read with 10,000 words is about
 * 60 KB); the pipeline takes about 2.5 s per MB, so the limit keeps any one file under
 * a few seconds and a stray log dump or data file from stalling the run.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type Rejection = { file: string; reason: string };
export type Note = { file: string; note: string };
/** `files`: where each accepted article came from, by id, for reports. */
export type ReadResult = {
  articles: Article[];
  rejected: Rejection[];
  notes: Note[];
  files: Array<{ id: string; file: string }>;
};

/** The file-system calls used, replaceable in tests (e.g. to make a file unreadable as root). */
export type ArticleFs = {
  readdir: (folder: string) => Promise<string[]>;
  stat: (file: string) => Promise<Stats>;
  lstat: (file: string) => Promise<Stats>;
  realpath: (file: string) => Promise<string>;
  readFile: (file: string) => Promise<Uint8Array>;
};

/**
 * Node's synchronous calls, behind the async interface. A build reads its articles one
 * after another; each `fs.promises` call is a round trip through libuv's thread pool
 * (readFile alone is open, fstat, read, close), which made reading 10,000 articles take
 * 2–3 s against 0.2 s this way (issue 8, measured on the 2-core VM). Nothing else runs on
 * the main thread meanwhile: the pipeline's workers start on their own threads.
 */
const nodeFs: ArticleFs = {
  readdir: async (folder) => readdirSync(folder),
  stat: async (file) => statSync(file),
  lstat: async (file) => lstatSync(file),
  realpath: async (file) => realpathSync.native(file),
  readFile: async (file) => readFileSync(file),
};

export type ReadOptions = { fs?: Partial<ArticleFs>; maxBytes?: number };

const ARTICLE_NAME = /\.txt$/i;

type Found = { file: string; relative: string; depth: number; size: number };

function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return `unreadable: permission denied (${code})`;
  if (code === 'ELOOP') return 'symbolic link loop (ELOOP): the link leads back to itself';
  if (code === 'ENOENT') return 'broken symbolic link or the file vanished (ENOENT)';
  return `unreadable: ${message}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function byPath(a: Found, b: Found): number {
  return a.depth - b.depth || compareStrings(a.relative, b.relative);
}

async function findArticleFiles(root: string, fs: ArticleFs, rejected: Rejection[]): Promise<Found[]> {
  const found: Found[] = [];
  const read = new Set<string>();
  const rootReal = await fs.realpath(root);
  const shown = (real: string) =>
    real === rootReal ? 'the articles folder itself' : `the folder ${path.relative(rootReal, real)}`;
  const walk = async (folder: string, names: string[], ancestors: string[]) => {
    for (const name of [...names].sort()) {
      if (name.startsWith('.')) continue;
      const file = path.join(folder, name);
      const relative = path.relative(root, file);
      const depth = ancestors.length - 1;
      let stats: Stats;
      try {
        stats = await fs.stat(file);
      } catch (error) {
        // a dangling or looping link, or a file that vanished: report it when it may be an article
        const link = await fs.lstat(file).then(
          (own) => own.isSymbolicLink(),
          () => false,
        );
        if (link || ARTICLE_NAME.test(name)) rejected.push({ file, reason: describeError(error) });
        continue;
      }
      if (stats.isDirectory()) {
        let real: string;
        let children: string[];
        try {
          real = await fs.realpath(file);
          if (ancestors.includes(real)) {
            rejected.push({ file, reason: `symbolic link loop: leads back to ${shown(real)}, not followed` });
            continue;
          }
          if (read.has(real)) continue; // a second link to a folder already read: its articles are in
          read.add(real);
          children = await fs.readdir(file);
        } catch (error) {
          rejected.push({ file, reason: `folder ${describeError(error)}` });
          continue;
        }
        await walk(file, children, [...ancestors, real]);
        continue;
      }
      if (!ARTICLE_NAME.test(name)) continue;
      if (!stats.isFile()) {
        rejected.push({ file, reason: 'not a regular file (a FIFO, socket or device), not read' });
        continue;
      }
      found.push({ file, relative, depth, size: stats.size });
    }
  };
  read.add(rootReal);
  await walk(root, await fs.readdir(root), [rootReal]);
  return found.sort(byPath);
}

/** Read one file into an article, or the reason it is rejected. */
async function readOne(
  entry: Found,
  id: string,
  fs: ArticleFs,
  maxBytes: number,
): Promise<{ article: Article; notes: string[] } | { reason: string }> {
  const tooLarge = (size: number) => ({
    reason: `too large: ${formatBytes(size)}, the limit is ${formatBytes(maxBytes)} per article (split it, or raise MAX_ARTICLE_BYTES)`,
  });
  if (entry.size > maxBytes) return tooLarge(entry.size);
  if (entry.size === 0) return { reason: 'empty file' };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(entry.file);
  } catch (error) {
    return { reason: describeError(error) };
  }
  if (bytes.length > maxBytes) return tooLarge(bytes.length);
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { reason: decoded.reason };
  if (decoded.text.trim() === '') return { reason: 'empty file (only white space)' };
  const parsed = parseArticle(id, decoded.text);
  if (!parsed.ok) return { reason: parsed.reason };
  if (parsed.article.text.trim() === '') return { reason: 'the article has no text after its front matter' };
  return { article: parsed.article, notes: parsed.notes };
}

export async function readArticles(folder: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fs: ArticleFs = { ...nodeFs, ...options.fs };
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const rejected: Rejection[] = [];
  const notes: Note[] = [];
  const articles: Article[] = [];
  const accepted: ReadResult['files'] = [];
  const files = await findArticleFiles(folder, fs, rejected);
  const owners = new Map<string, string>();
  for (const entry of files) {
    const id = path.basename(entry.file).replace(ARTICLE_NAME, '');
    const key = id.toLowerCase();
    const owner = owners.get(key);
    if (owner !== undefined) {
      rejected.push({
        file: entry.file,
        reason: `duplicate article id "${id}": ${path.relative(folder, owner)} has the same id (ids ignore case and subfolders), the first is kept`,
      });
      continue;
    }
    owners.set(key, entry.file);
    const result = await readOne(entry, id, fs, maxBytes);
    if ('reason' in result) {
      rejected.push({ file: entry.file, reason: result.reason });
      continue;
    }
    articles.push(result.article);
    accepted.push({ id, file: entry.file });
    for (const note of result.notes) notes.push({ file: entry.file, note });
  }
  return { articles, rejected, notes, files: accepted };
}
