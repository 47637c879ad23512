// Issue 8: past a few hundred claims the claims list and the facet counts follow the store
// after the map's frame, at most once per interval during a scrub, and do not render in the
// input's task at all.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { FOLLOW_INTERVAL_MS, useStoreAfterFrame } from '../../src/app/use-after-frame.ts';

type State = { value: number; other: number };
const selectValue = (state: State) => state.value;

function setup(enabled: boolean) {
  const store = createStore<State>(() => ({ value: 1, other: 0 }));
  let renders = 0;
  const hook = renderHook(
    ({ on }) => {
      renders += 1;
      return useStoreAfterFrame(store, selectValue, on);
    },
    { initialProps: { on: enabled } },
  );
  return { store, hook, renders: () => renders };
}

const afterFrame = (ms: number) =>
  act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms)));
  });

describe('useStoreAfterFrame', () => {
  it('disabled, is the store’s value at once', () => {
    const { store, hook } = setup(false);
    expect(hook.result.current).toBe(1);
    act(() => store.setState({ value: 2 }));
    expect(hook.result.current).toBe(2);
  });

  it('enabled, keeps its value through the change, without rendering, and follows after the next frame', async () => {
    const { store, hook, renders } = setup(true);
    expect(hook.result.current).toBe(1);
    await afterFrame(5);
    const before = renders();
    act(() => store.setState({ value: 2 }));
    // nothing rendered in the change's task: the component did not run at all
    expect(renders()).toBe(before);
    expect(hook.result.current).toBe(1);
    await afterFrame(5);
    expect(hook.result.current).toBe(2);
    // a change to another part of the state shows the same value: nothing to render for it
    const settled = renders();
    act(() => store.setState({ other: 1 }));
    await afterFrame(FOLLOW_INTERVAL_MS + 20);
    expect(renders()).toBe(settled);
  });

  it('turned on, shows the store’s value at once, not the one it had when it mounted', () => {
    const { store, hook } = setup(false);
    act(() => store.setState({ value: 5 }));
    hook.rerender({ on: true });
    expect(hook.result.current).toBe(5);
  });

  it('while the value keeps changing, follows at most once per interval, and ends on the last value', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    try {
      const { store, hook } = setup(true);
      act(() => vi.advanceTimersByTime(FOLLOW_INTERVAL_MS * 2));
      // a scrub: a new value every 25 ms for 500 ms
      const shown: number[] = [];
      for (let value = 2; value <= 21; value += 1) {
        act(() => store.setState({ value }));
        act(() => vi.advanceTimersByTime(25));
        if (shown.at(-1) !== hook.result.current) shown.push(hook.result.current);
      }
      // the first value after a frame, then one every interval (not all twenty)
      expect(shown.length).toBeLessThanOrEqual(Math.ceil(500 / FOLLOW_INTERVAL_MS) + 1);
      expect(shown[0]).toBe(2);
      act(() => vi.advanceTimersByTime(FOLLOW_INTERVAL_MS));
      expect(hook.result.current).toBe(21);
    } finally {
      vi.useRealTimers();
    }
  });
});
