// Issue 6 item 7: usable at 375 px: the map, the list, and filters and dates in a drawer.
// Screenshots go to test-results/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, renderedClaims, statusCounts } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

it('at 375 px the map draws and the filters open in a drawer', async () => {
  const page = await openViewer(browser, inject('baseUrl'), '', { width: 375, height: 740 });
  expect(await renderedClaims(page)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/viewer-375.png' });

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);

  const toggle = page.getByRole('button', { name: 'Filters & dates' });
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const russia = page.getByRole('group', { name: 'Reporting side' }).getByRole('checkbox', { name: /^Russia/ });
  await russia.uncheck();
  await page.screenshot({ path: 'test-results/viewer-375-drawer.png' });
  await page.keyboard.press('Escape');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');

  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first().getByRole('button').click();
  const { shown } = await statusCounts(page);
  expect(shown).toBeGreaterThan(0);
  await page.getByRole('region', { name: 'Claim details' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/viewer-375-details.png', fullPage: true });
});

it('a desktop screenshot with a claim selected', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first().getByRole('button').click();
  await renderedClaims(page);
  await page.screenshot({ path: 'test-results/viewer-1280.png' });
});
