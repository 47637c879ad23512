/**
 * public/articles.json: each article's metadata and how many claims it gave, for the
 * viewer's article list and links back to the source. Ordered by article id.
 *
 * @example
 * buildArticleIndex([article], claims) // => [{id, title, outlet, url, published, side, claims: 3}]
 */

import { compareStrings } from '../compare-strings.ts';
import { type Article, type ArticleIndex, type ClaimFeature, zArticleIndex } from '../schema.ts';

export function buildArticleIndex(articles: Article[], claims: ClaimFeature[]): ArticleIndex {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.properties.article, (counts.get(claim.properties.article) ?? 0) + 1);
  const index = [...articles]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((article) => ({
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      side: article.side,
      claims: counts.get(article.id) ?? 0,
    }));
  return zArticleIndex.parse(index);
}
