/**
 * Officials' daily use (issue 11) in Debian's Chromium against the real built server (fresh
 * SQLite, demo data): the score sheet on a 390×844 phone. One server and one browser for the
 * file; a 2026 year is copied from 2025 and opened through the API so the commune has a draft.
 * Waits are on selectors and on the GraphQL responses of named operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, horizontalOverflow, nextOperation, openYearFrom2025, PHONE, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
const screenshots: string[] = [];
const ctx = { provinceId: '', year2026Id: '' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  ctx.provinceId = admin.unitId;
  ctx.year2026Id = (await openYearFrom2025(admin, 2026)).yearId;
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`daily e2e: server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('officials’ daily use', () => {
  it('the score sheet on a 390×844 phone: cards, one-thumb targets, same autosave and keyboard', async () => {
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh', PHONE);
    const { page } = s;
    await page.goto(`${server.baseUrl}/score-sheets`);
    await page.waitForURL(/\/score-sheets\/[^/]+$/);
    await page.getByTestId('sheet-unit').waitFor();
    const firstLeaf = page.locator('tr.leaf').first();
    await firstLeaf.waitFor();

    // Cards, not a table that scrolls sideways.
    expect(await firstLeaf.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The top bar's controls all fit (sign-out everywhere moves into the menu).
    const topbarOverflow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.topbar > *')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getBoundingClientRect().right)
        .filter((right) => right > window.innerWidth),
    );
    expect(topbarOverflow).toEqual([]);
    screenshots.push(await shot(page, 'daily-01-phone-sheet'));

    // Title, value input and points of a numeric criterion are all on screen, full width, thumb-sized.
    const numeric = page.locator('tr.leaf[data-method="COUNT"][data-section="SCORED"], tr.leaf[data-method="PROPORTIONAL"]').first();
    const code = (await numeric.getAttribute('data-testid'))!.replace('leaf-', '');
    await numeric.scrollIntoViewIfNeeded();
    const input = numeric.locator('input[id^="val-"]');
    const [card, title, box, points] = await Promise.all([
      numeric.boundingBox(),
      numeric.locator('td.title').boundingBox(),
      input.boundingBox(),
      page.getByTestId(`self-${code}`).boundingBox(),
    ]);
    for (const b of [card, title, box, points]) {
      expect(b).not.toBeNull();
      expect(b!.x).toBeGreaterThanOrEqual(0);
      expect(b!.x + b!.width).toBeLessThanOrEqual(390);
    }
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThan(card!.width * 0.6);
    expect(await page.getByTestId(`self-${code}`).evaluate((el) => getComputedStyle(el, '::before').content)).toContain('Tự chấm');

    // Typing autosaves as on a laptop; Enter moves to the next value as on a laptop.
    const saved = nextOperation(page, 'SaveSelfAssessment');
    await input.tap();
    await input.fill('3');
    await input.press('Enter');
    const inputId = await input.getAttribute('id');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe(inputId);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-nav'))).toBe(true);
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
    await expect.poll(async () => page.getByTestId(`self-${code}`).textContent()).not.toMatch(/—/);

    // A yes/no criterion is answered by a tap on a 44 px button.
    const yesNo = page.locator('tr.leaf[data-method="YES_NO"][data-section="SCORED"]').first();
    await yesNo.scrollIntoViewIfNeeded();
    const yes = yesNo.getByTestId('yes');
    expect((await yes.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const savedYes = nextOperation(page, 'SaveSelfAssessment');
    await yes.tap();
    expect(((await (await savedYes).json()) as { errors?: unknown[] }).errors).toBeUndefined();
    expect(await yes.getAttribute('aria-checked')).toBe('true');

    // Evidence opens under its card, labelled, inside the screen.
    const yesCode = (await yesNo.getAttribute('data-testid'))!.replace('leaf-', '');
    const toggle = page.getByTestId(`expand-${yesCode}`);
    expect(await toggle.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('Tài liệu kiểm chứng');
    await toggle.tap();
    const detail = page.getByTestId(`detail-${yesCode}`);
    await detail.waitFor();
    const d = (await detail.boundingBox())!;
    expect(d.x + d.width).toBeLessThanOrEqual(390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    screenshots.push(await shot(page, 'daily-02-phone-evidence'));

    // The same page at a laptop width is still the table.
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await firstLeaf.evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    await s.close();
  });

  it('the bell: opening 2026 put a notification on the unit officer’s desk; it opens his 2026 sheet and is then read', async () => {
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh');
    const { page } = s;
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    await expect.poll(() => page.getByTestId('notification-badge').count(), { timeout: 30_000 }).toBe(1);
    const before = Number((await page.getByTestId('notification-badge').textContent()) ?? '0');
    expect(before).toBeGreaterThan(0);
    await bell.click();
    const opened = page.getByTestId('notification-panel').locator('[data-testid="notification-YEAR_OPENED"]').first();
    await opened.waitFor();
    expect(await opened.textContent()).toContain('Đã mở kỳ tự đánh giá');
    await opened.locator('a').click();
    await page.waitForURL(/\/score-sheets\/[^/]+$/);
    await page.getByTestId('sheet-unit').waitFor();
    expect(await page.getByTestId('sheet-unit').textContent()).toContain('An Sinh');
    await expect
      .poll(
        async () =>
          Number(
            (await page
              .getByTestId('notification-badge')
              .textContent()
              .catch(() => '0')) || '0',
          ),
        { timeout: 30_000 },
      )
      .toBeLessThan(before);
    screenshots.push(await shot(page, 'daily-09-notification'));
    await s.close();
  });
});
