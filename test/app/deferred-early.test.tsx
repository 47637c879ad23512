// Issue 8: URL writing is in the chunk fetched after the first render
// (src/app/deferred/load-deferred.ts). A filter changed while the claims still load
// fetches it at once, and the change reaches the URL, as a history entry Back undoes.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { deferredNow } from '../../src/app/deferred/load-deferred.ts';
import { fixtureFetch } from './fixture-fetch.ts';
import { renderApp } from './render-app.tsx';

it('a filter changed before the first render reaches the URL, and Back undoes it', async () => {
  const user = userEvent.setup();
  const serve = fixtureFetch();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The claims are held back: no first frame until the filter is changed.
  const fetchImpl = (async (input: RequestInfo | URL) => {
    if (/claims\.(table\.json|geojson)$/.test(String(input))) await held;
    return serve(input);
  }) as typeof fetch;
  const app = renderApp({ fetch: fetchImpl });
  expect(deferredNow()).toBeNull();
  const length = window.history.length;
  await user.click(await screen.findByRole('checkbox', { name: /^Unknown/ }));
  await waitFor(() => expect(window.location.search).toBe('?side=russia%2Cukraine%2Cindependent'));
  expect(window.history.length).toBe(length + 1);
  release();
  await app;
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing 26 of 30 claims'));
  act(() => window.history.back());
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing 30 of 30 claims'));
  expect(window.location.search).toBe('');
});
