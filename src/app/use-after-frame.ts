/**
 * A value that follows its source one animation frame late, and while the source keeps
 * changing (a date-slider scrub) at most once per FOLLOW_INTERVAL_MS: the change renders in a
 * task after the next frame, not in the input's task before it. Above a few hundred claims a
 * date-slider step first presents the map's new marks, then updates the claims list and the
 * source counts (issue 8: "input to rendered frame"). The last value is always shown, at most
 * FOLLOW_INTERVAL_MS after the previous one. Disabled, it is the value itself.
 *
 * Why the interval: each follow-up renders the list and repaints it, a second frame per step.
 * Stepping the slider as fast as the bench does (a step every ~25 ms at 100k claims), that
 * frame was still being drawn when the next step asked for its own, which then waited for it.
 */
import { useEffect, useRef, useState } from 'react';

/** ms between two follow-ups while the value keeps changing (about six a second). */
export const FOLLOW_INTERVAL_MS = 150;

export function useAfterFrame<T>(value: T, enabled: boolean): T {
  const [shown, setShown] = useState(value);
  // when the last follow-up was shown, in performance.now() time
  const lastShown = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      const wait = Math.max(0, lastShown.current + FOLLOW_INTERVAL_MS - performance.now());
      timer = setTimeout(() => {
        lastShown.current = performance.now();
        setShown(() => value);
      }, wait);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, enabled]);
  return enabled ? shown : value;
}
