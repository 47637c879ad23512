import { describe, expect, it } from 'vitest';
import { isAsciiLetterCode, isDigitCode, isSpaceCode, isWordCode } from '../../src/pipeline/char-codes.ts';

describe('character classes on code units', () => {
  it('match their regular expressions on every UTF-16 code unit', () => {
    const classes: Array<[(code: number) => boolean, RegExp]> = [
      [isSpaceCode, /\s/],
      [isDigitCode, /[0-9]/],
      [isAsciiLetterCode, /[A-Za-z]/],
      [isWordCode, /\w/],
    ];
    for (const [test, pattern] of classes) {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        if (test(code) !== pattern.test(String.fromCharCode(code))) wrong.push(code.toString(16));
      }
      expect(wrong, pattern.source).toEqual([]);
    }
  });
});
