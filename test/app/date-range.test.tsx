// Issue 6 items 3 and 8: two sliders "From"/"To" with YYYY-MM-DD valuetext, keyboard steps.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { liveMap, mapIds } from './fake-map-adapter.ts';
import { renderApp } from './render-app.tsx';

const slider = (name: 'From' | 'To') => screen.getByRole('slider', { name });
const valueText = (name: 'From' | 'To') => slider(name).getAttribute('aria-valuetext');

describe('date range', () => {
  it('spans the data at first', async () => {
    await renderApp();
    expect(valueText('From')).toBe('2022-09-10');
    expect(valueText('To')).toBe('2024-08-17');
  });

  it('steps by a day with arrows and by a week with PageUp/PageDown', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    const calls = liveMap(maps).markCalls;
    slider('From').focus();
    await user.keyboard('{ArrowRight}');
    expect(valueText('From')).toBe('2022-09-11');
    await user.keyboard('{PageUp}');
    expect(valueText('From')).toBe('2022-09-18');
    await user.keyboard('{PageDown}{ArrowLeft}');
    expect(valueText('From')).toBe('2022-09-10');
    expect(liveMap(maps).markCalls).toBeGreaterThan(calls);
  });

  it('a slider step dims the days outside the range with veils and leaves the bars as they were', async () => {
    const user = userEvent.setup();
    await renderApp();
    const histogram = screen.getByRole('img', { name: 'Claims per day, stacked by side' });
    const bars = () => Array.from(histogram.querySelectorAll('.histogram-bars rect'));
    const veil = (which: string) => histogram.querySelector(`[data-veil="${which}"]`);
    const before = bars();
    expect(veil('before')?.getAttribute('width')).toBe('0');
    slider('From').focus();
    await user.keyboard('{PageUp}');
    expect(Number(veil('before')?.getAttribute('width'))).toBeGreaterThan(0);
    const after = bars();
    expect(after).toHaveLength(before.length);
    for (const [index, bar] of after.entries()) expect(bar).toBe(before[index]);
    expect(histogram.querySelector('[opacity]')).toBeNull();
  });

  it('moving the end before the later claims narrows the status and the map', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    slider('To').focus();
    await user.keyboard('{Home}');
    expect(valueText('To')).toBe('2022-09-10');
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 30 claims');
    expect(mapIds(liveMap(maps))).toHaveLength(2);
  });

  it('the thumbs cannot cross', async () => {
    const user = userEvent.setup();
    await renderApp();
    slider('To').focus();
    await user.keyboard('{Home}');
    slider('From').focus();
    await user.keyboard('{ArrowRight}{End}');
    expect(valueText('From')).toBe('2022-09-10');
  });

  it('playback moves the window forward and stops at the end', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await renderApp();
      await user.selectOptions(screen.getByRole('combobox', { name: /Speed/ }), '30');
      await user.click(screen.getByRole('button', { name: 'Play' }));
      const start = valueText('To');
      await act(async () => {
        vi.advanceTimersByTime(1_000);
      });
      expect(valueText('To')).not.toBe(start);
      expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
      await act(async () => {
        vi.advanceTimersByTime(60_000);
      });
      expect(valueText('To')).toBe('2024-08-17');
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
