/**
 * User Timing instrumentation that any harness can read (issue 8 item 2):
 * `claims:first-render` from navigation start to the first frame with claims drawn, and
 * `claims:filter` for each filter change, from the input (the store's filters change) to
 * the next frame with the new marks drawn. The map adapter calls these in the animation
 * frame after it drew the marks in its overlay (claims-overlay.ts), and the first render
 * at the first map frame with marks over it.
 */
export const PERF = { firstRender: 'claims:first-render', filter: 'claims:filter' } as const;

let pendingInput: number | null = null;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function';
}

let firstRendered = false;
const firstRenderWaiters = new Set<() => void>();

export function measureFirstRender(): void {
  if (firstRendered) return;
  firstRendered = true;
  if (supported() && performance.getEntriesByName(PERF.firstRender).length === 0) {
    performance.measure(PERF.firstRender, { start: 0, end: performance.now() });
  }
  for (const waiter of firstRenderWaiters) waiter();
  firstRenderWaiters.clear();
}

/**
 * Run `callback` once the first frame with claims is drawn, so what it fetches (the zod
 * chunk, articles, sources) does not compete with that frame (issue 8: bytes before the
 * first render); or after `fallbackMs` when no such frame comes (no claims, no WebGL).
 */
export function afterFirstRender(callback: () => void, fallbackMs = 3000): void {
  if (firstRendered) {
    callback();
    return;
  }
  const run = () => {
    clearTimeout(timer);
    firstRenderWaiters.delete(run);
    callback();
  };
  const timer = setTimeout(run, fallbackMs);
  firstRenderWaiters.add(run);
}

/** A filter input happened; the earliest unfinished input is what the measure starts at. */
export function markFilterInput(): void {
  if (!supported() || pendingInput !== null) return;
  pendingInput = performance.now();
}

/** The map drew marks for the latest filters: close the measure after this frame. */
export function finishFilterMeasure(): void {
  if (!supported() || pendingInput === null) return;
  const start = pendingInput;
  pendingInput = null;
  performance.measure(PERF.filter, { start, end: performance.now() });
}
