/**
 * Domain driver for the viewer's end-to-end specs (STYLE.md "generic helper / domain
 * driver / specs"): open the viewer, wait for the map, count what it drew. The browser
 * itself comes from ./harness/browser.ts, the only playwright-core importer.
 */
import type { Page } from 'playwright-core';
import type { TestBrowser } from './harness/browser.ts';

// window.__claimmap is declared in src/app/map/create-maplibre-adapter.ts.

export async function openViewer(
  browser: TestBrowser,
  baseUrl: string,
  query = '',
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${baseUrl}${query}`);
  await waitForMap(page);
  return page;
}

/** Resolves when the viewer's map has drawn its claims once. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__claimmap !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.__claimmap?.ready);
  await page
    .getByRole('status')
    .filter({ hasText: /^Showing \d+ of \d+ claims$/ })
    .waitFor();
}

/** Wait until the map has rendered everything pending (its next `idle`). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__claimmap?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Resolves once the map has not rendered for `quietMs`, counted in the page's own time. A
 * fixed wait on the test's side is not enough: under load the page can fall behind, and a
 * repaint it owes (the badges' update 400 ms after a filter change, a resize) comes later.
 */
export async function waitForQuiet(page: Page, quietMs = 800): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        const map = window.__claimmap?.map;
        if (!map) return resolve();
        let last = performance.now();
        const onRender = () => {
          last = performance.now();
        };
        map.on('render', onRender);
        const check = () => {
          const idleFor = performance.now() - last;
          if (idleFor >= quiet) {
            map.off('render', onRender);
            resolve();
          } else setTimeout(check, quiet - idleFor);
        };
        setTimeout(check, quiet);
      }),
    quietMs,
  );
}

/**
 * How many distinct claims the map drew on screen, after it is idle: the claims behind
 * the marks the claims overlay (a canvas over the map) drew in its last frame (issue 8).
 */
export async function renderedClaims(page: Page): Promise<number> {
  return (await renderedClaimIds(page)).length;
}

export async function renderedClaimIds(page: Page): Promise<string[]> {
  await waitForIdle(page);
  return page.evaluate(() => {
    const handle = window.__claimmap;
    if (!handle) throw new Error('no window.__claimmap');
    return [...new Set(handle.drawnClaimIds())];
  });
}

/** "Showing N of M claims" as numbers. */
export async function statusCounts(page: Page): Promise<{ shown: number; total: number }> {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: /^Showing/ })
      .textContent()) ?? '';
  const match = /^Showing (\d+) of (\d+) claims$/.exec(text);
  if (!match) throw new Error(`unexpected status: ${text}`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

/** PNG of the map region, after the map is idle. */
export async function mapPixels(page: Page): Promise<Buffer> {
  await waitForIdle(page);
  return page.getByRole('region', { name: 'Map' }).screenshot();
}

export function sideCheckbox(page: Page, side: 'Russia' | 'Ukraine' | 'Independent' | 'Unknown') {
  return page.getByRole('group', { name: 'Reporting side' }).getByRole('checkbox', { name: new RegExp(`^${side}`) });
}

export const SIDE_NAMES = ['Russia', 'Ukraine', 'Independent', 'Unknown'] as const;

/** Badges and place labels the map placed on screen, with their position in the page. */
export type PlacedSymbol = { layer: string; name: string; n: number; area: boolean; x: number; y: number };

export async function placedSymbols(page: Page): Promise<PlacedSymbol[]> {
  await waitForIdle(page);
  return page.evaluate(() => {
    const map = window.__claimmap?.map;
    if (!map) throw new Error('no window.__claimmap');
    const box = map.getCanvas().getBoundingClientRect();
    return map
      .queryRenderedFeatures({ layers: ['claim-spots', 'claim-area-badges', 'place-labels'] })
      .map((feature) => {
        const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const { x, y } = map.project([lon, lat]);
        return {
          layer: feature.layer.id,
          name: String(feature.properties.name),
          n: Number(feature.properties.n),
          area: Boolean(feature.properties.area),
          x: box.left + x,
          y: box.top + y,
        };
      });
  });
}
