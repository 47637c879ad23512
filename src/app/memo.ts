/**
 * Remember the last result of a pure function of reference-compared arguments, so a
 * zustand selector returns the same array until its inputs change (no re-render loops,
 * no JSON comparisons).
 *
 * @example
 * const visible = memoLast(filterClaims); visible(a, f) === visible(a, f) // true
 */
export function memoLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args): Result => {
    if (lastArgs !== null && lastArgs.length === args.length && lastArgs.every((arg, i) => arg === args[i])) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
