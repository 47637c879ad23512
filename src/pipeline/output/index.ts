/** Output builders (issue 5, step 6): pure, validated, deterministic. */
export { buildArticleTexts, TEXT_DIR, textChunkOf, textChunkPath } from './article-texts.ts';
export { buildArticleIndex } from './build-article-index.ts';
export { buildClaimCollection, CLAIMS_GENERATOR } from './build-claim-collection.ts';
export { type ArticleToponyms, buildPlaceCollection } from './build-place-collection.ts';
export { buildSourceList } from './build-source-list.ts';
export { buildTableFiles, DETAIL_DIR, type OutputFile, TABLE_FILE } from './build-table-files.ts';
export { roundNumber } from './round-number.ts';
export { serializeJson } from './serialize-json.ts';
