/**
 * Playback of the date range: every tick moves the window forward; a sliding window keeps
 * its length, a cumulative one keeps its start. Stops at the last day. Speed is in days
 * per second; ticks are 100 ms so slow speeds still move smoothly in whole days.
 * In the deferred chunk; use-playback.ts starts and stops it.
 */
import { dayToIso, isoToDay } from '../../pipeline/filter/iso-day.ts';
import type { AppStore } from '../store/create-app-store.ts';
import { selectRange } from '../store/selectors.ts';

const TICK_MS = 100;

/** Starts playing; returns the function that stops it. */
export function startPlayback(store: AppStore): () => void {
  const begin = store.getState();
  const domain = begin.domain;
  const range = selectRange(begin);
  if (domain === null || range === null) return () => {};
  const first = isoToDay(domain.from);
  const last = isoToDay(domain.to);
  let from = isoToDay(range.from);
  let to = isoToDay(range.to);
  if (to >= last) {
    // Restart from the beginning, keeping the window's length.
    const length =
      begin.windowMode === 'sliding' ? Math.min(to - from, Math.max(1, Math.round((last - first) / 10))) : 0;
    from = first;
    to = first + length;
    begin.setRange({ from: dayToIso(from), to: dayToIso(to) });
  }
  let position = to;
  const timer = setInterval(() => {
    const state = store.getState();
    position = Math.min(last, position + (state.speed * TICK_MS) / 1000);
    const nextTo = Math.floor(position);
    const nextFrom = state.windowMode === 'sliding' ? from + (nextTo - to) : from;
    state.setRange({ from: dayToIso(nextFrom), to: dayToIso(nextTo) });
    if (position >= last) state.setPlaying(false);
  }, TICK_MS);
  return () => clearInterval(timer);
}
