/**
 * A value that follows its source one animation frame late: the change renders in a task
 * after the next frame, not in the input's task before it. Above a few hundred claims a
 * date-slider step first presents the map's new marks, then updates the claims list and
 * the source counts (issue 8: "input to rendered frame"). Disabled, it is the value itself.
 */
import { useEffect, useState } from 'react';

export function useAfterFrame<T>(value: T, enabled: boolean): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, enabled]);
  return enabled ? shown : value;
}
