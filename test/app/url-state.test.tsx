// Issue 6 item 6: filters, range, selection and view live in the URL; reload and
// back/forward restore them; invalid values fall back to defaults.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { liveMap } from './fake-map-adapter.ts';
import { renderApp } from './render-app.tsx';

const status = () => screen.getByRole('status').textContent;

describe('URL state', () => {
  it('restores filters, dates, selection and the map view', async () => {
    const { maps } = await renderApp({
      url: '/?side=russia,ukraine&from=2024-08-01&to=2024-08-31&claim=a02_sbu%3A45&map=6.50/51.2000/35.1000',
      waitFor: /^Showing 11 of 30 claims$/,
    });
    expect(screen.getByRole('slider', { name: 'From' }).getAttribute('aria-valuetext')).toBe('2024-08-01');
    expect(screen.getByRole('slider', { name: 'To' }).getAttribute('aria-valuetext')).toBe('2024-08-17');
    // The details' code comes after the first render (deferred/load-deferred.ts).
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Claim details' }).querySelector('blockquote')?.textContent).toMatch(
        /^102 Russian conscripts/,
      ),
    );
    expect(liveMap(maps).initialView).toEqual({ zoom: 6.5, lat: 51.2, lon: 35.1 });
  });

  it('writes changes to the URL, and Back undoes them', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('checkbox', { name: /^Unknown/ }));
    // Written by url-write.ts, in the deferred chunk: at once once it is here.
    await waitFor(() => expect(window.location.search).toBe('?side=russia%2Cukraine%2Cindependent'));
    expect(status()).toBe('Showing 26 of 30 claims');
    act(() => window.history.back());
    await waitFor(() => expect(status()).toBe('Showing 30 of 30 claims'));
    expect((screen.getByRole('checkbox', { name: /^Unknown/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('map moves replace the URL (no history entry) and back/forward jump the map', async () => {
    const { maps } = await renderApp();
    const length = window.history.length;
    act(() => liveMap(maps).handlers.current.onMove({ zoom: 5, lat: 50, lon: 30 }));
    await waitFor(() => expect(window.location.search).toBe('?map=5.00%2F50.0000%2F30.0000'));
    expect(window.history.length).toBe(length);
  });

  it('a burst of replacements (a scrub, a drag) writes the URL once, with the latest state', async () => {
    const { maps } = await renderApp();
    const replace = vi.spyOn(window.history, 'replaceState');
    try {
      for (const zoom of [5, 5.5, 6]) act(() => liveMap(maps).handlers.current.onMove({ zoom, lat: 50, lon: 30 }));
      expect(replace).not.toHaveBeenCalled();
      await waitFor(() => expect(window.location.search).toBe('?map=6.00%2F50.0000%2F30.0000'));
      expect(replace).toHaveBeenCalledTimes(1);
    } finally {
      replace.mockRestore();
    }
  });

  it('invalid values fall back to defaults without a crash', async () => {
    await renderApp({ url: '/?side=%ZZ&from=2024-02-30&to=yesterday&map=99/999/9&claim=&event=bogus' });
    expect(status()).toBe('Showing 30 of 30 claims');
    expect(within(screen.getByRole('region', { name: 'Claim details' })).getByText(/Select a claim/)).toBeTruthy();
  });

  it('an unknown selected claim is dropped once the data is in', async () => {
    await renderApp({ url: '/?claim=no-such-claim' });
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});
