// Issue 8: what the first frame does not need waits for it.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('afterFirstRender', () => {
  it('waits for the first frame with claims, then runs at once', async () => {
    const { afterFirstRender, measureFirstRender, PERF } = await import('../../src/app/perf.ts');
    const calls: string[] = [];
    afterFirstRender(() => calls.push('extras'));
    expect(calls).toEqual([]);
    measureFirstRender();
    expect(calls).toEqual(['extras']);
    expect(performance.getEntriesByName(PERF.firstRender)).toHaveLength(1);
    afterFirstRender(() => calls.push('later'));
    expect(calls).toEqual(['extras', 'later']);
  });

  it('falls back to a timeout when no frame with claims comes', async () => {
    vi.useFakeTimers();
    const { afterFirstRender } = await import('../../src/app/perf.ts');
    const callback = vi.fn();
    afterFirstRender(callback, 3000);
    vi.advanceTimersByTime(2999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
