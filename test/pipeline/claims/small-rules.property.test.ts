import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCaption } from '../../../src/pipeline/claims/detect-caption.ts';
import { detectHedge, judgeClaimBefore } from '../../../src/pipeline/claims/detect-hedge.ts';
import { linkQuoteBlocks } from '../../../src/pipeline/claims/link-quote-blocks.ts';
import { makeClaimId } from '../../../src/pipeline/claims/make-claim-id.ts';
import { sentenceBreaks } from '../../../src/pipeline/claims/sentence-breaks.ts';
import { type Sentence, splitSentences } from '../../../src/pipeline/claims/split-sentences.ts';

/*
 * The small per-sentence rules of claim extraction against their first versions, kept here as
 * the specification: the modules skip work where a cheap test shows it cannot change the result
 * (a necessary condition tested before a big pattern, a pattern read from the end instead of
 * tried at every position, hex digits from a table).
 */

// ---- the specification: the first versions ----

const JOINING_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep pres st mt ft no nos vol jan feb mar apr jun jul aug sep sept oct nov dec approx est vs hon rev sr jr'.split(
    ' ',
  ),
);

function referenceSplitSentences(text: string): Sentence[] {
  const endsWithJoiningAbbreviation = (segment: string) => {
    const match = /(?:^|[\s(])([A-Za-z]{1,6})\.\s*$/.exec(segment);
    return match !== null && JOINING_ABBREVIATIONS.has((match[1] ?? '').toLowerCase());
  };
  const trimBounds = (start: number, end: number): [number, number] => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    return [from, to];
  };
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      let pendingStart = -1;
      const breaks = sentenceBreaks(line);
      for (let part = 0; part <= breaks.length; part++) {
        const segmentStart = lineStart + (breaks[part - 1] ?? 0);
        if (pendingStart === -1) pendingStart = segmentStart;
        const segmentEnd = lineStart + (breaks[part] ?? line.length);
        const isLast = part === breaks.length;
        if (!isLast && endsWithJoiningAbbreviation(text.slice(segmentStart, segmentEnd))) continue;
        const [start, end] = trimBounds(pendingStart, segmentEnd);
        if (end > start) {
          sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph });
        }
        pendingStart = -1;
      }
      paragraph++;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

const HEDGES =
  /\b(?:claim(?:ed|s|ing)?|purport(?:ed|edly|s)?|alleged(?:ly)?|reportedly|supposedly|apparently|rumou?r(?:s|ed)?|unverified|unverifiable|unconfirmed|not (?:been )?(?:independently )?(?:verified|confirmed)|could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|cannot (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|(?:is|are|was|were) said to|may have|might have|may be|might be|would have)\b/i;
const CONFIRMATIONS =
  /\b(?:confirmed (?:by|via) (?:both sides|(?:the )?(?:Russian|Ukrainian) and (?:Russian|Ukrainian)\b)|(?:both sides|both Kyiv and Moscow|both Moscow and Kyiv) (?:have )?confirmed|independently (?:verified|confirmed)|(?:verified|geolocated) (?:by|the footage))/i;
const NEGATED_CHECK =
  /\b(?:not|never|cannot|couldn['’]t|can['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verif|confirm)/i;
const ABOUT_THE_CLAIM =
  /^(?:this|that|these|it|the (?:report|claim|footage|video|figure|number|account|information)s?)\b/i;

function referenceDetectHedge(text: string): boolean | null {
  if (NEGATED_CHECK.test(text)) return true;
  if (CONFIRMATIONS.test(text)) return false;
  if (HEDGES.test(text)) return true;
  return null;
}

function referenceJudgeClaimBefore(text: string): boolean | null {
  if (!ABOUT_THE_CLAIM.test(text.trim())) return null;
  return referenceDetectHedge(text);
}

const CAPTION_START =
  /^(?:this|the|a|an|in this)?\s*(?:file\s+)?(?:photo(?:graph)?|picture|image|screenshot|still|handout photo)\b(?:\s+taken\b[^.]{0,80}?)?(?:\s+[\w,-]+){0,3}?\s+(?:shows?|showing|depicts?|taken)\b/i;
const CREDIT =
  /\b(?:photos?|images?|pictures?)\s*(?:by\b|:|courtesy\b|credit\b)|\bvia Getty Images\b|\bGetty Images\b|\/(?:AFP|Reuters|AP|EPA|Getty)\b|\((?:photo|image)\s*:/i;

function referenceDetectCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  return CAPTION_START.test(text) || CREDIT.test(text);
}

function referenceLinkQuoteBlocks(sentences: Sentence[]): Array<number | null> {
  const blocks: Array<number | null> = sentences.map(() => null);
  let open = false;
  let blockStart = -1;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      open = false;
      paragraph = sentence.paragraph;
    }
    const wasOpen = open;
    let closed = false;
    const text = sentence.text;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x201c) open = true;
      else if (code === 0x201d) {
        if (open) closed = true;
        open = false;
      } else if (code === 0x22) {
        if (open) closed = true;
        open = !open;
      }
    }
    if (wasOpen) {
      blocks[sentence.index] = blockStart;
      blocks[blockStart] = blockStart;
    }
    if (open && (!wasOpen || closed)) blockStart = sentence.index;
  }
  return blocks;
}

function referenceMakeClaimId(articleId: string, quoteStart: number, quoteEnd: number, event: string): string {
  const fnv1a = (text: string, seed: number) => {
    let hash = seed >>> 0;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
  };
  const key = `${articleId}:${quoteStart}:${quoteEnd}:${event}`;
  const high = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(key, 0x01000193).toString(16).padStart(8, '0');
  return `${articleId}#${high}${low}`;
}

// ---- random text from the vocabulary of each rule ----

/** Every character of `\s`, some that look like one but are not, letters that fold oddly. */
const ODD_CHARACTERS = [
  ...'\t\v\f\r\u00A0\u1680\u2000\u2005\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u0085\u180E',
  ...'é\u0130\u017F\u212AЩ',
];
const textOf = (words: readonly string[], separators: readonly string[], maxLength = 24) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...words), weight: 6 },
        { arbitrary: fc.constantFrom(...separators), weight: 4 },
        { arbitrary: fc.constantFrom(...ODD_CHARACTERS), weight: 1 },
      ),
      { maxLength },
    )
    .map((pieces) => pieces.join(''));

const ABBREVIATIONS = ['Lt', 'Col', 'Gen', 'MAJ', 'st', 'Jan', 'Sept', 'sept', 'Approx', 'vs', 'No', 'Mr', 'mRs', 'jr'];
const OTHER_WORDS = ['said', 'Ivan', 'Petrov', 'x', 'U.S', 'abcdef', 'Abcde', 'tanks', 'e.g', '5', '12', 'Smolenka'];
const SPLIT_MARKS = [' ', ' ', '  ', '.', '. ', '.', '!', '?', '(', ')', '"', '“', '”', ',', '\n', '\n\n', ' \n '];

const HEDGE_WORDS = [
  ...'claim claimed Claims claiming purport purported PURPORTEDLY alleged allegedly reportedly supposedly apparently'.split(
    ' ',
  ),
  ...'rumor rumour rumours rumored unverified unverifiable Unconfirmed not been independently verified confirmed'.split(
    ' ',
  ),
  ..."verify confirm Confirm verif VERIFIED could cannot can’t couldn't can't never yet be is are was were said to".split(
    ' ',
  ),
  ...'may might would have by via both sides the Russian Ukrainian and Kyiv Moscow geolocated Geolocated footage'.split(
    ' ',
  ),
  ...'this This that these it It report reports claim video figure number account information soldiers'.split(' '),
  'both sides',
  'both Kyiv and Moscow',
  'the footage',
  'geolocated by',
  'Geolocated the footage',
  'verified by',
  'confirmed via both sides',
  'confirmed by the Ukrainian and Russian',
  'not been independently verified',
  'could not be confirmed',
  'are said to',
];
const HEDGE_MARKS = [' ', ' ', ' ', '  ', '.', ',', '_', 'x', '’', "'", '-', '\n'];

const CAPTION_WORDS = [
  ...'this This the a an in file photo Photo photograph PHOTOGRAPH picture image Image screenshot still handout'.split(
    ' ',
  ),
  ...'taken on May 3 2022 shows show showing depicts depict photos images pictures Pictures by courtesy credit'.split(
    ' ',
  ),
  ...'via Getty Images Getty AFP Reuters AP EPA tank soldiers photoby imagery picturesque'.split(' '),
  'in this',
  'handout photo',
  'via Getty Images',
  '/AFP',
  '/Reuters',
  '/ap',
  '/EPA',
  '/Getty',
  '(photo',
  '(Image',
  'Photo:',
];
const CAPTION_MARKS = [' ', ' ', ' ', '  ', '.', ',', ':', '/', '(', ')', '-', '_', '\n'];

describe('splitSentences', () => {
  it('splits as its first version did, abbreviations and spaces of every kind included', () => {
    fc.assert(
      fc.property(textOf([...ABBREVIATIONS, ...OTHER_WORDS], SPLIT_MARKS, 40), (text) => {
        expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('detectHedge and judgeClaimBefore', () => {
  it('judge as their first versions did', () => {
    fc.assert(
      fc.property(textOf(HEDGE_WORDS, HEDGE_MARKS), (text) => {
        expect(detectHedge(text)).toBe(referenceDetectHedge(text));
        expect(judgeClaimBefore(text)).toBe(referenceJudgeClaimBefore(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('detectCaption', () => {
  it('finds the captions its first version found', () => {
    fc.assert(
      fc.property(textOf(CAPTION_WORDS, CAPTION_MARKS), (text) => {
        expect(detectCaption(text)).toBe(referenceDetectCaption(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('linkQuoteBlocks', () => {
  it('links the blocks its first version linked', () => {
    const quoted = textOf(
      ['He', 'said', 'x', 'They', 'left', 'Lt'],
      ['"', '“', '”', '. ', '.', ' ', '\n', '! ', '«'],
      30,
    );
    fc.assert(
      fc.property(quoted, (text) => {
        const sentences = splitSentences(text);
        expect(linkQuoteBlocks(sentences)).toEqual(referenceLinkQuoteBlocks(sentences));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('makeClaimId', () => {
  it('makes the ids its first version made', () => {
    const articleId = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
    const offset = fc.oneof(fc.nat({ max: 100_000 }), fc.integer(), fc.double());
    fc.assert(
      fc.property(articleId, offset, offset, fc.string({ maxLength: 12 }), (id, start, end, event) => {
        expect(makeClaimId(id, start, end, event)).toBe(referenceMakeClaimId(id, start, end, event));
      }),
      { numRuns: 20_000 },
    );
  });
});
