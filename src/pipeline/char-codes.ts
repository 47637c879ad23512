/**
 * Character classes of regular expressions, on UTF-16 code units, for the hand-written fast
 * paths that stand in for a regex (each compared with its regex in the tests:
 * test/pipeline/char-codes.test.ts).
 */

/** `\s`: white space and line terminators. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `[0-9]` */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[A-Za-z]` */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `\w` of a regular expression without the u flag: `[A-Za-z0-9_]`. */
export function isWordCode(code: number): boolean {
  return isAsciiLetterCode(code) || isDigitCode(code) || code === 95;
}
