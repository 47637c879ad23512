/**
 * User Timing instrumentation that any harness can read (issue 8 item 2):
 * `claims:first-render` from navigation start to the first frame with claims drawn, and
 * `claims:filter` from a filter input to the next rendered frame.
 */
export const PERF = { firstRender: 'claims:first-render', filter: 'claims:filter' } as const;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function';
}

export function measureFirstRender(): void {
  if (!supported() || performance.getEntriesByName(PERF.firstRender).length > 0) return;
  performance.measure(PERF.firstRender, { start: 0, end: performance.now() });
}

/** Call at the input; returns the function to call at the next rendered frame. */
export function startFilterMeasure(): () => void {
  if (!supported()) return () => {};
  const start = performance.now();
  return () => {
    performance.measure(PERF.filter, { start, end: performance.now() });
  };
}
