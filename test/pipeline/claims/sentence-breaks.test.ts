import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../src/pipeline/claims/sentence-breaks.ts';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuBreaks = (line: string) => [...icu.segment(line)].map((part) => part.index).filter((index) => index > 0);

/** Characters where the sentence rules differ: terminators, closers, spaces, continuations, cases, digits. */
const ALPHABET = [
  ...'aAzZ09.!?,-:;"\'()[]{} \t#*/',
  '\u00A0',
  '\u00AB',
  '\u00BB',
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  '\u2013',
  '\u2014',
  'é',
  'É',
  'ß',
  'ж',
  'Ж',
  '×',
];
const word = fc.constantFrom('the', 'He', 'U.S.', 'etc.', 'No.', '3.5', 'Mr.', 'a', 'Kyiv', 'i.e.', '...', '?!');
const piece = fc.oneof(fc.constantFrom(...ALPHABET), word);

describe('sentenceBreaks', () => {
  it('breaks after a full stop, a question or an exclamation followed by a new sentence', () => {
    expect(sentenceBreaks('He left. She stayed! Why? Nobody knows.')).toEqual([9, 21, 26]);
  });

  it('keeps decimals, initialisms, lower-case continuations and closing quotes inside the sentence', () => {
    expect(sentenceBreaks('It grew 3.5 times in the U.S. last year.')).toEqual([]);
    expect(sentenceBreaks('Tanks, guns, etc. were lost.')).toEqual([]);
    expect(sentenceBreaks('He called it “a rout.” Others disagreed.')).toEqual([23]);
  });

  it('finds the same breaks as Intl.Segmenter on lines of news characters', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const line = pieces.join('');
        expect(sentenceBreaks(line)).toEqual(icuBreaks(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('hands other scripts to Intl.Segmenter', () => {
    const line = 'Он ушёл。彼は去った。 Then he came back.';
    expect(sentenceBreaks(line)).toEqual(icuBreaks(line));
  });
});
