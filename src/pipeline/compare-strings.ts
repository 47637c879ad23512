/**
 * Strings in UTF-16 code-unit order, as `<` compares them: the order every output file is
 * sorted in, the same on every machine and locale (`localeCompare` is not).
 *
 * @example
 * ['b', 'B', 'a'].sort(compareStrings) // => ['B', 'a', 'b']
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
