/**
 * The admin in Debian's Chromium against the real built server (fresh SQLite, demo data):
 * one server and one browser for the whole file; the steps run in order and build on each
 * other (the year created in step 1 is the one the commune fills in step 2, …).
 * Waits are on selectors and on the GraphQL responses of named operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, nextOperation, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
const started = Date.now();
const screenshots: string[] = [];

/** Filled in by the steps. */
const ctx = {
  provinceId: '',
  year2025Id: '',
  year2026Id: '',
  groupId: '',
  ansinhUnitId: '',
  sheetId: '',
};

const SHEET_FIELDS =
  'id status version unitName entries { criterionId code declaredValue selfPoints round1Points round2Points finalPoints }';

interface SheetView {
  id: string;
  status: string;
  version: number;
  unitName: string;
  entries: { criterionId: string; code: string; declaredValue: string | null; selfPoints: number | null; finalPoints: number | null }[];
}

async function sheetViaApi(api: Api, id: string): Promise<SheetView> {
  return (await api.gql<{ scoreSheet: SheetView }>(`query($id: ID!) { scoreSheet(id: $id) { ${SHEET_FIELDS} } }`, { id })).scoreSheet;
}

async function confirmAction(page: Page, action: string, operation: string, expectedStatus: string) {
  await page.getByTestId(`action-${action}`).click();
  const done = nextOperation(page, operation);
  await page.getByTestId('confirm').click();
  const res = await done;
  const body = (await res.json()) as { errors?: { message: string }[] };
  expect(body.errors, `${action}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  await page.getByTestId('sheet-status').filter({ hasText: expectedStatus }).waitFor();
}

/** A value every method accepts, by the leaf's method (penalties declare "none"). */
function valueFor(method: string, section: string): string | null {
  const penalty = section === 'PENALTY';
  switch (method) {
    case 'COUNT':
      return penalty ? '0' : '2';
    case 'RATIO_TIERS':
    case 'PROPORTIONAL':
      return penalty ? '0' : '100';
    case 'DEDUCTION':
      return '0';
    case 'MANUAL':
      return penalty ? '0' : '0,25';
    default:
      return null;
  }
}

async function fillAllLeaves(page: Page): Promise<number> {
  const rows = page.locator('tr.leaf');
  const n = await rows.count();
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const method = (await row.getAttribute('data-method')) ?? '';
    const section = (await row.getAttribute('data-section')) ?? '';
    if (method === 'SURVEY' || section === 'SURVEY') continue;
    // Leaves entered by the assessor (issue 10: e.g. D.2, inspection penalties) are read-only for the unit.
    if ((await row.locator('[data-testid^="by-assessor-"]').count()) > 0) continue;
    if (method === 'YES_NO') {
      await row.getByTestId(section === 'PENALTY' ? 'no' : 'yes').click();
    } else if (method === 'LEVELS') {
      await row.locator('select').selectOption({ index: 1 });
    } else {
      const value = valueFor(method, section);
      if (value === null) continue;
      await row.locator('input[id^="val-"]').fill(value);
    }
    filled++;
  }
  return filled;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  ctx.provinceId = admin.unitId;
  const years = await admin.gql<{ assessmentYears: { id: string; year: number; status: string }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year status } }',
    { p: ctx.provinceId },
  );
  const y2025 = years.assessmentYears.find((y) => y.year === 2025);
  if (!y2025) throw new Error(`the demo seed has no 2025 year: ${JSON.stringify(years)}`);
  ctx.year2025Id = y2025.id;
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s, server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('admin in the browser (real server, fresh database, demo data)', () => {
  it('signs in in Vietnamese and shows the org tree', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    screenshots.push(await shot(page, '01-login'));
    await context.close();

    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    await s.page.goto(`${server.baseUrl}/org-units`);
    await s.page.getByText('Quảng Ninh').first().waitFor();
    screenshots.push(await shot(s.page, '02-org-tree'));
    await s.close();
  });

  it('(1) a province admin creates next year from last year, changes a weight, and the totals update', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/years`);
    await page.getByTestId('create-year').click();
    await page.locator('input[name="source"]').first().check();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-year').locator('input').fill('2026');
    await page.getByTestId('wizard-next').click();
    const created = nextOperation(page, 'CreateYear');
    await page.getByTestId('wizard-create').click();
    await created;
    await page.waitForURL(/\/years\/[^/]+$/);
    ctx.year2026Id = page.url().split('/').pop()!;
    await page.getByTestId('year-status').waitFor();
    screenshots.push(await shot(page, '03-year-setup'));

    const year = await admin.gql<{ assessmentYear: { model: string; groups: { id: string; code: string; memberSubtypes: string[] }[] } }>(
      'query($id: ID!) { assessmentYear(id: $id) { model groups { id code memberSubtypes } } }',
      { id: ctx.year2026Id },
    );
    const wards =
      year.assessmentYear.groups.find((g) => g.memberSubtypes.includes('phường')) ??
      year.assessmentYear.groups.find((g) => g.code === 'WARDS');
    expect(wards, JSON.stringify(year)).toBeDefined();
    ctx.groupId = wards!.id;

    await page.goto(`${server.baseUrl}/criteria?year=${ctx.year2026Id}&group=${ctx.groupId}`);
    const totals = page.getByTestId('set-totals');
    await totals.waitFor();
    const before = (await totals.textContent())!.replace(/\s+/g, ' ');
    // Area 1's weight +1: the set total follows at once (and warns it no longer adds up)…
    const firstLeafMax = page.getByTestId('node-max').first();
    const original = await firstLeafMax.inputValue();
    const bumped = String(Number(original.replace(',', '.')) + 1).replace('.', ',');
    await firstLeafMax.fill(bumped);
    await expect.poll(async () => (await totals.textContent())!.replace(/\s+/g, ' ')).not.toBe(before);
    await page.getByTestId('total-warning').waitFor();
    screenshots.push(await shot(page, '04-criteria-editor'));
    // …and back, so the set stays valid for opening the year.
    await firstLeafMax.fill(original);
    await expect.poll(async () => (await totals.textContent())!.replace(/\s+/g, ' ')).toBe(before);
    await s.close();

    // Open the new year for self-assessment (year setup is the other module's screen; the
    // transition goes through the API so this suite does not depend on its wording).
    const roster = await admin.raw('mutation($id: ID!) { buildRoster(yearId: $id) { added } }', { id: ctx.year2026Id });
    expect(roster.errors, JSON.stringify(roster.errors)).toBeUndefined();
    const opened = await admin.raw('mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to warnings } }', {
      id: ctx.year2026Id,
    });
    expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
  });

  it('(2)+(5) a commune officer fills and submits; an out-of-range value shows a Vietnamese error and saves nothing', async () => {
    const officer = await apiAs(server.baseUrl, 'canbo.ansinh');
    ctx.ansinhUnitId = officer.unitId;
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh');
    const { page } = s;
    await page.goto(`${server.baseUrl}/score-sheets`);
    await page.waitForURL(/\/score-sheets\/[^/]+$/);
    ctx.sheetId = page.url().split('/').pop()!;
    await page.getByTestId('sheet-unit').waitFor();
    const mine = await sheetViaApi(officer, ctx.sheetId);
    expect(mine.status).toBe('DRAFT');

    // (5) 150 % in a percent leaf: Vietnamese error, nothing sent.
    const percentRow = page.locator('tr.leaf[data-method="PROPORTIONAL"], tr.leaf[data-method="RATIO_TIERS"]').first();
    const percentCode = (await percentRow.getAttribute('data-testid'))!.replace('leaf-', '');
    await percentRow.locator('input[id^="val-"]').fill('150');
    await expect.poll(async () => percentRow.getByTestId('value-error').textContent()).toMatch(/phải từ 0 đến 100%/);
    await page.getByTestId('invalid-count').waitFor();
    screenshots.push(await shot(page, '05-score-sheet-error'));
    // A valid value elsewhere is saved (the invalid one is not part of that save).
    const yesRow = page.locator('tr.leaf[data-method="YES_NO"][data-section="SCORED"]').first();
    const yesCode = (await yesRow.getAttribute('data-testid'))!.replace('leaf-', '');
    const saved = nextOperation(page, 'SaveSelfAssessment');
    await yesRow.getByTestId('yes').click();
    const savedBody = (await (await saved).json()) as { errors?: unknown[] };
    expect(savedBody.errors, JSON.stringify(savedBody.errors)).toBeUndefined();
    await page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
    const afterBad = await sheetViaApi(officer, ctx.sheetId);
    expect(afterBad.entries.find((e) => e.code === percentCode)?.declaredValue ?? null).toBeNull();
    expect(afterBad.entries.find((e) => e.code === yesCode)?.declaredValue).toBe('1');

    // Evidence: a wrong type is refused in Vietnamese before upload; a PDF goes to POST /files
    // and its id is saved with the leaf.
    await page.getByTestId(`expand-${yesCode}`).click();
    const evidence = page.getByTestId(`evidence-${yesCode}`);
    await evidence
      .getByTestId('file-input')
      .setInputFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect.poll(async () => evidence.getByTestId('upload-error').first().textContent()).toContain('không đúng định dạng cho phép');
    const withFile = nextOperation(page, 'SaveSelfAssessment');
    await evidence.getByTestId('file-input').setInputFiles({
      name: 'ke-hoach-cchc.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await evidence.getByText('ke-hoach-cchc.pdf').waitFor();
    await withFile;

    // (2) fill every leaf; totals follow as we type.
    const totalBefore = await page.getByTestId('total-self').textContent();
    const filled = await fillAllLeaves(page);
    expect(filled).toBeGreaterThan(10);
    expect(await page.getByTestId('total-self').textContent()).not.toBe(totalBefore);
    await expect.poll(async () => page.getByTestId('invalid-count').count()).toBe(0);
    screenshots.push(await shot(page, '06-score-sheet'));
    // Issue 10: the officer cannot submit alone; he asks the head, who attests and submits himself.
    expect(await page.getByTestId('action-SUBMIT').count()).toBe(0);
    const asked = nextOperation(page, 'RequestAttestation');
    await page.getByTestId('request-attestation').click();
    expect(((await (await asked).json()) as { errors?: unknown[] }).errors).toBeUndefined();
    await page.getByTestId('attestation-status').filter({ hasText: 'Đã đề nghị xác nhận' }).waitFor();
    const h = await signIn(browser, server.baseUrl, 'truong.ansinh');
    await h.page.goto(`${server.baseUrl}/score-sheets/${ctx.sheetId}`);
    await h.page.getByTestId('attest-confirm').check();
    const attested = nextOperation(h.page, 'AttestScoreSheet');
    await h.page.getByTestId('attest-button').click();
    expect(((await (await attested).json()) as { errors?: unknown[] }).errors).toBeUndefined();
    await h.page.getByTestId('attestation-status').filter({ hasText: 'Đã xác nhận' }).waitFor();
    screenshots.push(await shot(h.page, '06a-head-attests'));
    await confirmAction(h.page, 'SUBMIT', 'SubmitSelfAssessment', 'Đã nộp');
    await h.page
      .getByTestId('attestation-recorded')
      .filter({ hasText: 'Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác' })
      .waitFor();
    await h.close();
    await page.reload();
    await page.getByTestId('sheet-status').filter({ hasText: 'Đã nộp' }).waitFor();
    const submitted = await sheetViaApi(officer, ctx.sheetId);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.entries.find((e) => e.code === percentCode)?.declaredValue).toBe('100');
    // Right after submitting, the officer sees his own points, marked provisional: no rank, no
    // classification, no head rating, no appraised index (issue 8 §2; the server sends none).
    await page.getByTestId('provisional').filter({ hasText: 'Tạm tính' }).waitFor();
    expect(await page.getByTestId('index-final').count()).toBe(0);
    expect(await page.getByTestId('total-final').count()).toBe(0);
    const sheetText = await page.locator('main').innerText();
    expect(sheetText).not.toMatch(/Không hoàn thành nhiệm vụ|Hoàn thành (tốt |xuất sắc )?nhiệm vụ|Chỉ số thẩm định|Xếp loại|Hạng \d/);
    screenshots.push(await shot(page, '06b-score-sheet-submitted'));
    // The results page for the year in progress: his own row only, provisional, without rank or classification.
    await page.goto(`${server.baseUrl}/results?year=${ctx.year2026Id}`);
    await page.getByTestId('provisional-note').waitFor();
    const rowsShown = page.locator('tbody tr', { has: page.getByTestId('unit') });
    await expect.poll(() => rowsShown.count()).toBe(1);
    expect((await rowsShown.first().getByTestId('unit').textContent())?.trim()).toBe('Phường An Sinh');
    expect((await rowsShown.first().getByTestId('rank').textContent())?.trim()).toBe('—');
    expect(await rowsShown.first().innerText()).not.toMatch(/Yếu|Kém|Trung bình|Khá|Xuất sắc|Không hoàn thành/);
    await s.close();
  });

  it('(3) the province appraiser appraises and requests an explanation, the unit answers, the chair approves', async () => {
    // Appraiser: from the dashboard to the sheet.
    const a = await signIn(browser, server.baseUrl, 'thamdinh.qn');
    await a.page.goto(`${server.baseUrl}/progress?year=${ctx.year2026Id}`);
    const row = a.page.locator('[data-testid="progress-table"] tbody tr', { hasText: 'An Sinh' }).first();
    await row.waitFor();
    screenshots.push(await shot(a.page, '07-dashboard-province'));
    await row.locator('a').first().click();
    await a.page.waitForURL(new RegExp(`/score-sheets/${ctx.sheetId}$`));
    await confirmAction(a.page, 'START_APPRAISAL', 'StartAppraisal', 'Đang thẩm định');

    // Override one leaf: a note is required before it is saved.
    const leaf = a.page.locator('tr.leaf[data-method="YES_NO"][data-section="SCORED"]').nth(1);
    const code = (await leaf.getAttribute('data-testid'))!.replace('leaf-', '');
    await a.page.getByTestId(`appr-${code}`).fill('0');
    await a.page.getByTestId('note-required').waitFor();
    const saved = nextOperation(a.page, 'SaveAppraisal');
    await a.page.getByTestId(`appr-note-${code}`).fill('Chưa có văn bản kiểm chứng');
    await saved;
    const accepted = nextOperation(a.page, 'SaveAppraisal');
    await a.page.getByTestId('accept-remaining').click();
    await accepted;
    await a.page.getByTestId('total-final').waitFor();
    screenshots.push(await shot(a.page, '08-appraisal'));
    // The cell's history: who changed it, before → after, why.
    await a.page.getByTestId(`history-${code}`).click();
    const trail = a.page.getByTestId('audit-list');
    await trail.filter({ hasText: 'Chưa có văn bản kiểm chứng' }).waitFor();
    screenshots.push(await shot(a.page, '08b-audit-drawer'));
    await a.page.keyboard.press('Escape');
    await trail.waitFor({ state: 'detached' });

    // Request an explanation of the overridden leaf.
    await a.page.getByTestId(`expand-${code}`).click();
    await a.page.getByTestId(`request-${code}`).check();
    await a.page.getByTestId(`request-note-${code}`).fill('Đề nghị bổ sung quyết định ban hành kế hoạch');
    await confirmAction(a.page, 'REQUEST_EXPLANATION', 'RequestExplanation', 'Đề nghị giải trình');

    // The unit answers.
    const u = await signIn(browser, server.baseUrl, 'canbo.ansinh');
    await u.page.goto(`${server.baseUrl}/score-sheets/${ctx.sheetId}`);
    const answer = u.page.getByTestId(`explanation-${code}`);
    await answer.waitFor();
    const savedExplanation = nextOperation(u.page, 'SaveExplanation');
    await answer.fill('Đơn vị đã ban hành Kế hoạch số 12/KH-UBND ngày 10/01; xin gửi kèm.');
    await savedExplanation;
    // The head attests the explanation (issue 10) before the officer sends it.
    const head = await signIn(browser, server.baseUrl, 'truong.ansinh');
    await head.page.goto(`${server.baseUrl}/score-sheets/${ctx.sheetId}`);
    await head.page.getByTestId('attest-confirm').check();
    const attestedExplanation = nextOperation(head.page, 'AttestScoreSheet');
    await head.page.getByTestId('attest-button').click();
    expect(((await (await attestedExplanation).json()) as { errors?: unknown[] }).errors).toBeUndefined();
    await head.close();
    await u.page.reload();
    await confirmAction(u.page, 'SUBMIT_EXPLANATION', 'SubmitExplanation', 'Đã giải trình');
    await u.close();

    // Round 2: the appraiser accepts the explanation (the unit's points again, with a note).
    await a.page.reload();
    await a.page.getByTestId(`appr-${code}`).waitFor();
    const selfPoints = (await a.page.getByTestId(`self-${code}`).textContent())!.trim();
    await a.page.getByTestId(`appr-${code}`).fill(selfPoints);
    await a.page.getByTestId('note-required').waitFor(); // differs from round 1: a note first
    const round2 = nextOperation(a.page, 'SaveAppraisal');
    await a.page.getByTestId(`appr-note-${code}`).fill('Chấp nhận giải trình');
    const round2Body = (await (await round2).json()) as { errors?: unknown[] };
    expect(round2Body.errors, JSON.stringify(round2Body.errors)).toBeUndefined();
    await confirmAction(a.page, 'COMPLETE_APPRAISAL', 'CompleteAppraisal', 'Đã thẩm định');
    await a.close();

    // The chair approves.
    const c = await signIn(browser, server.baseUrl, 'chutich.qn');
    await c.page.goto(`${server.baseUrl}/score-sheets/${ctx.sheetId}`);
    await confirmAction(c.page, 'APPROVE', 'ApproveScoreSheet', 'Đã phê duyệt');
    await c.close();
    expect((await sheetViaApi(admin, ctx.sheetId)).status).toBe('APPROVED');
  });

  it('(4) the ranking shows the new result and the XLSX export downloads', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/results?year=${ctx.year2026Id}&group=${ctx.groupId}`);
    // The approved sheet is ranked with the index the server stored for it.
    const stored = await admin.gql<{ scoreSheet: { totals: { index: number } } }>(
      'query($id: ID!) { scoreSheet(id: $id) { totals { index } } }',
      {
        id: ctx.sheetId,
      },
    );
    const indexText = stored.scoreSheet.totals.index.toFixed(2).replace('.', ',');
    const ansinh = page.locator('tr', { hasText: 'An Sinh' }).first();
    await ansinh.filter({ hasText: indexText }).waitFor();
    expect((await ansinh.getByTestId('rank').textContent())?.trim()).toMatch(/^\d+$/);
    // The charts are drawn on request (ECharts loads only then): both drawn (ECharts' SVG in
    // place of "Đang tải biểu đồ…") before the screenshot.
    expect(await page.locator('figure.chart').count()).toBe(0);
    await page.getByTestId('toggle-charts').click();
    await expect.poll(() => page.locator('figure.chart[data-ready="true"] svg').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.getByText('Đang tải biểu đồ').count()).toBe(0);
    screenshots.push(await shot(page, '09-ranking'));
    const download = page.waitForEvent('download');
    await page.getByTestId('export-ranking').click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    const head = readFileSync(path).subarray(0, 2).toString('latin1');
    expect(head).toBe('PK');
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await s.close();
  });

  it('(6) a commune officer cannot open another commune’s sheet by URL', async () => {
    const list = await admin.gql<{ scoreSheets: { edges: { node: { id: string; unitId: string; unitName: string } }[] } }>(
      'query($y: ID!) { scoreSheets(yearId: $y, first: 50) { edges { node { id unitId unitName } } } }',
      { y: ctx.year2025Id },
    );
    const other = list.scoreSheets.edges.map((e) => e.node).find((n) => n.unitId !== ctx.ansinhUnitId && /^(Phường|Xã)/.test(n.unitName));
    expect(other).toBeDefined();
    const officer = await apiAs(server.baseUrl, 'canbo.ansinh');
    const direct = await officer.raw('query($id: ID!) { scoreSheet(id: $id) { id unitName } }', { id: other!.id });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh');
    await s.page.goto(`${server.baseUrl}/score-sheets/${other!.id}`);
    await s.page.getByTestId('sheet-not-found').waitFor();
    expect(await s.page.getByTestId('sheet-unit').count()).toBe(0);
    expect(await s.page.content()).not.toContain(other!.unitName);
    await s.close();
  });

  it('a district chairman sees his communes on the dashboard (three-level 2024)', async () => {
    const s = await signIn(browser, server.baseUrl, 'chutich.dongtrieu');
    const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
      'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
      {
        p: ctx.provinceId,
      },
    );
    const y2024 = years.assessmentYears.find((y) => y.year === 2024)!;
    await s.page.goto(`${server.baseUrl}/progress?year=${y2024.id}`);
    await s.page.getByTestId('progress-table').waitFor();
    const units = await s.page.locator('[data-testid="progress-table"] tbody tr td:first-child').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    screenshots.push(await shot(s.page, '10-dashboard-district'));
    await s.close();
  });
});
