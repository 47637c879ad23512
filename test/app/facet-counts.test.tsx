// Issue 8: past VIRTUAL_AFTER claims a slider step does not count the claims in its input task;
// the side, event and source counts follow after the map's frame. Below it they change at once.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VIRTUAL_AFTER } from '../../src/app/components/ClaimList.tsx';
import { FOLLOW_INTERVAL_MS } from '../../src/app/use-after-frame.ts';
import { fixtureClaims, fixtureFetch } from './fixture-fetch.ts';
import { renderApp } from './render-app.tsx';

const sideCount = (name: string) =>
  within(screen.getByRole('group', { name: 'Reporting side' }))
    .getByRole('checkbox', { name: new RegExp(`^${name}`) })
    .closest('label')
    ?.querySelector('.count')?.textContent;

/** The fixture's claims, each `copies` times (ids made unique): more claims than one list page holds. */
function enlargedClaims(copies: number): string {
  const claims = fixtureClaims();
  const features = Array.from({ length: copies }, (_, copy) =>
    claims.features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, id: `${feature.properties.id}~${copy}` },
    })),
  ).flat();
  return JSON.stringify({ ...claims, features });
}

// every fixture claim is dated 2022-09-10 … 2024-08-17; 11 of its 30 are reported by Russian sources
const LATE_2022 = { from: '2022-09-01', to: '2022-12-31' };

describe('facet counts', () => {
  it('below the threshold, follow a range change at once', async () => {
    const { store } = await renderApp();
    expect(sideCount('Russia')).toBe('11');
    act(() => store.getState().setRange(LATE_2022));
    expect(Number(sideCount('Russia'))).toBeLessThan(11);
  });

  it('above it, keep their value through the input and follow after the frame', async () => {
    const copies = Math.ceil((VIRTUAL_AFTER + 1) / 30);
    const { store } = await renderApp({ fetch: fixtureFetch({ 'claims.geojson': enlargedClaims(copies) }) });
    const all = String(11 * copies);
    await waitFor(() => expect(sideCount('Russia')).toBe(all));
    // settled: no follow-up or deferred render (the source panel's counts) left from the load,
    // which `act` would otherwise flush inside the step below
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_INTERVAL_MS + 50));
    });
    // the panels and the list do not render in the step's task: nothing in them is written
    // (React rewrites a checkbox's name and type whenever it commits to it)
    const panels = ['Reporting side', 'Event', 'Sources'].map((name) => screen.getByRole('group', { name }));
    const list = screen.getByRole('list', { name: 'Claims' });
    const observer = new MutationObserver(() => {});
    for (const element of [...panels, list])
      observer.observe(element, { subtree: true, attributes: true, characterData: true, childList: true });
    act(() => store.getState().setRange(LATE_2022));
    const written = observer.takeRecords();
    observer.disconnect();
    expect(written.map((record) => `${record.type} ${record.attributeName ?? ''}`)).toEqual([]);
    // the status line follows at once; the counts not yet
    expect(screen.getByRole('status').textContent).not.toBe(`Showing ${30 * copies} of ${30 * copies} claims`);
    expect(sideCount('Russia')).toBe(all);
    await waitFor(() => expect(Number(sideCount('Russia'))).toBeLessThan(11 * copies));
    expect(Number(sideCount('Russia')) % copies).toBe(0);
  });
});
