/** Render the whole app against the fake map and the fixture, and wait for the data. */
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { App } from '../../src/app/components/App.tsx';
import { createAppStore } from '../../src/app/store/create-app-store.ts';
import { fakeMapFactory } from './fake-map-adapter.ts';
import { fixtureFetch } from './fixture-fetch.ts';

export async function renderApp(options: { fetch?: typeof fetch; url?: string; waitFor?: RegExp } = {}) {
  if (options.url) window.history.replaceState(null, '', options.url);
  const factory = fakeMapFactory();
  const store = createAppStore();
  const result = render(
    <App createMapAdapter={factory.create} store={store} fetchImpl={options.fetch ?? fixtureFetch()} />,
  );
  const expected = options.waitFor ?? /^Showing \d+ of \d+ claims$/;
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(expected));
  return { ...result, store, maps: factory.maps };
}
