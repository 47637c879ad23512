// Issue 3 item 7: nothing at run time fetches from outside 127.0.0.1 (tiles, fonts,
// glyphs, sprites, favicons). The harness blocks and records every such request.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('a page load requests nothing from another host', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(inject('baseUrl'), { waitUntil: 'networkidle' });
  // Prove the page really loaded its data, so an empty request list cannot pass.
  expect(requested.some((url) => /claims\.(table\.json|geojson)$/.test(url))).toBe(true);
  expect(requested.some((url) => url.includes('basemap/countries.geojson'))).toBe(true);
  expect(browser.foreignRequests).toEqual([]);
});
