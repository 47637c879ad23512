import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/claims/split-sentences.ts';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('keeps offsets that point back into the text', () => {
    const text = 'Forty men left.  Then the rest followed.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not break after military titles and honorifics', () => {
    expect(texts('Lt. Col. Petro Ivanenko said so. Gen. Smith agreed.')).toEqual([
      'Lt. Col. Petro Ivanenko said so.',
      'Gen. Smith agreed.',
    ]);
  });

  it('does not break after "approx." (six letters, the longest abbreviation), nor split a count from its noun', () => {
    expect(texts('The army said approx. 300 Ukrainian soldiers surrendered. Others fled.')).toEqual([
      'The army said approx. 300 Ukrainian soldiers surrendered.',
      'Others fled.',
    ]);
    // a word one letter longer is no abbreviation of the list
    expect(texts('They met at Grozny. Ukrainian officers left.')).toEqual([
      'They met at Grozny.',
      'Ukrainian officers left.',
    ]);
  });

  it('does not break after a month abbreviation before a day', () => {
    expect(texts('The unit left on Feb. 3 at dawn. It came back.')).toEqual([
      'The unit left on Feb. 3 at dawn.',
      'It came back.',
    ]);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(texts('He called it “a rout.” Others disagreed.')).toEqual(['He called it “a rout.”', 'Others disagreed.']);
  });

  it('ends a sentence at a line break, as headlines have no full stop', () => {
    expect(texts('Troops retreat near river\nThe army said so.')).toEqual([
      'Troops retreat near river',
      'The army said so.',
    ]);
  });

  it('numbers paragraphs by line', () => {
    expect(splitSentences('One. Two.\n\nThree.').map((sentence) => sentence.paragraph)).toEqual([0, 0, 1]);
  });
});
