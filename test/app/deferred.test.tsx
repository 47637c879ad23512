// Issue 8, JavaScript before the first render: what the first frame with claims does not
// need (details, the article reader, the map's tooltip, playback, writing the URL…) is one
// chunk fetched after that frame (src/app/deferred/load-deferred.ts). What it holds still
// appears when the user opens it, and keyboard use is unchanged.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { deferredNow } from '../../src/app/deferred/load-deferred.ts';
import { liveMap } from './fake-map-adapter.ts';
import { renderApp } from './render-app.tsx';

/** For each time the chunk is fetched: was the first frame with claims drawn by then? */
const fetched = vi.hoisted(() => [] as boolean[]);
vi.mock('../../src/app/deferred/deferred.ts', async (importOriginal) => {
  const { afterFirstRender } = await import('../../src/app/perf.ts');
  let drawn = false;
  // Runs at once when that frame is drawn; else it would be late, and `drawn` stays false.
  afterFirstRender(() => {
    drawn = true;
  }, 60_000);
  fetched.push(drawn);
  return importOriginal();
});

describe('the deferred chunk', () => {
  it('is fetched once the first frame with claims is drawn, without anything asking for it', async () => {
    expect(deferredNow()).toBeNull();
    await renderApp();
    await vi.waitFor(() => expect(deferredNow()).not.toBeNull());
    expect(fetched).toEqual([true]);
  });

  it('a claim, its article and the map tooltip appear when the user opens them; focus goes and comes back', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    const item = within(screen.getByRole('list', { name: 'Claims' }))
      .getAllByRole('button')
      .find((button) => /RIA Novosti/.test(button.textContent ?? ''));
    if (!item) throw new Error('no RIA Novosti claim in the list');
    await user.click(item);
    const details = screen.getByRole('region', { name: 'Claim details' });
    expect((await within(details).findByText('Komarovka', { selector: 'mark' })).className).toBe('hl-place');

    const show = within(details).getByRole('button', { name: 'Show in article' });
    await user.click(show);
    const dialog = await screen.findByRole('dialog', { name: /Ukrainian troops surrender/ });
    expect(document.activeElement).toBe(dialog);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(show);

    const map = liveMap(maps);
    act(() => map.handlers.current.onHover({ claimId: 'a01_kursk:57', count: 1, point: { x: 20, y: 30 } }));
    expect((await screen.findByText(/^RIA Novosti \(Russia\)/)).closest('.map-tooltip')).toBeTruthy();
    act(() => map.handlers.current.onHover(null));
    expect(screen.queryByText(/^RIA Novosti \(Russia\)/)).toBeNull();
    expect(fetched).toEqual([true]);
  });
});
