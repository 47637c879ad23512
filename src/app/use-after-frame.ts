/**
 * A store value that follows the store one animation frame late, and while it keeps changing
 * (a date-slider scrub) at most once per FOLLOW_INTERVAL_MS: the change renders in a task
 * after the next frame, not in the input's task before it. Above a few hundred claims a
 * date-slider step first presents the map's new marks, then updates the claims list and the
 * side, event and source counts (issue 8: "input to rendered frame"). The last value is
 * always shown, at most FOLLOW_INTERVAL_MS after the previous one. Disabled, it is the
 * store's value, as `useStore(store, selector)` gives it.
 *
 * Enabled, the component holds no render-time subscription to the value: a store change
 * only schedules the follow-up, so the component does not render in the input's task at all
 * (a panel of checkboxes that rendered there to return its old value cost the step's task
 * React work and DOM writes for every checkbox).
 *
 * Why the interval: each follow-up renders the list and repaints it, a second frame per step.
 * Stepping the slider as fast as the bench does (a step every ~25 ms at 100k claims), that
 * frame was still being drawn when the next step asked for its own, which then waited for it.
 */
import { useEffect, useRef, useState } from 'react';
import { type StoreApi, useStore } from 'zustand';

/** ms between two follow-ups while the value keeps changing (about six a second). */
export const FOLLOW_INTERVAL_MS = 150;

const NOTHING = () => undefined;

/**
 * @param selector a stable function (module level): a new one re-subscribes
 */
export function useStoreAfterFrame<S, T>(store: StoreApi<S>, selector: (state: S) => T, enabled: boolean): T {
  // disabled: a plain subscription; enabled: a constant, which never renders the component
  const live = useStore(store, enabled ? NOTHING : selector);
  const [shown, setShown] = useState(() => selector(store.getState()));
  const [following, setFollowing] = useState(enabled);
  if (enabled !== following) {
    // just turned on (the claims arrived): start from the store's value now, not the one this
    // component had when it mounted (React renders again at once, before committing)
    setFollowing(enabled);
    if (enabled) {
      const now = selector(store.getState());
      setShown(() => now);
    }
  }
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  // when the last follow-up showed a new value, in performance.now() time
  const lastShown = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!enabled) return;
    let frame: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const show = () => {
      timer = null;
      // the state now, not when the follow-up was asked for; the same value renders nothing
      const value = selector(store.getState());
      if (Object.is(value, shownRef.current)) return;
      shownRef.current = value;
      lastShown.current = performance.now();
      setShown(() => value);
    };
    const follow = () => {
      // a follow-up on its way reads the state when it runs
      if (frame !== null || timer !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        timer = setTimeout(show, Math.max(0, lastShown.current + FOLLOW_INTERVAL_MS - performance.now()));
      });
    };
    // a change between the render and this effect
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, selector, enabled]);
  return enabled ? shown : (live as T);
}
