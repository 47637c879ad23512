/**
 * Sentence boundaries of one line, as Intl.Segmenter('en', {granularity: 'sentence'})
 * finds them, without ICU for the common case (issue 8: ICU was ~8 % of claim
 * extraction, most of it per-call cost).
 *
 * For a line made only of the characters of news English (ASCII, Latin and Cyrillic
 * letters, typographic quotes and dashes, no-break space) the rules of Unicode UAX #29
 * that can apply are few, and are applied here; any other line goes to ICU. A property
 * test (test/pipeline/claims/sentence-breaks.test.ts) checks the two agree on random
 * lines of that alphabet.
 *
 * The rules (SATerm = ATerm or STerm):
 * - SB6  ATerm × Numeric ("3.5")
 * - SB7  (Upper | Lower) ATerm × Upper ("U.S")
 * - SB8  ATerm Close* Sp* × (¬(OLetter | Upper | Lower | SATerm))* Lower ("etc. and")
 * - SB8a SATerm Close* Sp* × (SContinue | SATerm) ("?!", "Inc., the")
 * - SB11 SATerm Close* Sp* ÷ (a break after the spaces)
 *
 * @example
 * sentenceBreaks('He left. She stayed.') // => [9]
 */
import { allMatches } from '../all-matches.ts';

/** The characters this module classifies itself; a line with any other goes to ICU. */
const SIMPLE_LINE =
  /^[\t\x20-\x7E\u00A0\u00AB\u00BB\u00C0-\u024F\u0400-\u0481\u048A-\u04FF\u2013\u2014\u2018\u2019\u201C\u201D]*$/;

/** Sentence-break classes of UAX #29, as small numbers (the per-character hot path). */
const K_OTHER = 0;
const K_SP = 1;
const K_LOWER = 2;
const K_UPPER = 3;
const K_NUMERIC = 4;
const K_ATERM = 5;
const K_STERM = 6;
const K_CLOSE = 7;
const K_SCONTINUE = 8;
type Kind = number;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The kind of each character (by code unit) this module classifies: ASCII by table, the rest by rule. */
const ASCII_KINDS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_KINDS[code] =
    code >= 0x61 && code <= 0x7a
      ? K_LOWER
      : code >= 0x41 && code <= 0x5a
        ? K_UPPER
        : code >= 0x30 && code <= 0x39
          ? K_NUMERIC
          : char === ' ' || char === '\t'
            ? K_SP
            : char === '.'
              ? K_ATERM
              : char === '!' || char === '?'
                ? K_STERM
                : '"\'()[]{}'.includes(char)
                  ? K_CLOSE
                  : ',-:;'.includes(char)
                    ? K_SCONTINUE
                    : K_OTHER;
}

function kindOf(code: number): Kind {
  if (code < 128) return ASCII_KINDS[code] as Kind;
  switch (code) {
    case 0x00a0:
      return K_SP;
    case 0x00ab:
    case 0x00bb:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
      return K_CLOSE;
    case 0x2013:
    case 0x2014:
      return K_SCONTINUE;
  }
  const char = String.fromCharCode(code);
  if (UPPER.test(char)) return K_UPPER;
  if (LOWER.test(char)) return K_LOWER;
  return K_OTHER;
}

const TERMINATOR = /[.!?]/g;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Offsets (within `line`) where a new sentence starts, not counting 0 and `line.length`. */
export function sentenceBreaks(line: string): number[] {
  const breaks: number[] = [];
  if (!SIMPLE_LINE.test(line)) {
    for (const part of segmenter.segment(line)) if (part.index > 0) breaks.push(part.index);
    return breaks;
  }
  const length = line.length;
  const kindAt = (index: number): Kind | undefined =>
    index >= 0 && index < length ? kindOf(line.charCodeAt(index)) : undefined;
  for (const found of allMatches(TERMINATOR, line)) {
    const index = found.index;
    const kind = found[0] === '.' ? K_ATERM : K_STERM;
    const next = kindAt(index + 1);
    if (kind === K_ATERM) {
      if (next === K_NUMERIC) continue; // SB6
      const previous = kindAt(index - 1);
      if ((previous === K_UPPER || previous === K_LOWER) && next === K_UPPER) continue; // SB7
    }
    let after = index + 1;
    while (kindAt(after) === K_CLOSE) after++;
    while (kindAt(after) === K_SP) after++;
    if (after >= length) break; // the line ends the sentence
    const following = kindAt(after);
    if (following === K_SCONTINUE || following === K_ATERM || following === K_STERM) continue; // SB8a
    if (kind === K_ATERM) {
      // SB8: look past anything that is not a letter or a terminator for a lower-case letter
      let look = after;
      let lookKind = kindAt(look);
      while (
        lookKind !== undefined &&
        lookKind !== K_UPPER &&
        lookKind !== K_LOWER &&
        lookKind !== K_ATERM &&
        lookKind !== K_STERM
      )
        lookKind = kindAt(++look);
      if (lookKind === K_LOWER) continue;
    }
    breaks.push(after); // SB11
    TERMINATOR.lastIndex = after;
  }
  return breaks;
}
