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
/** the code unit changes under toLowerCase: what `Token.capitalized` tests on the first one */
const CAPITAL = 32;
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
  if (codePoint <= 0xffff && char !== char.toLowerCase()) flags |= CAPITAL;
  return flags;
}
/** Flags of the Basic Multilingual Plane, filled on first sight (ASCII up front). */
const BMP = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const upper = code >= 65 && code <= 90;
  const lower = code >= 97 && code <= 122;
  const digit = code >= 48 && code <= 57;
  BMP[code] = KNOWN | (upper ? LETTER | UPPER | CAPITAL : 0) | (lower ? LETTER | LOWER : 0) | (digit ? NUMBER : 0);
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
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  // charCodeAt is the cheaper read; only a high surrogate needs the pair decoded
  return (code & 0xfc00) === 0xd800 ? (text.codePointAt(index) as number) : code;
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
  let index = wordCharsEnd(text, start);
  for (;;) {
    const joiner = at(text, index);
    if (joiner !== APOSTROPHE && joiner !== RIGHT_QUOTE && joiner !== HYPHEN) return index;
    const after = at(text, index + 1);
    if (!(flagsOf(after) & WORD_CHAR)) return index;
    index = wordCharsEnd(text, index + 1);
  }
}

/** End of the run of word characters from `index`; ASCII is read from the table directly. */
function wordCharsEnd(text: string, index: number): number {
  const length = text.length;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      if (!((BMP[code] as number) & WORD_CHAR)) return index;
      index++;
      continue;
    }
    if ((code & 0xfc00) === 0xd800) code = text.codePointAt(index) as number;
    if (!(flagsOf(code) & WORD_CHAR)) return index;
    index += width(code);
  }
  return index;
}

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    let codePoint = text.charCodeAt(index);
    if (codePoint < 0x80) {
      // most of the text is ASCII between words: skip it without a call
      if (!((BMP[codePoint] as number) & WORD_START)) {
        index++;
        continue;
      }
    } else if ((codePoint & 0xfc00) === 0xd800) codePoint = text.codePointAt(index) as number;
    const flags = flagsOf(codePoint);
    if (!(flags & WORD_START)) {
      index += width(codePoint);
      continue;
    }
    let end = -1;
    // both abbreviations have a dot right after their first letter: most capitalised words skip them
    if (flags & UPPER && at(text, index + width(codePoint)) === DOT) {
      end = twoPartAbbreviation(text, index);
      if (end === -1) end = dottedInitials(text, index);
    }
    if (end === -1) end = wordEnd(text, index);
    // the possessive is read in the text, so that each token slices its word once
    let tokenEnd = end;
    let possessive = false;
    if (text.charCodeAt(end - 1) === 115 /* s */) {
      const beforeLast = text.charCodeAt(end - 2);
      if ((beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE) && end - index > 2) {
        tokenEnd = end - 2;
        possessive = true;
      } else {
        const next = text.charCodeAt(end);
        possessive = next === APOSTROPHE || next === RIGHT_QUOTE;
      }
    }
    tokens.push({
      start: index,
      end: tokenEnd,
      text: text.slice(index, tokenEnd),
      // `first !== first.toLowerCase()` on the word's first code unit, read from the table (an
      // astral letter starts with a lone high surrogate, which toLowerCase keeps: never CAPITAL)
      capitalized: (flags & CAPITAL) !== 0,
      possessive,
    });
    index = end;
  }
  return tokens;
}

/**
 * Whether some token of `tokens` (those of `text`) that is not capitalised reads exactly `word`:
 * toponym recognition asks it of words that may be common nouns ("Advance", "Share").
 *
 * The same answer as a set of the texts of all tokens not capitalised (how it was first
 * written): a token reads `word` exactly when `word` occurs in the text at the token's start and
 * the token is as long, so each occurrence `indexOf` finds is checked against the token starting
 * there. A few scans of the text per article cost less than a set of its ~200 lower-case words
 * (test/pipeline/geo/tokenize-text.test.ts compares the two).
 */
export function hasLowerCaseToken(text: string, tokens: Token[], word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const token = tokenStartingAt(tokens, at);
    if (token && token.end - token.start === word.length && !token.capitalized) return true;
  }
  return false;
}

/** The token that starts at `start` (tokens are sorted by start), or undefined. */
function tokenStartingAt(tokens: Token[], start: number): Token | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid] as Token;
    if (token.start < start) low = mid + 1;
    else if (token.start > start) high = mid - 1;
    else return token;
  }
  return undefined;
}
