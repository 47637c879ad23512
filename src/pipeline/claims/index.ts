/** Claim extraction (issue 5): pure, runs in Node and the browser. */

export { detectCaption } from './detect-caption.ts';
export { detectEvents, type EventMatch } from './detect-events.ts';
export { detectHedge } from './detect-hedge.ts';
export { extractClaims } from './extract-claims.ts';
export { type Attribution, findAttributions, pickAttribution } from './find-attributions.ts';
export { inferSubjectSide } from './infer-subject-side.ts';
export { linkQuoteBlocks } from './link-quote-blocks.ts';
export { makeClaimId } from './make-claim-id.ts';
export { type CountMatch, numberValue, parseCount } from './parse-count.ts';
export { pickClaimPlace } from './pick-claim-place.ts';
export { pickFocusPlace } from './pick-focus-place.ts';
export { type ClaimDate, resolveClaimDate } from './resolve-claim-date.ts';
export { type ResolvedSource, resolveSource } from './resolve-source.ts';
export { type Sentence, splitSentences } from './split-sentences.ts';
