// Issue 3 item 5 and issue 6: the map really drew the claims: it reached idle, claim
// features are rendered, and its pixels change when every side is switched off.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { mapPixels, openViewer, renderedClaims, SIDE_NAMES, sideCheckbox, statusCounts } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('draws the claims, and nothing once every side is off', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const { shown, total } = await statusCounts(page);
  expect(total).toBeGreaterThan(0);
  expect(shown).toBe(total);
  expect(await renderedClaims(page)).toBeGreaterThan(0);
  const before = await mapPixels(page);

  for (const side of SIDE_NAMES) await sideCheckbox(page, side).uncheck();
  expect(await statusCounts(page)).toEqual({ shown: 0, total });
  expect(await renderedClaims(page)).toBe(0);
  const after = await mapPixels(page);
  expect(after.equals(before)).toBe(false);
  expect(browser.pageErrors).toEqual([]);
});

it('records the first render with the User Timing API', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const measures = await page.evaluate(() =>
    performance.getEntriesByName('claims:first-render').map((entry) => entry.duration),
  );
  expect(measures).toHaveLength(1);
  expect(measures[0]).toBeGreaterThan(0);
});
