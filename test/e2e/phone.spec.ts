/**
 * The accountability pages on a 390×844 phone (issue 11, issue 10): Kiểm tra (inspections), Thi
 * đua, khen thưởng (emulation) and the heads list, as the province administrator with the demo
 * data, in Debian's Chromium against the real built server (fresh SQLite). On each page nothing
 * scrolls sideways, the primary actions lie within the screen's width and open their dialog, and
 * the dialog's own actions are reachable too. Waits are on selectors, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { cardInset, horizontalOverflow, PHONE, shot, signIn, withinViewportWidth, type Session } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let session: Session;
const screenshots: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  session = await signIn(browser, server.baseUrl, 'admin.qn', PHONE);
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  const code = await server?.stop();
  console.log(`phone e2e: server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`);
});

async function expectNoSidewaysScroll(page: Page, where: string) {
  expect(await horizontalOverflow(page), `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
}

async function expectReachable(locator: Locator, what: string) {
  const r = await withinViewportWidth(locator);
  expect(r.ok, `${what} within the phone's width (${r.box})`).toBe(true);
  expect(await locator.isEnabled(), `${what} enabled`).toBe(true);
  const box = (await locator.boundingBox())!;
  expect(box.height, `${what}: a thumb-sized target`).toBeGreaterThanOrEqual(30);
}

/** Opens a dialog with `opener`, checks it and its `action` fit the screen, then closes it with Escape. */
async function checkDialog(page: Page, opener: Locator, action: string, name: string) {
  await opener.click();
  const dialog = page.locator('[role="dialog"]').last();
  await dialog.waitFor();
  const r = await withinViewportWidth(dialog);
  expect(r.ok, `${name} dialog within the phone's width (${r.box})`).toBe(true);
  await expectReachable(dialog.getByTestId(action), `${name}: ${action}`);
  await expectNoSidewaysScroll(page, `${name} dialog`);
  screenshots.push(await shot(page, `phone-${name}-dialog`));
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

describe('accountability pages on a 390 px phone', () => {
  it('Kiểm tra: the inspections list, “new inspection” and each inspection’s edit button are on screen', async () => {
    const { page } = session;
    await page.goto(`${server.baseUrl}/accountability/inspections`);
    await page.getByTestId('inspection-list').waitFor();
    expect(await page.evaluate(() => window.innerWidth)).toBe(390);
    await expectNoSidewaysScroll(page, 'inspections');
    await expectReachable(page.getByTestId('new-inspection'), 'new inspection');
    const first = page.locator('[data-testid^="inspection-"][data-testid*="/"]').first();
    await expectReachable(first.locator('[data-testid^="edit-inspection-"]'), 'edit inspection');
    await expectReachable(first.locator('[data-testid^="delete-inspection-"]'), 'delete inspection');
    // The card's text keeps clear of its frame (before: it touched the border, no padding).
    expect(await cardInset(first, first.locator(':scope > *'))).toBeGreaterThanOrEqual(8);
    screenshots.push(await shot(page, 'phone-inspections'));
    await checkDialog(page, page.getByTestId('new-inspection'), 'save-inspection', 'inspection');
  });

  it('Thi đua, khen thưởng: the year’s rule, the eligible list and the initiatives register work on a phone', async () => {
    const { page } = session;
    await page.goto(`${server.baseUrl}/emulation`);
    await page.locator('tr[data-testid^="eligible-row-"]').first().waitFor();
    await expectNoSidewaysScroll(page, 'emulation');
    await expectReachable(page.getByTestId('save-rule'), 'save the rule');
    await expectReachable(page.getByTestId('export-eligible'), 'export the eligible list');
    await expectReachable(page.getByTestId('add-initiative'), 'add an initiative');
    // The eligible table may scroll inside its own card, never the page; its unit column stays on screen.
    const unitCell = page.locator('tr[data-testid^="eligible-row-"] td').first();
    const r = await withinViewportWidth(unitCell);
    expect(r.ok, `eligible list's unit cell (${r.box})`).toBe(true);
    screenshots.push(await shot(page, 'phone-emulation'));
    await checkDialog(page, page.getByTestId('add-initiative'), 'initiative-save', 'initiative');
  });

  it('heads list: each unit a card with its head, figures and a full-width “update” button', async () => {
    const { page } = session;
    await page.goto(`${server.baseUrl}/accountability/heads`);
    const row = page.locator('tr[data-testid^="heads-row-"]').first();
    await row.waitFor();
    await expectNoSidewaysScroll(page, 'heads');
    await expectReachable(page.getByTestId('export-heads'), 'export the heads list');
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    // Every cell of the card lies within the screen, and the figures say what they are.
    const cells = await row
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => ({ right: td.getBoundingClientRect().right, label: td.getAttribute('data-label') })));
    for (const c of cells) expect(c.right).toBeLessThanOrEqual(390);
    expect(cells.filter((c) => c.label).length).toBeGreaterThanOrEqual(6);
    const edit = row.locator('[data-testid^="edit-heads-"]');
    await expectReachable(edit, 'update the unit’s heads');
    expect((await edit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    screenshots.push(await shot(page, 'phone-heads'));
    await checkDialog(page, edit, 'term-save', 'heads');
  });
});
