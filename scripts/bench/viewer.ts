/**
 * Viewer figures in real Chromium on the production build (issue 8 item 2): first
 * render, date scrubs of 30 steps (ours vs a naive setData re-upload of pre-filtered
 * GeoJSON, same page, same windows, three scrubs of each in turn), and the bytes
 * transferred before the first render.
 * Data from gen:claims; served gzipped by a tiny static server on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dayToIso } from '../../src/pipeline/filter/iso-day.ts';
import { launchBrowser, type TestBrowser } from '../../test/e2e/harness/browser.ts';
import { serveStatic } from './static-server.ts';
import { type Row, row } from './stats.ts';

export function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A copy of the built app with N generated claims. */
export function site(appDir: string, workDir: string, count: number): string {
  const dir = join(workDir, `site-${count}`);
  cpSync(appDir, dir, { recursive: true });
  run('npx', ['tsx', 'scripts/gen-claims.ts', '--count', String(count), '--seed', '1', '--out-dir', dir]);
  return dir;
}

type Load = { firstRender: number; js: number; data: number; css: number; heap: number };

/** tsx keeps function names with a `__name` helper that page.evaluate code lacks. */
export async function benchBrowser(): Promise<TestBrowser> {
  const browser = await launchBrowser();
  await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return browser;
}

export async function loadOnce(browser: TestBrowser, url: string): Promise<Load> {
  const page = await browser.newPage({ width: 1280, height: 800 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('claims:first-render').length > 0, null, {
    timeout: 120_000,
  });
  const load = await page.evaluate(() => {
    const measure = performance.getEntriesByName('claims:first-render')[0] as PerformanceEntry;
    const end = measure.startTime + measure.duration;
    const sum = (test: (name: string) => boolean) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.responseEnd <= end && test(new URL(entry.name).pathname))
        .reduce((total, entry) => total + entry.transferSize, 0);
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      firstRender: measure.duration,
      js: sum((path) => /\.m?js$/.test(path)),
      data: sum((path) => /\.(json|geojson)$/.test(path) && !path.includes('/basemap/')),
      css: sum((path) => path.endsWith('.css')),
      heap: memory ? memory.usedJSHeapSize / 1e6 : Number.NaN,
    };
  });
  await page.close();
  return load;
}

async function filterMeasures(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('claims:filter').length);
}

/** Steps per scrub, and scrubs per size (each method's figures pool all of them). */
const SCRUB_STEPS = 30;
const SCRUB_ROUNDS = 3;

/**
 * The windows of a scrub that starts at day `from` (31 days wide): the To and From thumbs
 * step a day in turn, as `scrubOurs` moves them, so an even number of steps moves it by half
 * as many days.
 */
export function scrubWindows(from: number, steps: number): [string, string][] {
  const windows: [string, string][] = [];
  let [a, b] = [from, from + 30];
  for (let step = 0; step < steps; step += 1) {
    if (step % 2 === 0) b += 1;
    else a += 1;
    windows.push([dayToIso(a), dayToIso(b)]);
  }
  return windows;
}

/** Keyboard steps, alternating the To and From thumbs: a sliding window. */
async function scrubOurs(page: Page, steps: number): Promise<number[]> {
  const durations: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    const before = await filterMeasures(page);
    const slider = page.getByRole('slider', { name: step % 2 === 0 ? 'To' : 'From' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((count) => performance.getEntriesByName('claims:filter').length > count, before, {
      timeout: 30_000,
    });
    const last = await page.evaluate(() => performance.getEntriesByName('claims:filter').at(-1)?.duration ?? NaN);
    durations.push(last);
  }
  return durations;
}

type NaiveFeature = {
  type: 'Feature';
  geometry: unknown;
  properties: { side: unknown; count: unknown; date: string; end: string };
};

/** The same windows by re-uploading a pre-filtered GeoJSON to a plain circle layer. */
async function scrubNaive(page: Page, windows: [string, string][]): Promise<number[]> {
  return page.evaluate(async (ranges) => {
    const handle = window.__claimmap;
    if (!handle) throw new Error('no __claimmap');
    const { map } = handle;
    handle.setClaimsVisible(false);
    // fetched and prepared once per page (not timed): every scrub filters the same features
    const cache = window as unknown as { __naiveFeatures?: NaiveFeature[] };
    cache.__naiveFeatures ??= await (async () => {
      const response = await fetch('claims.geojson');
      const collection = (await response.json()) as {
        features: { geometry: unknown; properties: Record<string, unknown> }[];
      };
      return collection.features
        .filter((feature) => feature.geometry !== null)
        .map((feature) => ({
          type: 'Feature' as const,
          geometry: feature.geometry,
          properties: {
            side: feature.properties.side,
            count: feature.properties.count,
            date: feature.properties.date as string,
            end: (feature.properties.dateEnd ?? feature.properties.date) as string,
          },
        }));
    })();
    const features = cache.__naiveFeatures;
    const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
    map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'naive',
      type: 'circle',
      source: 'naive',
      paint: {
        'circle-color': [
          'match',
          ['get', 'side'],
          'russia',
          '#d55e00',
          'ukraine',
          '#0072b2',
          'independent',
          '#009e73',
          '#999999',
        ],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['ln', ['+', 1, ['coalesce', ['get', 'count'], 0]]],
          0,
          4,
          9.2,
          17,
        ],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    });
    await idle();
    const durations: number[] = [];
    for (const [from, to] of ranges) {
      const start = performance.now();
      const shown = features.filter((feature) => feature.properties.date <= to && feature.properties.end >= from);
      // biome-ignore lint/suspicious/noExplicitAny: GeoJSON typing in the page
      (map.getSource('naive') as any).setData({ type: 'FeatureCollection', features: shown });
      map.triggerRepaint();
      await idle();
      durations.push(performance.now() - start);
    }
    map.removeLayer('naive');
    map.removeSource('naive');
    handle.setClaimsVisible(true);
    return durations;
  }, windows);
}

export async function benchViewer(
  appDir: string,
  workDir: string,
  log: (line: string) => void,
  options: { shots: string | null },
): Promise<Row[]> {
  const rows: Row[] = [];
  const browser = await benchBrowser();
  try {
    for (const count of [10_000, 100_000]) {
      const label = `${count / 1000}k`;
      log(`viewer: ${label} claims`);
      const dir = site(appDir, workDir, count);
      const server = await serveStatic(dir);
      try {
        const loads: Load[] = [];
        for (let run = 0; run < (count >= 100_000 ? 4 : 5); run += 1) loads.push(await loadOnce(browser, server.url));
        rows.push(
          row(
            `viewer ${label}: first render`,
            'ms',
            loads.map((load) => load.firstRender),
          ),
        );
        rows.push(
          row(
            `viewer ${label}: JS before first render`,
            'kB gzip',
            loads.map((load) => load.js / 1000),
            {
              note: 'incl. maplibre worker',
            },
          ),
        );
        rows.push(
          row(
            `viewer ${label}: data before first render`,
            'kB gzip',
            loads.map((load) => load.data / 1000),
          ),
        );
        rows.push(
          row(
            `viewer ${label}: JS heap after first render`,
            'MB',
            loads.map((load) => load.heap),
          ),
        );

        const table = JSON.parse(readFileSync(join(dir, 'claims.table.json'), 'utf8')) as { dayDelta: number[] };
        const first = table.dayDelta[0] ?? 0;
        const last = table.dayDelta.reduce((sum, value) => sum + value, 0);
        const from = Math.round((first + last) / 2) - 15;
        const page = await browser.newPage({ width: 1280, height: 800 });
        await page.goto(`${server.url}?from=${dayToIso(from)}&to=${dayToIso(from + 30)}`);
        await page.waitForFunction(() => performance.getEntriesByName('claims:first-render').length > 0, null, {
          timeout: 120_000,
        });
        await page.waitForTimeout(500);
        // Several scrubs, ours and the naive one in turn over the same windows: one scrub's
        // median moves by whole frames from run to run (a step takes one frame or two).
        const ours: number[] = [];
        const naive: number[] = [];
        for (let round = 0; round < SCRUB_ROUNDS; round += 1) {
          const windows = scrubWindows(from + (round * SCRUB_STEPS) / 2, SCRUB_STEPS);
          const roundOurs = await scrubOurs(page, SCRUB_STEPS);
          if (options.shots && round === 0) {
            mkdirSync(options.shots, { recursive: true });
            await page.screenshot({ path: join(options.shots, `scrub-${label}.png`) });
          }
          const roundNaive = await scrubNaive(page, windows);
          const [a, b] = [row('', '', roundOurs).median, row('', '', roundNaive).median];
          log(
            `viewer ${label}: scrub ${round + 1}: ours ${a.toFixed(1)} ms, naive ${b.toFixed(1)} ms (${(b / a).toFixed(1)}×)`,
          );
          ours.push(...roundOurs);
          naive.push(...roundNaive);
        }
        const naiveMedian = row('', '', naive).median;
        rows.push(
          row(`viewer ${label}: scrub step, input → frame (ours)`, 'ms', ours, {
            naive: naiveMedian,
            note: `${SCRUB_ROUNDS} scrubs of ${SCRUB_STEPS} steps, 31-day window`,
          }),
        );
        rows.push(row(`viewer ${label}: scrub step, naive setData of pre-filtered GeoJSON`, 'ms', naive));
        if (options.shots) {
          const full = await browser.newPage({ width: 1280, height: 800 });
          await full.goto(server.url);
          await full.waitForFunction(() => performance.getEntriesByName('claims:first-render').length > 0);
          await full.waitForTimeout(1500);
          await full.screenshot({ path: join(options.shots, `all-${label}.png`) });
          await full.close();
        }
        await page.close();
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
