/**
 * The accountability gaps in the browser, against the real built server on a fresh database with
 * the demo: the province gives a remediation item from a leaf that lost points on an appraised
 * sheet ("Giao khắc phục", pre-filled) and the row shows its state; the unit sees the state, in
 * red when overdue, and no action; the unit's own Kiểm tra page lists its inspections across
 * years with the remediation state and deadline (1366×768 and a 390 px phone) and links to where
 * it reports, as its inbox does. Waits are on selectors and named GraphQL operations, never sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, cardInset, horizontalOverflow, nextOperation, openSheet, PHONE, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
let officer: Api;
let years: { id: string; year: number }[] = [];
const started = Date.now();
const screenshots: string[] = [];

type Row = { criterionId: string; criterionCode: string; canAssign: boolean; suggestedTitle: string | null };
type SheetNode = { id: string; unitId: string; unitName: string; status: string; leafRemediation: Row[] };

async function sheetsOf(api: Api, yearId: string): Promise<SheetNode[]> {
  const res = await api.gql<{ scoreSheets: { edges: { node: SheetNode }[] } }>(
    `query($y: ID!) { scoreSheets(yearId: $y, first: 500) { edges { node { id unitId unitName status
      leafRemediation { criterionId criterionCode canAssign suggestedTitle } } } } }`,
    { y: yearId },
  );
  return res.scoreSheets.edges.map((e) => e.node);
}

/** Red text: the red channel well above the green one. */
async function isRed(locator: Locator): Promise<boolean> {
  const [r, g] = (await locator.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
  return r - g > 80;
}

/** Vietnamese date as the admin shows it. */
const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** The Vietnam calendar day `days` from today. */
const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  officer = await apiAs(server.baseUrl, 'canbo.sotuphap');
  const res = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  years = res.assessmentYears;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(
    `e2e accountability gaps: ${((Date.now() - started) / 1000).toFixed(1)} s, server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`,
  );
});

describe('remediation from the sheet and the unit’s inspections in the browser', () => {
  it('the province gives an item from a reduced leaf of an appraised sheet; the row then shows its state', async () => {
    // An appraised sheet with a leaf that lost points and no appraisal item yet, and a leaf that did not.
    let target: { sheet: SheetNode; row: Row } | null = null;
    for (const y of [...years].sort((a, b) => b.year - a.year)) {
      for (const sheet of await sheetsOf(admin, y.id)) {
        const row = sheet.leafRemediation.find((r) => r.canAssign);
        if (row && !target) target = { sheet, row };
      }
      if (target) break;
    }
    expect(target, 'an appraised sheet with a leaf that lost points').not.toBeNull();
    const { sheet, row } = target!;
    const reduced = new Set(sheet.leafRemediation.map((r) => r.criterionCode));

    const { page, close } = await signIn(browser, server.baseUrl, 'admin.qn');
    await openSheet(page, server.baseUrl, sheet.id);
    const button = page.getByTestId(`assign-remediation-${row.criterionCode}`);
    await button.waitFor();
    // Only leaves that lost points carry the action.
    const codes = await page.locator('tr.leaf').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!.slice(5)));
    const plain = codes.find((c) => !reduced.has(c))!;
    expect(plain).toBeTruthy();
    expect(await page.getByTestId(`assign-remediation-${plain}`).count()).toBe(0);
    await button.scrollIntoViewIfNeeded();
    screenshots.push(await shot(page, 'gaps-01-sheet-row-action'));

    await button.click();
    const form = page.getByTestId('remediation-form');
    await form.waitFor();
    // Pre-filled: the unit, the source, the leaf, the appraisers' opinion and a default deadline.
    const selects = form.locator('select');
    expect(await selects.nth(0).inputValue()).toBe(sheet.unitId);
    expect(await selects.nth(1).inputValue()).toBe('APPRAISAL');
    await selects.nth(2).locator(`option[value="${row.criterionId}"]`).waitFor({ state: 'attached' });
    expect(await selects.nth(2).inputValue()).toBe(row.criterionId);
    expect(await form.getByLabel('Nội dung phải khắc phục').inputValue()).toBe(row.suggestedTitle);
    screenshots.push(await shot(page, 'gaps-02-sheet-row-dialog'));
    const created = nextOperation(page, 'CreateRemediationItem');
    await form.getByTestId('remediation-create').click();
    const body = (await (await created).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();

    const state = page.getByTestId(`leaf-remediation-${row.criterionCode}`);
    await state.filter({ hasText: `Đang khắc phục – hạn ${viDate(vnDay(60))}` }).waitFor();
    expect(await button.count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    screenshots.push(await shot(page, 'gaps-03-sheet-row-state'));
    await close();
  });

  it('the unit sees the state of its items on its sheet (overdue in red) and no action', async () => {
    const y2024 = years.find((y) => y.year === 2024)!;
    const own = (await sheetsOf(officer, y2024.id)).find((s) => s.unitId === officer.unitId)!;
    expect(own.leafRemediation.every((r) => !r.canAssign)).toBe(true);
    const { page, close } = await signIn(browser, server.baseUrl, 'canbo.sotuphap');
    await openSheet(page, server.baseUrl, own.id);
    // The demo's 2024 item on D.2 is still open past its deadline.
    const d2 = page.getByTestId('leaf-remediation-D.2');
    await d2.filter({ hasText: 'Đang khắc phục – hạn 31/03/2025' }).waitFor();
    expect(await d2.textContent()).toMatch(/Quá hạn \d+ ngày/);
    expect(await isRed(d2.locator('.badge'))).toBe(true);
    expect(await page.locator('[data-testid^="assign-remediation-"]').count()).toBe(0);
    screenshots.push(await shot(page, 'gaps-04-unit-sheet-state'));
    await close();
  });

  it('the unit’s own Kiểm tra page lists its inspections across years and links to where it reports (1366×768, then a phone)', async () => {
    const { page, close } = await signIn(browser, server.baseUrl, 'canbo.sotuphap');
    await page.getByRole('navigation').getByRole('link', { name: 'Kiểm tra' }).click();
    await page.waitForURL(/\/accountability\/my-inspections/);
    await page.getByRole('heading', { name: 'Kiểm tra đối với đơn vị' }).waitFor();
    const i2025 = page.getByTestId('unit-inspection-1856/QĐ-UBND');
    const i2024 = page.getByTestId('unit-inspection-1533/QĐ-UBND');
    await i2025.waitFor();
    await i2024.waitFor();
    expect(await i2025.textContent()).toContain('Năm 2025');
    expect(await i2025.textContent()).toContain('Đoàn kiểm tra CCHC tỉnh (Sở Nội vụ chủ trì)');
    expect(await i2024.textContent()).toContain('Năm 2024');
    // Newest first; the penalty applied on D.2; the 2024 item still open past 31/03/2025 in red, the closed one without a deadline alarm.
    const order = await page
      .locator('[data-testid^="unit-inspection-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.indexOf('unit-inspection-1856/QĐ-UBND')).toBeLessThan(order.indexOf('unit-inspection-1533/QĐ-UBND'));
    await i2025.getByTestId('penalty-D.2').waitFor();
    const late = i2024.getByTestId('finding-deadline').filter({ hasText: 'Hạn khắc phục 31/03/2025' });
    expect(await late.textContent()).toContain('Quá hạn');
    expect(await isRed(late)).toBe(true);
    expect(await i2024.textContent()).toContain('Đã hoàn thành');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await cardInset(i2025, i2025.locator(':scope > *'))).toBeGreaterThanOrEqual(8);
    screenshots.push(await shot(page, 'gaps-05-unit-inspections'));

    // From an open finding to the report form of its item.
    await i2025.getByRole('link', { name: 'Báo cáo khắc phục' }).first().click();
    await page.waitForURL(/\/accountability\/remediation\?.*item=/);
    await page.getByTestId('remediation-report').waitFor();
    await close();

    const phone = await signIn(browser, server.baseUrl, 'canbo.sotuphap', PHONE);
    await phone.page.goto(`${server.baseUrl}/accountability/my-inspections`);
    const phoneCard = phone.page.getByTestId('unit-inspection-1533/QĐ-UBND');
    await phoneCard.waitFor();
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    expect(await cardInset(phoneCard, phoneCard.locator(':scope > *'))).toBeGreaterThanOrEqual(8);
    screenshots.push(await shot(phone.page, 'gaps-06-unit-inspections-phone'));
    await phone.close();
  });

  it('the unit’s inbox links an open item to its report form', async () => {
    const { page, close } = await signIn(browser, server.baseUrl, 'canbo.sotuphap');
    await page.goto(`${server.baseUrl}/`);
    const task = page.getByTestId('task-REMEDIATE').first().locator('a');
    await task.waitFor();
    await task.click();
    await page.waitForURL(/\/accountability\/remediation\?.*item=/);
    await page.getByTestId('remediation-report').waitFor();
    await close();
  });
});
