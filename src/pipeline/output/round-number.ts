/**
 * Round a number for output: 5 decimals for coordinates is about 1 m, far finer than
 * any claim's place; fixed rounding keeps the files byte-identical across machines.
 *
 * @example
 * roundNumber(35.600000000001, 5) // => 35.6
 */
export function roundNumber(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
