// Issue 6: a URL round trip restores the view; back/forward too; the details show the
// quote; invalid URL values fall back to defaults.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, sideCheckbox, statusCounts, waitForMap } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('the details show the selected claim’s quote', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const claims = await page.evaluate(async () => (await (await fetch('claims.geojson')).json()).features);
  const first = page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first();
  await first.getByRole('button').click();
  const details = page.getByRole('region', { name: 'Claim details' });
  const quote = (await details.locator('blockquote').textContent()) ?? '';
  expect(quote.length).toBeGreaterThan(0);
  expect(claims.some((claim: { properties: { quote: string } }) => claim.properties.quote === quote)).toBe(true);
});

it('"Show in article" opens the article, fetched from its article-texts file, with the quote marked', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first().getByRole('button').click();
  const details = page.getByRole('region', { name: 'Claim details' });
  const quote = (await details.locator('blockquote').textContent()) ?? '';
  const fetched = page.waitForResponse((response) => /\/article-texts\/\d+\.json$/.test(response.url()));
  await details.getByRole('button', { name: 'Show in article' }).click();
  expect((await fetched).status()).toBe(200);
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.locator('mark.hl-quote').textContent()).toBe(quote);
  expect(((await dialog.textContent()) ?? '').length).toBeGreaterThan(quote.length);
});

it('reload restores filters, dates, selection and map view from the URL', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  await sideCheckbox(page, 'Unknown').uncheck();
  const to = page.getByRole('slider', { name: 'To' });
  await to.focus();
  await page.keyboard.press('PageDown');
  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first().getByRole('button').click();
  const quote = await page.getByRole('region', { name: 'Claim details' }).locator('blockquote').textContent();
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -300);
  // the URL once it holds the view the map came to rest at (the selection's flight and the
  // zoom animate, and the URL follows them at most every 100 ms)
  await page.waitForFunction(() => {
    const map = window.__claimmap?.map;
    const view = new URLSearchParams(location.search).get('map')?.split('/').map(Number);
    if (!map || !view || map.isMoving()) return false;
    const [zoom = Number.NaN, lat = Number.NaN, lon = Number.NaN] = view;
    return (
      Math.abs(map.getZoom() - zoom) < 0.006 &&
      Math.abs(map.getCenter().lat - lat) < 1e-4 &&
      Math.abs(map.getCenter().lng - lon) < 1e-4
    );
  });
  const url = page.url();
  const counts = await statusCounts(page);
  const toText = await to.getAttribute('aria-valuetext');

  await page.reload();
  await waitForMap(page);
  expect(page.url()).toBe(url);
  expect(await statusCounts(page)).toEqual(counts);
  expect(await sideCheckbox(page, 'Unknown').isChecked()).toBe(false);
  expect(await page.getByRole('slider', { name: 'To' }).getAttribute('aria-valuetext')).toBe(toText);
  expect(await page.getByRole('region', { name: 'Claim details' }).locator('blockquote').textContent()).toBe(quote);
  const view = new URL(url).searchParams.get('map')?.split('/').map(Number) ?? [];
  const center = await page.evaluate(() => {
    const map = window.__claimmap?.map;
    return map ? [map.getZoom(), map.getCenter().lat, map.getCenter().lng] : [];
  });
  expect(center[0]).toBeCloseTo(view[0] ?? Number.NaN, 1);
  expect(center[1]).toBeCloseTo(view[1] ?? Number.NaN, 2);
});

it('back and forward restore the filters', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const all = await statusCounts(page);
  await sideCheckbox(page, 'Russia').uncheck();
  const fewer = await statusCounts(page);
  expect(fewer.shown).toBeLessThan(all.shown);
  await page.goBack();
  await expect.poll(() => statusCounts(page)).toEqual(all);
  expect(await sideCheckbox(page, 'Russia').isChecked()).toBe(true);
  await page.goForward();
  await expect.poll(() => statusCounts(page)).toEqual(fewer);
});

it('invalid URL values fall back to defaults', async () => {
  const page = await openViewer(browser, inject('baseUrl'), '?side=nonsense&from=2024-13-45&to=x&map=a/b/c&claim=nope');
  const { shown, total } = await statusCounts(page);
  expect(shown).toBe(total);
  expect(browser.pageErrors).toEqual([]);
});
