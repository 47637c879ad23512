/**
 * Split text into word tokens with UTF-16 offsets, for toponym recognition.
 *
 * A token keeps internal apostrophes and hyphens ("L'gov", "Rostov-on-Don") and dotted
 * initials ("U.S.", "B.C.", "W.Va."); a trailing possessive "'s" is cut off and flagged, so that
 * "Russia's" yields the token "Russia" (issue 4: possessives).
 *
 * The tokens are exactly the matches of `WORD_PATTERN` (test/pipeline/geo/tokenize-text.test.ts
 * compares them on random text), found by a hand-written scanner: a Unicode-property regex
 * walked over the whole text cost about 5 % of the pipeline, the scanner a fifth of that.
 *
 * @example
 * tokenizeText("Kiev's forces").map((t) => t.text) // ['Kiev', 'forces']
 */
export type Token = {
  start: number;
  end: number;
  text: string;
  /** first letter upper case (or an all-caps initialism) */
  capitalized: boolean;
  /** followed by 's / ’s */
  possessive: boolean;
};

/** What a token is: a two-part abbreviation ("W.Va."), dotted initials ("U.S."), or a word. */
export const WORD_PATTERN =
  /\p{Lu}\.\p{Lu}\p{Ll}{1,3}\.|(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

// Character classes as bit flags, per code point.
const LETTER = 1; // \p{L}
const NUMBER = 2; // \p{N}
const MARK = 4; // \p{M}
const UPPER = 8; // \p{Lu}
const LOWER = 16; // \p{Ll}
const KNOWN = 128;
const WORD_START = LETTER | NUMBER;
const WORD_CHAR = LETTER | NUMBER | MARK;

const PROPERTIES: ReadonlyArray<[RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{M}$/u, MARK],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
];
function classifyCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  let flags = KNOWN;
  for (const [pattern, flag] of PROPERTIES) if (pattern.test(char)) flags |= flag;
  return flags;
}
/** Flags of the Basic Multilingual Plane, filled on first sight (ASCII up front). */
const BMP = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const upper = code >= 65 && code <= 90;
  const lower = code >= 97 && code <= 122;
  const digit = code >= 48 && code <= 57;
  BMP[code] = KNOWN | (upper ? LETTER | UPPER : 0) | (lower ? LETTER | LOWER : 0) | (digit ? NUMBER : 0);
}
function flagsOf(codePoint: number): number {
  if (codePoint > 0xffff) return classifyCodePoint(codePoint);
  let flags = BMP[codePoint] as number;
  if (flags === 0) {
    flags = classifyCodePoint(codePoint);
    BMP[codePoint] = flags;
  }
  return flags;
}

const DOT = 46;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

/** The code point at `index`, or 0 at or past the end (a NUL in the text reads 0 too; neither is a word character). */
function at(text: string, index: number): number {
  return index < text.length ? (text.codePointAt(index) as number) : 0;
}
function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** End of "W.Va." starting at `start` (an upper-case letter), or -1. */
function twoPartAbbreviation(text: string, start: number): number {
  let index = start + width(at(text, start));
  if (at(text, index) !== DOT) return -1;
  index++;
  const second = at(text, index);
  if (!(flagsOf(second) & UPPER)) return -1;
  index += width(second);
  let lower = 0;
  for (let next = at(text, index); lower < 3 && flagsOf(next) & LOWER; next = at(text, index)) {
    index += width(next);
    lower++;
  }
  if (lower === 0 || at(text, index) !== DOT) return -1;
  return index + 1;
}

/** End of "U.S." (two or more "X.") starting at `start`, or -1. */
function dottedInitials(text: string, start: number): number {
  let index = start;
  let pairs = 0;
  for (let letter = at(text, index); flagsOf(letter) & UPPER && at(text, index + width(letter)) === DOT; ) {
    index += width(letter) + 1;
    pairs++;
    letter = at(text, index);
  }
  return pairs >= 2 ? index : -1;
}

/** End of a word starting at `start` (a letter or digit): word characters, joined by ' ’ or -. */
function wordEnd(text: string, start: number): number {
  let index = start;
  for (let char = at(text, index); flagsOf(char) & WORD_CHAR; char = at(text, index)) index += width(char);
  for (;;) {
    const joiner = at(text, index);
    if (joiner !== APOSTROPHE && joiner !== RIGHT_QUOTE && joiner !== HYPHEN) return index;
    const after = at(text, index + 1);
    if (!(flagsOf(after) & WORD_CHAR)) return index;
    index += 1;
    for (let char = at(text, index); flagsOf(char) & WORD_CHAR; char = at(text, index)) index += width(char);
  }
}

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) as number;
    const flags = flagsOf(codePoint);
    if (!(flags & WORD_START)) {
      index += width(codePoint);
      continue;
    }
    let end = -1;
    if (flags & UPPER) {
      end = twoPartAbbreviation(text, index);
      if (end === -1) end = dottedInitials(text, index);
    }
    if (end === -1) end = wordEnd(text, index);
    let word = text.slice(index, end);
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const beforeLast = word.charCodeAt(word.length - 2);
    if (last === 115 /* s */ && (beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === 115) {
      const next = text.charCodeAt(end);
      possessive = next === APOSTROPHE || next === RIGHT_QUOTE;
    }
    const first = word[0] ?? '';
    tokens.push({
      start: index,
      end: index + word.length,
      text: word,
      capitalized: first !== first.toLowerCase(),
      possessive,
    });
    index = end;
  }
  return tokens;
}
