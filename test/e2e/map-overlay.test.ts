// Issue 8: the claim marks are drawn in a canvas over the map. A date-slider step redraws
// that canvas alone (MapLibre does not repaint), the marks sit exactly where the map
// projects their places, also after a pan, and they still answer the pointer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, waitForIdle, waitForQuiet } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Avdiivka: one Ukraine claim at a settlement, a lone blue mark. */
const AVDIIVKA = 'Avdiivka';

/** Where the map projects a claim's place, and the overlay's pixel there (RGBA). */
async function overlayAt(page: Page, place: string) {
  return page.evaluate(async (name) => {
    const handle = window.__claimmap;
    if (!handle) throw new Error('no window.__claimmap');
    const claims = (await (await fetch('claims.geojson')).json()).features as {
      properties: { place: string };
      geometry: { coordinates: [number, number] };
    }[];
    const claim = claims.find((feature) => feature.properties.place === name);
    if (!claim) throw new Error(`no claim at ${name}`);
    const { x, y } = handle.map.project(claim.geometry.coordinates);
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.claims-overlay');
    const context = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !context) throw new Error('no overlay');
    const ratio = canvas.width / canvas.clientWidth;
    const pixel = Array.from(context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data);
    const box = handle.map.getCanvas().getBoundingClientRect();
    return { x, y, pageX: box.left + x, pageY: box.top + y, pixel, ratio: window.devicePixelRatio, scale: ratio };
  }, place);
}

function isUkraineBlue([r, g, b, a]: number[]): boolean {
  // #0072b2 at 0.85 opacity over a transparent canvas
  return (a ?? 0) > 150 && (b ?? 0) > 150 && (r ?? 255) < 60 && (g ?? 0) > 80 && (g ?? 255) < 140;
}

it('draws each mark where the map projects its place, at the device pixel ratio, also after a pan', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const before = await overlayAt(page, AVDIIVKA);
  expect(before.scale).toBeCloseTo(before.ratio);
  expect(isUkraineBlue(before.pixel)).toBe(true);
  await page.evaluate(() => window.__claimmap?.map.panBy([120, -60], { animate: false }));
  await waitForIdle(page);
  const after = await overlayAt(page, AVDIIVKA);
  expect(after.x).toBeCloseTo(before.x - 120, 0);
  expect(isUkraineBlue(after.pixel)).toBe(true);
  expect(browser.pageErrors).toEqual([]);
});

it('a date-slider step redraws the overlay alone and records claims:filter; the map does not repaint', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  // The first step out of "all dates" shows a reset button, which resizes the map: a
  // repaint that is not the step's. Steps after it are what a scrub is made of.
  await page.keyboard.press('PageUp');
  await page.getByRole('button', { name: 'All dates' }).waitFor();
  // Everything that step owes the map (the badges' update 400 ms after it, the resize) is
  // drawn before the measured step begins.
  await waitForIdle(page);
  await waitForQuiet(page);
  // The observer is in place before the key is pressed (awaited), so the step's measure
  // cannot come before it; the result is collected afterwards.
  await page.evaluate(() => {
    const map = window.__claimmap?.map;
    // when each repaint happened: the observer's callback may come late, after the badges'
    // update (400 ms after a change) has repainted the map, so the repaints counted are those
    // up to 100 ms after the measure's end (a repaint the step asked for comes within a frame)
    const renders: number[] = [];
    map?.on('render', () => {
      renders.push(performance.now());
    });
    (window as unknown as { stepResult: Promise<{ renders: number[]; measure: number }> }).stepResult = new Promise(
      (resolve, reject) => {
        setTimeout(() => reject(new Error('no claims:filter measure within 10 s of the step')), 10_000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((candidate) => candidate.name === 'claims:filter');
          if (!entry) return;
          observer.disconnect();
          const end = entry.startTime + entry.duration;
          // relative to the step's input, so that a failure says when the repaint came
          const counted = renders.filter((time) => time <= end + 100).map((time) => Math.round(time - entry.startTime));
          resolve({ renders: counted, measure: entry.duration });
        }).observe({ type: 'measure' });
      },
    );
  });
  await page.keyboard.press('PageUp');
  const { renders, measure } = await page.evaluate(
    () => (window as unknown as { stepResult: Promise<{ renders: number[]; measure: number }> }).stepResult,
  );
  expect(renders, 'repaints (ms after the input) up to 100 ms after the measure').toEqual([]);
  expect(measure).toBeGreaterThan(0);
});

it('a click on a mark in the overlay selects its claim', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const { pageX, pageY } = await overlayAt(page, AVDIIVKA);
  await page.mouse.click(pageX, pageY);
  await page.waitForFunction(() => new URLSearchParams(location.search).has('claim'));
  const details = page.getByRole('region', { name: 'Claim details' });
  await expect.poll(async () => (await details.textContent()) ?? '').toContain(AVDIIVKA);
});
