// Issue 6 tests: each filter changes the status count and the map; the slider moves by
// keyboard. Data-agnostic: works on the seed claims and on the fixture.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openViewer, renderedClaims, statusCounts } from './claimmap-driver.ts';
import { launchBrowser, type TestBrowser } from './harness/browser.ts';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Apply a filter change; check the status and the map both dropped, then reload. */
async function expectNarrows(change: (page: Page) => Promise<void>): Promise<void> {
  const page = await openViewer(browser, inject('baseUrl'));
  const before = await statusCounts(page);
  const drawnBefore = await renderedClaims(page);
  await change(page);
  const after = await statusCounts(page);
  expect(after.total).toBe(before.total);
  expect(after.shown).toBeLessThan(before.shown);
  expect(await renderedClaims(page)).toBeLessThan(drawnBefore);
  await page.close();
}

it('a side checkbox', async () => {
  await expectNarrows(async (page) => {
    // the side with the most claims: its count follows its name
    const group = page.getByRole('group', { name: 'Reporting side' });
    const boxes = await group.getByRole('checkbox').all();
    const counts = await Promise.all(
      boxes.map(async (box) => Number((await box.locator('xpath=..').textContent())?.match(/(\d+)\s*$/)?.[1] ?? 0)),
    );
    await boxes[counts.indexOf(Math.max(...counts))]?.uncheck();
  });
});

it('a source "only" button', async () => {
  await expectNarrows(async (page) => {
    await page
      .getByRole('group', { name: 'Sources' })
      .getByRole('button', { name: /^Only / })
      .first()
      .click();
  });
});

it('an event type', async () => {
  await expectNarrows(async (page) => {
    const events = page.getByRole('group', { name: 'Event' });
    const boxes = await events.getByRole('checkbox').all();
    for (const box of boxes) {
      const count = Number((await box.locator('xpath=..').textContent())?.match(/(\d+)\s*$/)?.[1] ?? 0);
      if (count > 0) {
        await box.uncheck();
        return;
      }
    }
  });
});

it('the date slider, by keyboard', async () => {
  await expectNarrows(async (page) => {
    const to = page.getByRole('slider', { name: 'To' });
    const end = await to.getAttribute('aria-valuetext');
    await to.focus();
    await page.keyboard.press('Home');
    const start = await to.getAttribute('aria-valuetext');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(start).not.toBe(end);
    await page.keyboard.press('ArrowRight');
    const next = new Date(`${start}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(await to.getAttribute('aria-valuetext')).toBe(next.toISOString().slice(0, 10));
  });
});

it('records claims:filter measures for filter changes', async () => {
  const page = await openViewer(browser, inject('baseUrl'));
  await page.getByRole('group', { name: 'Reporting side' }).getByRole('checkbox').first().uncheck();
  await renderedClaims(page);
  const measures = await page.evaluate(() => performance.getEntriesByName('claims:filter').length);
  expect(measures).toBeGreaterThan(0);
});
