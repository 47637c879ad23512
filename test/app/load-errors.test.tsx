// Issue 6 item 9, issue 3 item 8, issue 7 item 3: missing, malformed and empty claims
// files give a clear message on the page, never a blank map.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureFetch } from './fixture-fetch.ts';
import { renderApp } from './render-app.tsx';

describe('loading errors and empty states', () => {
  it('no claims file: the honest empty state', async () => {
    await renderApp({ fetch: fixtureFetch({ 'claims.geojson': null }), waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toContain('No claims yet: run npm run build:data');
  });

  it('an empty claims file: the same empty state', async () => {
    const empty = JSON.stringify({ type: 'FeatureCollection', features: [] });
    await renderApp({ fetch: fixtureFetch({ 'claims.geojson': empty }), waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toBe('No claims yet: run npm run build:data');
  });

  it('a file that is not JSON: says so', async () => {
    await renderApp({ fetch: fixtureFetch({ 'claims.geojson': '{"type": "Feat' }), waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toContain('The claims file claims.geojson is not valid JSON.');
  });

  it('JSON that breaks the contract: says where', async () => {
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: { id: 1 } }],
    });
    await renderApp({ fetch: fixtureFetch({ 'claims.geojson': bad }), waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toMatch(/claims\.geojson .*features\.0\.properties/);
  });

  it('the dev server’s HTML fallback counts as missing', async () => {
    const html = (async () =>
      new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } })) as typeof fetch;
    await renderApp({ fetch: html, waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toContain('No claims yet');
  });

  it('a claims file too large to read: says so, without reading it whole', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const huge = (async (input: RequestInfo | URL) =>
      String(input).endsWith('claims.table.json')
        ? new Response(endless, { status: 200, headers: { 'content-type': 'application/json' } })
        : new Response('not found', { status: 404 })) as typeof fetch;
    await renderApp({ fetch: huge, waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toContain('claims.table.json is too large');
    expect(pulled).toBeLessThan(300);
  });

  it('a declared Content-Length over the limit is refused before reading', async () => {
    const declared = (async (input: RequestInfo | URL) =>
      String(input).endsWith('claims.table.json')
        ? new Response('{}', { status: 200, headers: { 'content-length': String(2 ** 40) } })
        : new Response('not found', { status: 404 })) as typeof fetch;
    await renderApp({ fetch: declared, waitFor: /Showing 0 of 0/ });
    expect(screen.getByRole('alert').textContent).toContain('too large');
  });

  it('places, articles and sources are optional', async () => {
    await renderApp({
      fetch: fixtureFetch({ 'places.geojson': null, 'articles.json': null, 'sources.json': 'oops' }),
      waitFor: /Showing 30 of 30/,
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
