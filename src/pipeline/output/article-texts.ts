/**
 * The articles' texts for the viewer's "show in article" (every offset counts in them), in
 * TEXT_CHUNKS files `article-texts/<k>.json`, an article in file `textChunkOf(id)`.
 *
 * One file per article made a build of 10,000 articles write 10,000 files, each created,
 * flushed to disk and renamed into place: most of `build:data`'s time beyond the pipeline
 * (issue 8). In a fixed number of files, chosen by a hash of the id, the viewer finds an
 * article's file from its id alone, and an article added to a corpus changes one file.
 * Each file is a JSON array of {id, text}, sorted by id; a chunk no article falls in is not
 * written. 256 files: about 40 articles (~25 kB gzip) each at 10,000 articles.
 *
 * @example
 * buildArticleTexts([{ id: 'a', text: 'Sudzha …', ... }]) // => [{ path: 'article-texts/<k>.json', text: '[{"id":"a",...}]\n' }]
 */

import { compareStrings } from '../compare-strings.ts';
import type { Article } from '../schema.ts';
import type { OutputFile } from './build-table-files.ts';

export const TEXT_DIR = 'article-texts';
export const TEXT_CHUNKS = 256;

/** The chunk an article's text is in: FNV-1a (32 bits) of its id's UTF-16 code units, modulo TEXT_CHUNKS. */
export function textChunkOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TEXT_CHUNKS;
}

export function textChunkPath(chunk: number): string {
  return `${TEXT_DIR}/${chunk}.json`;
}

export type ArticleText = { id: string; text: string };

export function buildArticleTexts(articles: readonly Pick<Article, 'id' | 'text'>[]): OutputFile[] {
  const chunks = new Map<number, ArticleText[]>();
  for (const { id, text } of articles) {
    const chunk = textChunkOf(id);
    let list = chunks.get(chunk);
    if (!list) {
      list = [];
      chunks.set(chunk, list);
    }
    list.push({ id, text });
  }
  return [...chunks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([chunk, list]) => ({
      path: textChunkPath(chunk),
      text: `${JSON.stringify(list.sort((a, b) => compareStrings(a.id, b.id)))}\n`,
    }));
}
