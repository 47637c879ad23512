import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLowerCaseToken, type Token, tokenizeText, WORD_PATTERN } from '../../../src/pipeline/geo/tokenize-text.ts';

/** The specification: every match of WORD_PATTERN, with a trailing 's cut off and flagged. */
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (const match of text.matchAll(pattern)) {
    let word = match[0];
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(text.slice(match.index, match.index + word.length + 1))) possessive = true;
    const first = word[0] ?? '';
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      text: word,
      capitalized: first !== first.toLowerCase(),
      possessive,
    });
  }
  return tokens;
}

/** Characters where the token rules differ: cases, scripts, marks, digits, joiners, dots, astral letters, lone surrogates. */
const ALPHABET = [
  ...'aAsSzZ09 .,\'-"():',
  '\u2019', // ’
  '\u2018',
  'é',
  'É',
  'ж',
  'Ж',
  'ß',
  '\u0301', // combining acute
  '\u0663', // Arabic-Indic three (\p{N})
  '\u2160', // Roman numeral one (\p{N}, not \p{L})
  '\u01C5', // Dž (title case: \p{L}, neither \p{Lu} nor \p{Ll})
  '\u{1D400}', // mathematical bold A (\p{Lu}, astral)
  '\u{20000}', // CJK extension B (\p{Lo}, astral)
  '\u{10400}', // Deseret capital long I (\p{Lu}, astral, with a lower case: yet no capitalised token)
  '\u0130', // İ (lower case is two code units)
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u00A0',
  '\u2013',
];
const piece = fc.oneof(
  fc.constantFrom(...ALPHABET),
  fc.constantFrom(
    "Russia's",
    'troops’',
    'U.S.',
    'W.Va.',
    'B.C',
    "L'gov",
    'Rostov-on-Don',
    'A.B.C.',
    'Va.',
    "s's",
    'N.',
    'Vi',
    'Vir',
    'Virg',
    'Virgi',
  ),
);

describe('tokenizeText', () => {
  it('keeps joined words and dotted initials whole and cuts possessives off', () => {
    const tokens = tokenizeText(
      "Russia’s troops left Rostov-on-Don, the U.S. and W.Va.; L'gov's mayor, the soldiers' kin",
    );
    expect(tokens.map((token) => token.text)).toEqual([
      'Russia',
      'troops',
      'left',
      'Rostov-on-Don',
      'the',
      'U.S.',
      'and',
      'W.Va.',
      "L'gov",
      'mayor',
      'the',
      'soldiers',
      'kin',
    ]);
    expect(tokens.filter((token) => token.possessive).map((token) => token.text)).toEqual([
      'Russia',
      "L'gov",
      'soldiers',
    ]);
    expect(tokens.filter((token) => token.capitalized).map((token) => token.text)).toEqual([
      'Russia',
      'Rostov-on-Don',
      'U.S.',
      'W.Va.',
      "L'gov",
    ]);
  });

  it('gives offsets into the text, astral letters included', () => {
    const text = '\u{1D400}bc Жук-2';
    expect(tokenizeText(text).map((token) => [token.start, token.end, text.slice(token.start, token.end)])).toEqual([
      [0, 4, '\u{1D400}bc'],
      [5, 10, 'Жук-2'],
    ]);
  });

  it('matches the regular-expression specification on random text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenizeText(text)).toEqual(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds a word among the lower-case tokens as a set of their texts does', () => {
    // the specification: recognizeToponyms' set of the texts of all tokens not capitalised
    const reference = (tokens: Token[], word: string) =>
      new Set(tokens.filter((token) => !token.capitalized).map((token) => token.text)).has(word);
    const word = fc.constantFrom('share', 'Share', 'advance', 'van', 'vance', 'an', 'a', 's', "l'gov", 'on-don', 'ж');
    const wordPiece = fc.oneof(piece, word, fc.constantFrom(' ', "'s ", '-'));
    fc.assert(
      fc.property(
        fc.array(wordPiece, { maxLength: 30 }),
        fc.oneof(word, fc.constantFrom('', 'us', 'troops')),
        (pieces, query) => {
          const text = pieces.join('');
          const tokens = tokenizeText(text);
          const words = [query, ...tokens.map((token) => token.text.toLowerCase())];
          for (const candidate of words)
            expect(hasLowerCaseToken(text, tokens, candidate)).toBe(reference(tokens, candidate));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
