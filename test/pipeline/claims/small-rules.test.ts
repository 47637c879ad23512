import { describe, expect, it } from 'vitest';
import { detectCaption } from '../../../src/pipeline/claims/detect-caption.ts';
import { linkQuoteBlocks } from '../../../src/pipeline/claims/link-quote-blocks.ts';
import { makeClaimId } from '../../../src/pipeline/claims/make-claim-id.ts';
import { splitSentences } from '../../../src/pipeline/claims/split-sentences.ts';

describe('detectCaption', () => {
  it('recognises a photo caption', () =>
    expect(detectCaption('This picture taken on May 2, 2023, shows a burnt truck near a bridge.')).toBe(true));
  it('recognises a credit line', () => expect(detectCaption('A burnt truck. Photo by Jane Roe/Reuters')).toBe(true));
  it('leaves prose alone', () =>
    expect(detectCaption('The photographs were released by the army on Monday.')).toBe(false));
});

describe('linkQuoteBlocks', () => {
  it('links the sentences of one quotation', () =>
    expect(linkQuoteBlocks(splitSentences('“Ten men gave up. They were hungry,” he said. Later, more came.'))).toEqual([
      0,
      0,
      null,
    ]));
  it('does not link a quotation closed in its sentence', () =>
    expect(linkQuoteBlocks(splitSentences('“Ten gave up,” he said. More came.'))).toEqual([null, null]));
});

describe('makeClaimId', () => {
  it('is stable and depends on offsets and event', () => {
    expect(makeClaimId('a', 1, 9, 'surrender')).toBe(makeClaimId('a', 1, 9, 'surrender'));
    expect(makeClaimId('a', 1, 9, 'surrender')).not.toBe(makeClaimId('a', 1, 9, 'capture'));
    expect(makeClaimId('a', 1, 9, 'surrender')).toMatch(/^a#[0-9a-f]{16}$/);
  });
});
