/**
 * Inspections and remediation in the browser (issue 10 §3–4) against the real built server on a
 * fresh database with the demo: the province records an inspection whose penalty lowers a unit's
 * rank; a unit reports a remediation item with an uploaded file (on a phone) and the province
 * accepts it. Waits are on selectors and on named GraphQL operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, cardInset, horizontalOverflow, nextOperation, PHONE, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
let year2025Id = '';
const started = Date.now();
const screenshots: string[] = [];

interface RankRow {
  unitId: string;
  unitName: string;
  rank: number | null;
  index: number | null;
  sheetId: string;
}

async function ranking(groupId: string): Promise<RankRow[]> {
  const res = await admin.gql<{ ranking: { rows: RankRow[] } }>(
    'query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { rows { unitId unitName rank index sheetId } } }',
    { y: year2025Id, g: groupId },
  );
  return res.ranking.rows;
}

/** Vietnamese date as typed in the admin's date inputs. */
const viDate = (iso: string) => iso.split('-').reverse().join('/');

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  year2025Id = years.assessmentYears.find((y) => y.year === 2025)!.id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(
    `e2e accountability: ${((Date.now() - started) / 1000).toFixed(1)} s, server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`,
  );
});

describe('inspections and remediation in the browser', () => {
  it('the province records an inspection whose penalty on D.2 lowers a unit’s rank', async () => {
    // A ranked unit with no penalty on D.2 yet, whose next unit is less than 1.5 points of index behind.
    const groups = await admin.gql<{ assessmentYear: { groups: { id: string; name: string }[] } }>(
      'query($id: ID!) { assessmentYear(id: $id) { groups { id name } } }',
      { id: year2025Id },
    );
    let target: { row: RankRow; groupId: string } | null = null;
    for (const g of groups.assessmentYear.groups) {
      const rows = (await ranking(g.id)).filter((r) => r.rank !== null && r.index !== null).sort((a, b) => a.rank! - b.rank!);
      for (let i = 0; i + 1 < rows.length && !target; i++) {
        if (rows[i].index! - rows[i + 1].index! >= 1.5 || rows[i].rank === rows[i + 1].rank) continue;
        const sheet = await admin.gql<{
          scoreSheet: { entries: { code: string; finalPoints: number | null; enteredByAssessor: boolean }[] };
        }>('query($id: ID!) { scoreSheet(id: $id) { entries { code finalPoints enteredByAssessor } } }', { id: rows[i].sheetId });
        const d2 = sheet.scoreSheet.entries.find((e) => e.code === 'D.2');
        if (d2?.enteredByAssessor && !d2.finalPoints) target = { row: rows[i], groupId: g.id };
      }
      if (target) break;
    }
    expect(target, 'a ranked unit just ahead of the next one').not.toBeNull();
    const { row, groupId } = target!;

    const { page, close } = await signIn(browser, server.baseUrl, 'admin.qn');
    await page.getByRole('link', { name: 'Kiểm tra' }).first().click();
    await page.waitForURL(/\/accountability\/inspections/);
    await page.getByRole('heading', { name: 'Kiểm tra CCHC, kiểm tra công vụ' }).waitFor();
    if (!page.url().includes(year2025Id)) await page.goto(`${server.baseUrl}/accountability/inspections?year=${year2025Id}`);
    await page.getByTestId('inspection-1856/QĐ-UBND').waitFor(); // the demo's inspection of Sở Tư pháp
    await page.getByTestId('new-inspection').click();
    const form = page.getByTestId('inspection-form');
    await form.getByTestId('inspection-unit').locator('select').selectOption(row.unitId);
    await form.getByTestId('inspection-date').locator('input').fill(viDate('2025-11-20'));
    await form.getByLabel('Số quyết định / kết luận').fill('2100/QĐ-UBND');
    await form.getByLabel('Đoàn kiểm tra').fill('Đoàn kiểm tra CCHC tỉnh');
    await form.getByTestId('finding-text-0').fill('Chưa công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công');
    const leafSelect = form.getByTestId('finding-leaf-0').locator('select');
    await leafSelect.locator('option', { hasText: 'D.2' }).waitFor({ state: 'attached' });
    const d2 = await leafSelect.locator('option', { hasText: 'D.2' }).getAttribute('value');
    await leafSelect.selectOption(d2!);
    await form.getByTestId('finding-quantity-0').locator('input').fill('3');
    screenshots.push(await shot(page, 'acc-01-inspection-form'));
    const saved = nextOperation(page, 'SaveInspection');
    await form.getByTestId('save-inspection').click();
    const body = (await (await saved).json()) as { errors?: { message: string }[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const card = page.getByTestId('inspection-2100/QĐ-UBND').filter({ hasText: 'D.2' });
    await card.waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The card's text keeps clear of its frame (before: it touched the border, no padding).
    expect(await cardInset(card, card.locator(':scope > *'))).toBeGreaterThanOrEqual(8);
    screenshots.push(await shot(page, 'acc-02-inspection-list'));

    // The rank moved down in the stored results, in the same request.
    const after = (await ranking(groupId)).find((r) => r.unitId === row.unitId)!;
    expect(after.index!).toBeLessThan(row.index!);
    expect(after.rank!).toBeGreaterThan(row.rank!);

    // The penalty picker offers only leaves entered by the assessor (the server refuses the others, NOT_ASSESSOR_LEAF).
    await page.getByTestId('edit-inspection-2100/QĐ-UBND').click();
    await page.getByTestId('add-finding').click();
    await form.getByTestId('finding-text-1').fill('Thử trừ điểm vào tiêu chí do đơn vị tự chấm');
    const options = await form.getByTestId('finding-leaf-1').locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('1.1'))).toBe(false); // the picker offers assessor-entered leaves only
    await page.keyboard.press('Escape');
    await close();
  });

  it('a unit reports a remediation item with a file (on a phone), the province accepts it and it is closed', async () => {
    const officer = await apiAs(server.baseUrl, 'canbo.sotuphap');
    type Item = { id: string; title: string; status: string; overdue: boolean; availableActions: string[] };
    const items = async (api: Api) =>
      (
        await api.gql<{ remediationItems: Item[] }>(
          'query($y: ID!) { remediationItems(yearId: $y) { id title status overdue availableActions } }',
          { y: year2025Id },
        )
      ).remediationItems;
    const mine = await items(officer);
    const open = mine.find((i) => i.status === 'OPEN' && !i.overdue)!;
    expect(open, JSON.stringify(mine)).toBeTruthy();
    expect(mine.some((i) => i.overdue)).toBe(true);

    const phone = await signIn(browser, server.baseUrl, 'canbo.sotuphap', PHONE);
    const page = phone.page;
    await page.goto(`${server.baseUrl}/accountability/remediation?year=${year2025Id}`);
    await page.getByTestId('remediation-table').waitFor();
    // Overdue items are red (a red bar on the row, the deadline in red).
    const overdueRow = page.locator('tr.is-overdue').first();
    await overdueRow.waitFor();
    const [r, g] = (await overdueRow.locator('td.overdue').evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    expect(r - g).toBeGreaterThan(80);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    screenshots.push(await shot(page, 'acc-03-remediation-phone'));

    await page.getByTestId(`open-remediation-${open.id}`).click();
    const report = page.getByTestId('remediation-report');
    await report.waitFor();
    await report.getByTestId('report-text').fill('Đã niêm yết đầy đủ 3 thủ tục hành chính tại Bộ phận Một cửa');
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/files') && r.request().method() === 'POST');
    await report.getByTestId('file-input').setInputFiles({
      name: 'bien-ban-niem-yet.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    expect((await uploaded).status()).toBe(201);
    await report.getByRole('button', { name: 'bien-ban-niem-yet.pdf', exact: true }).waitFor();
    const sent = nextOperation(page, 'ActOnRemediation');
    await page.getByTestId('send-report').click();
    const sentBody = (await (await sent).json()) as { errors?: unknown[] };
    expect(sentBody.errors, JSON.stringify(sentBody.errors)).toBeUndefined();
    await page.locator(`[data-testid="remediation-row-${open.id}"]`, { hasText: 'Chờ chấp nhận' }).waitFor();
    screenshots.push(await shot(page, 'acc-04-reported-phone'));
    await phone.close();

    // The province opens it from its inbox link (?item=) and accepts it.
    const a = await signIn(browser, server.baseUrl, 'admin.qn');
    await a.page.goto(`${server.baseUrl}/`);
    const task = a.page
      .getByTestId('task-REVIEW_REMEDIATION')
      .filter({ hasText: open.title.slice(0, 40) })
      .locator('a');
    await task.waitFor();
    await task.click();
    await a.page.waitForURL(/\/accountability\/remediation/);
    const assess = a.page.getByTestId('remediation-assess');
    await assess.waitFor();
    await a.page.getByTestId('remediation-history').getByText('bien-ban-niem-yet.pdf').waitFor();
    screenshots.push(await shot(a.page, 'acc-05-accept'));
    const accepted = nextOperation(a.page, 'ActOnRemediation');
    await a.page.getByTestId('remediation-ACCEPT').click();
    const acceptedBody = (await (await accepted).json()) as { errors?: unknown[] };
    expect(acceptedBody.errors, JSON.stringify(acceptedBody.errors)).toBeUndefined();
    await a.page.locator(`[data-testid="remediation-row-${open.id}"]`, { hasText: 'Đã hoàn thành' }).waitFor();
    await a.close();

    const closed = (await items(officer)).find((i) => i.id === open.id)!;
    expect(closed).toMatchObject({ status: 'CLOSED', availableActions: [] });
  });
});
