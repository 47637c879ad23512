/**
 * Node-only: read every `*.txt` article of a folder and parse its front matter.
 *
 * Kept apart from the pure pipeline so that claims code runs in the browser too. A file
 * that cannot be read or parsed is returned as a rejection with its reason, never thrown:
 * one bad article must not stop a run (issue 5, step 7).
 *
 * @example
 * const { articles, rejected } = await readArticles('data/articles');
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../pipeline/article/parse-article.ts';
import type { Article } from '../pipeline/schema.ts';

export type Rejection = { file: string; reason: string };
export type ReadResult = { articles: Article[]; rejected: Rejection[] };

export async function readArticles(folder: string): Promise<ReadResult> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.name.endsWith('.txt') && !entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const file = path.join(folder, name);
    let raw: string;
    try {
      const bytes = await readFile(file);
      raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      const reason = error instanceof TypeError ? 'not valid UTF-8 text' : `unreadable: ${(error as Error).message}`;
      rejected.push({ file, reason });
      continue;
    }
    const id = name.replace(/\.txt$/, '');
    const parsed = parseArticle(id, raw);
    if (!parsed.ok) {
      rejected.push({ file, reason: parsed.reason });
      continue;
    }
    if (parsed.article.text.trim() === '') {
      rejected.push({ file, reason: 'the article has no text after its front matter' });
      continue;
    }
    if (seen.has(id)) {
      rejected.push({ file, reason: `duplicate article id ${id}` });
      continue;
    }
    seen.add(id);
    articles.push(parsed.article);
  }
  return { articles, rejected };
}
