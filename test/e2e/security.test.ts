// Issue 7 item 3: the production page carries a Content-Security-Policy allowing only
// its own origin, and the viewer works under it (no violation while it loads and is used).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, renderedClaims } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
});
afterAll(async () => {
  await browser?.close();
});

it('the page has a self-only CSP and runs under it without a violation', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/https?:\/\//);
  expect(await renderedClaims(page)).toBeGreaterThan(0);
  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first().getByRole('button').click();
  await page.getByRole('button', { name: /show in article/i }).click();
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations).toEqual([]);
});

it('the CSP blocks an inline script injected into the page', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
