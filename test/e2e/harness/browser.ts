/**
 * The only module that imports playwright-core: launch the system's Chromium with
 * software WebGL2 (SwiftShader) and record every request that leaves 127.0.0.1.
 *
 * Specs use it like:
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage({ width: 1280, height: 800 });
 *   await page.goto(`${baseUrl}?side=russia`);
 *   ...; expect(browser.foreignRequests).toEqual([]); await browser.close();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../../../scripts/ensure-chromium.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export interface TestBrowser {
  context: BrowserContext;
  /** URLs of requests to any host other than 127.0.0.1 / localhost: each was blocked. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors, for clear failure messages. */
  pageErrors: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export function isLocalUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs`');
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimmap-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  };
  context.on('page', watch);
  return {
    context,
    foreignRequests,
    pageErrors,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
