import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS } from '../../../src/pipeline/claims/lexicon.ts';
import {
  BARE_COUNT,
  type CountMatch,
  type CountQualifier,
  countPattern,
  numberValue,
  parseCount,
} from '../../../src/pipeline/claims/parse-count.ts';
import { type ClaimEvent, EVENTS } from '../../../src/pipeline/schema.ts';

const QUALIFIERS: ReadonlyArray<[RegExp, CountQualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
  [/^(?:more than|over|upwards of|in excess of|above|well over|just over)$/i, 'more than'],
  [
    /^(?:almost|nearly|about|around|approximately|roughly|some|an estimated|close to|estimated|circa|up to about)$/i,
    'about',
  ],
  [/^(?:up to|as many as)$/i, 'up to'],
  [/^(?:fewer than|less than|under|below|just under)$/i, 'fewer than'],
];

/** The specification of numberValue: as first written, every phrase lower-cased, trimmed and read by regex. */
function referenceNumberValue(phrase: string): number | null {
  const text = phrase.toLowerCase().trim();
  if (/^[\d,.]+$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (text === 'a dozen') return 12;
  if (text === 'a hundred') return 100;
  if (text === 'a thousand') return 1000;
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const value = NUMBER_WORDS[word];
      if (value === undefined) return null;
      current += value;
    }
  }
  return total + current;
}

/** The qualifier as first read: normalized and tested against every pattern, each time. */
function referenceQualifier(phrase: string | undefined): CountQualifier {
  if (!phrase) return 'exact';
  const normalized = phrase.trim().replace(/\s+/g, ' ');
  for (const [pattern, qualifier] of QUALIFIERS) if (pattern.test(normalized)) return qualifier;
  return 'exact';
}

/**
 * The specification of parseCount: as first written, with a `matchAll` scan of the whole clause
 * for the count pattern and an `exec` for the bare count (the module tries its sticky patterns
 * only where a count can start, reads candidate words with a tree of letters, caches qualifiers,
 * reads plain numerals directly and keeps the best count without copying it).
 */
function reference(clause: string, event: ClaimEvent, anchor: number, objectFollows = false): CountMatch | null {
  const pattern = new RegExp(countPattern(event).source, 'gi');
  let best: (CountMatch & { distance: number }) | null = null;
  for (const found of clause.matchAll(pattern)) {
    const start = found.index ?? 0;
    const groups = found.groups ?? {};
    const numberText = groups.number;
    const end = start + found[0].length;
    const nounStart = end - (groups.noun?.length ?? 0);
    const across = anchor > start && anchor < nounStart;
    if (across && !objectFollows) continue;
    if (across) {
      const rest = clause.slice(anchor);
      const after = reference(rest.slice(rest.search(/\s/) + 1), event, 0, false);
      if (after) {
        const offset = anchor + rest.search(/\s/) + 1;
        return { ...after, start: after.start + offset, end: after.end + offset };
      }
      continue;
    }
    const middle = found[0].slice((groups.qualifier?.length ?? 0) + (numberText ?? groups.vague ?? '').length);
    if (
      /\b(?:km|kilomet(?:er|re)s?|miles?|meters?|metres?|percent|per cent|square|hours?|days?|weeks?|months?|years?)\b/i.test(
        middle,
      )
    ) {
      continue;
    }
    if (
      numberText &&
      /^\d/.test(numberText) &&
      /^(?:st|nd|rd|th)\b/i.test(clause.slice(start + found[0].indexOf(numberText) + numberText.length))
    ) {
      continue;
    }
    const wrongSide = objectFollows ? start < anchor : start > anchor;
    const distance = Math.abs(start - anchor) + (wrongSide ? 1000 : 0);
    let match: CountMatch;
    if (numberText) {
      const value = referenceNumberValue(numberText);
      if (value === null) continue;
      if (/^(?:19|20)\d\d$/.test(numberText)) continue;
      match = {
        count: value,
        qualifier: referenceQualifier(groups.qualifier),
        start,
        end: start + found[0].indexOf(numberText) + numberText.length,
      };
    } else {
      match = {
        count: null,
        qualifier: null,
        start,
        end: start + found[0].indexOf(groups.vague ?? '') + (groups.vague ?? '').length,
      };
    }
    if (!best || distance < best.distance) best = { ...match, distance };
  }
  if (!objectFollows) {
    const bare = new RegExp(BARE_COUNT.source, 'i').exec(clause.slice(0, anchor));
    const value = bare?.groups?.number ? referenceNumberValue(bare.groups.number) : null;
    if (bare && value !== null && !/^(?:19|20)\d\d$/.test(bare.groups?.number ?? '')) {
      return {
        count: value,
        qualifier: referenceQualifier(bare.groups?.qualifier),
        start: bare.index,
        end: bare.index + bare[0].trimEnd().length,
      };
    }
  }
  if (!best) return null;
  const { distance: _distance, ...match } = best;
  return match;
}

const QUALIFIER_WORDS = ['at least', 'At Least', 'AT LEAST', 'more than', 'More than', 'over', 'Over', 'about'];
const MORE_QUALIFIERS = ['up to', 'up to about', 'in excess of', 'an estimated', 'almost', 'nearly', 'fewer than'];
const NUMBERS = ['2', '45', '308', '1,500', '3.5', '2024', '1999', '22nd', '3rd', '0012', '12345678901234567890'];
const NUMBER_PHRASES = ['one', 'twenty', 'twenty-five', 'twenty five', 'two hundred', 'three thousand', 'Eleven'];
const VAGUE = ['Some', 'some', 'several', 'several dozen', 'dozens', 'a dozen', 'a hundred', 'few', 'many'];
const NOUNS = ['soldiers', 'troops', 'Troops', 'servicemen', 'civilians', 'residents', 'villages', 'tanks', 'units'];
const FILLERS = ['', '', 'Ukrainian ', 'of the ', 'of them ', 'kilometres of ', 'square miles of ', 'percent of '];
const OTHER_WORDS = ['of', 'the', 'a total of', 'Russian', 'men', 'x1', '_5', 'a', 'A', 'ONE', 'hundred', 'overall'];
const VERBS = ['had', 'been', 'were', 'also', 'all', 'reportedly', 'surrendered', 'captured', 'evacuated', 'took'];
const MARKS = ['“', '’', 'é', '\u212a', '.', '-', '_', '1,2'];

/** A count as claims write it: a qualifier or none, a number or a vague amount, a few words, a noun. */
const countPhrase = fc
  .tuple(
    fc.constantFrom('', '', ...QUALIFIER_WORDS, ...MORE_QUALIFIERS),
    fc.constantFrom(...NUMBERS, ...NUMBER_PHRASES, ...VAGUE),
    fc.constantFrom(...FILLERS),
    fc.constantFrom(...NOUNS),
  )
  .map(([qualifier, number, filler, noun]) => `${qualifier}${qualifier ? ' ' : ''}${number} ${filler}${noun}`);
const word = fc.constantFrom(
  ...QUALIFIER_WORDS,
  ...MORE_QUALIFIERS,
  ...NUMBERS,
  ...NUMBER_PHRASES,
  ...VAGUE,
  ...NOUNS,
  ...OTHER_WORDS,
  ...VERBS,
  ...MARKS,
);
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '  ', ', ', '. ', '\n', '-', '');
const texts = fc
  .array(fc.tuple(fc.oneof({ arbitrary: countPhrase, weight: 1 }, { arbitrary: word, weight: 3 }), separator), {
    maxLength: 16,
  })
  .map((tokens) => tokens.flat().join(''));

describe('parseCount against its first version', () => {
  it('finds the same count for every text, event, anchor and side', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(...EVENTS),
        fc.nat(),
        fc.boolean(),
        (text, event, anchorSeed, objectFollows) => {
          const anchor = anchorSeed % (text.length + 1);
          expect(parseCount(text, event, anchor, objectFollows)).toEqual(reference(text, event, anchor, objectFollows));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('reads the same value from every number phrase', () => {
    const numberPiece = fc.constantFrom(
      ...['0', '1', '7', '12', '300', ',', '.', ' ', '-', 'a', 'A', 'dozen', 'hundred', 'thousand', 'and'],
      ...['one', 'Twenty', 'five', 'ninety', 'eleven', '\u212a', 'x'],
    );
    // numerals of every length: past 309 digits Number() gives Infinity, which reads as no number
    const numerals = fc
      .integer({ min: 0, max: 400 })
      .chain((length) =>
        fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((d) => d.join('')),
      );
    fc.assert(
      fc.property(fc.array(numberPiece, { maxLength: 12 }), numerals, (pieces, digits) => {
        const phrase = pieces.join('');
        expect(numberValue(phrase)).toEqual(referenceNumberValue(phrase));
        expect(numberValue(digits)).toEqual(referenceNumberValue(digits));
      }),
      { numRuns: 20_000 },
    );
  });
});
