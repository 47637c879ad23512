// Issue 6 item 2, what a user sees: region-wide claims show how many they are, the badge
// lists them on click, and each place with claims gets its name where it fits.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, placedSymbols } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('a region area shows its count in a badge, and clicking it lists its claims', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const symbols = await placedSymbols(page);
  const kursk = symbols.find((symbol) => symbol.layer === 'claim-area-badges' && symbol.name === 'Kursk Oblast');
  expect(kursk?.n).toBeGreaterThan(1);
  await page.mouse.click(kursk?.x ?? 0, kursk?.y ?? 0);
  await page.getByRole('heading', { name: `${kursk?.n} claims at Kursk Oblast` }).waitFor();
  expect(browser.pageErrors).toEqual([]);
});

it('names the places with claims: at the default view the busy ones, zoomed in Komarovka by Sudzha too', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const names = (await placedSymbols(page)).filter((symbol) => symbol.layer === 'place-labels').map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Kharkiv', 'Kursk Oblast', 'Crimea', 'Avdiivka']));
  const zoomed = await openViewer(browser, inject('baseUrl'), '?map=6.5/51.2/35.3');
  const near = (await placedSymbols(zoomed)).filter((symbol) => symbol.layer === 'place-labels').map((s) => s.name);
  expect(near).toEqual(expect.arrayContaining(['Komarovka', 'Sudzha', 'Lgov', 'Kursk Oblast']));
});
