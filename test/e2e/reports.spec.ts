/**
 * Periodic reports in Debian's Chromium against the real built server (fresh SQLite, demo data):
 * the department's officer sends the report that is still due from his phone and sees it on
 * time; the province administrator sees it on time in the matrix, then applies the penalty of the
 * commune's missing half-year report at the click (once), and the commendation page lists the
 * published year's eligible units. Waits are on selectors and on named GraphQL operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, nextOperation, PHONE, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
let officer: Api;
const years: Record<number, string> = {};
const screenshots: string[] = [];

type Matrix = {
  periods: { id: string; title: string }[];
  rows: { unitId: string; unitCode: string; cells: { status: string | null; penaltyApplied: boolean }[] }[];
};
const MATRIX = `query($y: ID!) { reportMatrix(yearId: $y) { periods { id title } rows { unitId unitCode cells { status penaltyApplied } } } }`;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  officer = await apiAs(server.baseUrl, 'canbo.sotuphap');
  const found = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    {
      p: admin.unitId,
    },
  );
  for (const y of found.assessmentYears) years[y.year] = y.id;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`reports e2e screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('periodic reports and commendation in the browser', () => {
  it('a unit sends its report on time from a phone and the province sees it on time', async () => {
    const before = (await admin.gql<{ reportMatrix: Matrix }>(MATRIX, { y: years[2025] })).reportMatrix;
    const summary = before.periods.find((p) => p.title.startsWith('Báo cáo tổng kết'))!;
    const s = await signIn(browser, server.baseUrl, 'canbo.sotuphap', PHONE);
    const { page } = s;
    const loaded = nextOperation(page, 'ReportMatrix');
    await page.goto(`${server.baseUrl}/reports?year=${years[2025]}`);
    await loaded;
    const item = page.getByTestId(`my-report-${summary.id}`);
    await expect.poll(() => item.getByTestId('my-report-status').textContent()).toMatch(/Chưa đến hạn/);
    await item.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = page.getByTestId('report-dialog');
    await dialog.getByTestId('report-summary').fill('Tổng kết: hoàn thành 100% nhiệm vụ trong kế hoạch CCHC năm 2025.');
    await dialog.getByTestId('report-file').setInputFiles({
      name: 'Bao cao tong ket CCHC 2025.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nbao cao tong ket\n%%EOF'),
    });
    const sent = nextOperation(page, 'SubmitPeriodicReport');
    await dialog.getByTestId('report-send').click();
    const body = (await (await sent).json()) as { data?: { submitPeriodicReport: { status: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.submitPeriodicReport.status).toBe('ON_TIME');
    await expect.poll(() => dialog.getByTestId('report-dialog-status').textContent()).toMatch(/Đúng hạn/);
    screenshots.push(await shot(page, 'reports-01-unit-phone'));
    await s.close();

    const p = await signIn(browser, server.baseUrl, 'admin.qn');
    const matrixLoaded = nextOperation(p.page, 'ReportMatrix');
    await p.page.goto(`${server.baseUrl}/reports?year=${years[2025]}`);
    await matrixLoaded;
    const stp = before.rows.find((r) => r.unitId === officer.unitId)!;
    const cell = p.page.getByTestId(`cell-${stp.unitCode}-${summary.id}`);
    await expect.poll(() => cell.getAttribute('data-status')).toBe('ON_TIME');
    await cell.click();
    await p.page.getByTestId('report-dialog').getByText('Bao cao tong ket CCHC 2025.pdf').waitFor();
    await p.page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    screenshots.push(await shot(p.page, 'reports-02-matrix'));
    await p.close();
  }, 180_000);

  it('the province applies the penalty of a missing report at the click, once', async () => {
    const before = (await admin.gql<{ reportMatrix: Matrix }>(MATRIX, { y: years[2025] })).reportMatrix;
    const h1 = before.periods.findIndex((p) => p.title.startsWith('Báo cáo CCHC 6 tháng'));
    const commune = before.rows.find((r) => r.cells[h1].status === 'MISSING' && !r.cells[h1].penaltyApplied)!;
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'ReportMatrix');
    await page.goto(`${server.baseUrl}/reports?year=${years[2025]}`);
    await loaded;
    const cell = page.getByTestId(`cell-${commune.unitCode}-${before.periods[h1].id}`);
    await expect.poll(() => cell.getAttribute('data-status')).toBe('MISSING');
    await cell.click();
    const applied = nextOperation(page, 'ApplyReportPenalty');
    await page.getByTestId('report-apply-penalty').click();
    const body = (await (await applied).json()) as { data?: { applyReportPenalty: { penaltyApplied: boolean } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.applyReportPenalty.penaltyApplied).toBe(true);
    // The dialog now offers the withdrawal, not a second penalty; the matrix marks the cell.
    await page.getByTestId('report-remove-penalty').waitFor();
    expect(await page.getByTestId('report-apply-penalty').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    await expect.poll(() => cell.textContent()).toMatch(/Đã trừ điểm/);
    screenshots.push(await shot(page, 'reports-03-penalty'));
    // A second click through the API changes nothing: one record, from the report.
    await admin.gql('mutation($p: ID!, $u: ID!) { applyReportPenalty(periodId: $p, unitId: $u) { penaltyApplied } }', {
      p: before.periods[h1].id,
      u: commune.unitId,
    });
    const sheet = await admin.gql<{
      scoreSheetFor: { entries: { code: string; assessorRecords: { sourceType: string; sourceId: string }[] }[] };
    }>('query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { entries { code assessorRecords { sourceType sourceId } } } }', {
      y: years[2025],
      u: commune.unitId,
    });
    expect(sheet.scoreSheetFor.entries.find((e) => e.code === 'D.1')!.assessorRecords).toEqual([
      { sourceType: 'REPORT', sourceId: before.periods[h1].id },
    ]);
    await s.close();
  }, 180_000);

  it('the commendation page lists the published year’s units with their verdict and the initiatives', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'EmulationList');
    await page.goto(`${server.baseUrl}/emulation?year=${years[2024]}`);
    const body = (await (await loaded).json()) as { data?: { emulationList: { rows: { eligible: boolean }[] } } };
    expect(body.data!.emulationList.rows.length).toBeGreaterThan(0);
    await page.getByTestId('eligible-list').locator('tbody tr').first().waitFor();
    await page.getByTestId('initiatives').getByText('Một cửa số thông minh', { exact: false }).waitFor();
    screenshots.push(await shot(page, 'reports-04-emulation'));
    await s.close();
  }, 180_000);
});
