import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstParts, needleTest, nextWords, RULES, rulesToTry } from '../../../src/pipeline/claims/detect-events.ts';

/** The specification of a needle test: every ASCII word run, lower-cased, against every needle. */
function needleReference(needlesByRule: string[][], sentence: string): number {
  let wanted = 0;
  for (const [word] of sentence.matchAll(/[A-Za-z0-9_]+/g)) {
    const lower = word.toLowerCase();
    needlesByRule.forEach((needles, index) => {
      if (needles.some((needle) => lower.startsWith(needle))) wanted |= 1 << index;
    });
  }
  return wanted;
}

const nextWordsReference = (sentence: string, from: number, count: number) =>
  sentence.slice(from).trim().split(/\s+/).slice(0, count).join(' ');

const needles = RULES.flatMap((rule) => rule.needles);
/** Needles that start one another, spread over rules, as the rules' needles do not yet. */
const NESTED = [['los'], ['lose', 'fle'], ['loses', 'flee'], ['losing', 'fled'], ['los', 'loser'], ['abc']];
/** Needles, their prefixes and longer forms, in any case, next to word characters and non-ASCII look-alikes. */
const piece = fc.oneof(
  fc.constantFrom(...needles),
  fc.constantFrom(...needles).map((needle) => needle.toUpperCase()),
  fc.constantFrom(...needles).map((needle) => needle.slice(0, -1)),
  fc.constantFrom(
    'Surrendered',
    'CAPTURED',
    'prisoners of war',
    'losses',
    'lose',
    'give',
    'flee',
    'laid down',
    'recaptured',
    ...NESTED.flat(),
    'LOSER',
    'Fleeing',
    'x',
    '_',
    '9',
    'é',
    'ſ', // long s: upper-cases to S
    '\u212A', // Kelvin sign: lower-cases to k
    'İ',
    '’',
    "'",
    '-',
    ' ',
    '\u00A0',
    '.',
  ),
);
const sentence = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('detectEvents fast paths', () => {
  it('has needles of lower-case ASCII letters, at least three', () => {
    for (const needle of needles) expect(needle).toMatch(/^[a-z]{3,}$/);
  });

  it('picks the same rules as a lower-cased walk over the words', () => {
    const rulesNeedles = RULES.map((rule) => [...rule.needles]);
    const nested = needleTest(NESTED);
    fc.assert(
      fc.property(sentence, (text) => {
        expect(rulesToTry(text)).toBe(needleReference(rulesNeedles, text));
        expect(nested(text)).toBe(needleReference(NESTED, text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('never leaves out a rule whose pattern matches', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const wanted = rulesToTry(text);
        RULES.forEach((rule, index) => {
          if (new RegExp(rule.pattern.source, rule.pattern.flags).test(text)) expect(wanted & (1 << index)).not.toBe(0);
        });
      }),
      { numRuns: 10_000 },
    );
  });

  /** Words apart by white space of every kind, single spaces most often (the fast path's case). */
  const space = fc.oneof(
    { arbitrary: fc.constant(' '), weight: 6 },
    {
      arbitrary: fc.constantFrom('  ', '\t', '\n', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\u180E', '\u200B'),
      weight: 2,
    },
  );
  const word = fc.constantFrom('a', 'troops', 'the', '12', ',', '’s', 'é', '\uD800');
  const text = fc.array(fc.oneof(space, word), { maxLength: 16 }).map((pieces) => pieces.join(''));

  it('reads the next words as trim and split do', () => {
    fc.assert(
      fc.property(text, fc.nat(40), fc.integer({ min: 1, max: 9 }), (sentence, from, count) => {
        expect(nextWords(sentence, from, count)).toBe(nextWordsReference(sentence, from, count));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the first parts as split does', () => {
    fc.assert(
      fc.property(text, fc.nat(40), fc.integer({ min: 1, max: 9 }), (sentence, from, count) => {
        expect(firstParts(sentence, from, count)).toBe(sentence.slice(from).split(/\s+/).slice(0, count).join(' '));
      }),
      { numRuns: 20_000 },
    );
  });
});
