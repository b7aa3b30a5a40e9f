/**
 * Appraisal in one pass (issue 11 §3) in Debian's Chromium against the real built server (fresh
 * SQLite, demo data), on a 1366×768 laptop and on a 390×844 phone: the appraiser starts from his
 * inbox, reads the unit's evidence beside each value (file names, document references, the unit's
 * note), writes his opinion in the wide opinion field, works round 2 on the questioned criteria
 * only with the unit's explanation beside each, moves to the next unit of his queue, and the
 * banners say what to do next. Nothing may scroll sideways on either screen.
 *
 * Arranged through the API (beforeAll): a 2026 year in which Phường An Sinh declares every leaf,
 * one with an uploaded PDF, a document reference and a note, and is under appraisal (round 1);
 * An Sinh's 2025 sheet, whose two questioned criteria the unit explains with a PDF (round 2).
 * Waits are on selectors and on the GraphQL responses of named operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import {
  apiAs,
  declaredFor,
  horizontalOverflow,
  nextOperation,
  openYearFrom2025,
  PHONE,
  shot,
  signIn,
  waitForSheet,
  withinViewportWidth,
  type Api,
} from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
const screenshots: string[] = [];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const ROUND1_FILE = 'ke-hoach-cchc-2026.pdf';
const ROUND1_DOC = '15/KH-UBND';
const ROUND1_NOTE = 'Kế hoạch ban hành đúng hạn, đăng trên cổng thông tin phường';
const ROUND2_FILE = 'quyet-dinh-bo-sung.pdf';
const EXPLANATION = 'Đơn vị bổ sung Quyết định số 88/QĐ-UBND ngày 12/03/2025';

const ctx = {
  year2025Id: '',
  year2026Id: '',
  /** An Sinh 2026, under appraisal, round 1. */
  round1SheetId: '',
  /** The 2026 leaf carrying the file, the document reference and the note. */
  round1Code: '',
  round1CriterionId: '',
  /** An Sinh 2025, explained, round 2. */
  round2SheetId: '',
  questioned: [] as { criterionId: string; code: string }[],
  round2Leaves: 0,
};

interface Criterion {
  id: string;
  parentId: string | null;
  code: string;
  method: string;
  section: string;
  params: string;
  enteredByAssessor: boolean;
}
interface SheetRead {
  id: string;
  version: number;
  status: string;
  criteria: Criterion[];
  entries: {
    criterionId: string;
    explanationRequested: boolean;
    round1Points: number | null;
    round1Note: string | null;
    round2Points: number | null;
    round2Note: string | null;
  }[];
}
const SHEET =
  'id version status criteria { id parentId code method section params enteredByAssessor } entries { criterionId explanationRequested round1Points round1Note round2Points round2Note }';

async function sheetOf(api: Api, id: string): Promise<SheetRead> {
  return (await api.gql<{ scoreSheet: SheetRead }>(`query($id: ID!) { scoreSheet(id: $id) { ${SHEET} } }`, { id })).scoreSheet;
}

async function upload(api: Api, name: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(name) },
    body: PDF,
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`upload ${name}: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function attest(head: Api, sheetId: string, purpose: 'SUBMIT' | 'EXPLANATION') {
  const { version } = await sheetOf(head, sheetId);
  await head.gql(
    'mutation($s: ID!, $v: Int!, $p: AttestationPurpose!) { attestScoreSheet(sheetId: $s, version: $v, purpose: $p, confirmed: true) { id } }',
    { s: sheetId, v: version, p: purpose },
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await apiAs(server.baseUrl, 'admin.qn');
  const officer = await apiAs(server.baseUrl, 'canbo.ansinh');
  const head = await apiAs(server.baseUrl, 'truong.ansinh');
  const appraiser = await apiAs(server.baseUrl, 'thamdinh.qn');
  ({ year2025Id: ctx.year2025Id, yearId: ctx.year2026Id } = await openYearFrom2025(admin, 2026));

  // Round 1: An Sinh declares every leaf of 2026, one with a file, a document reference and a note.
  const sheetFor = async (yearId: string) =>
    (
      await officer.gql<{ scoreSheetFor: { id: string } }>('query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { id } }', {
        y: yearId,
        u: officer.unitId,
      })
    ).scoreSheetFor.id;
  ctx.round1SheetId = await sheetFor(ctx.year2026Id);
  const draft = await sheetOf(officer, ctx.round1SheetId);
  const parents = new Set(draft.criteria.map((c) => c.parentId));
  const leaves = draft.criteria.filter((c) => !parents.has(c.id) && !c.enteredByAssessor && declaredFor(c) !== null);
  const documented = leaves.find((c) => c.method === 'YES_NO' && c.section === 'SCORED')!;
  ctx.round1Code = documented.code;
  ctx.round1CriterionId = documented.id;
  const fileId = await upload(officer, ROUND1_FILE);
  await officer.gql(
    'mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id } }',
    {
      s: ctx.round1SheetId,
      v: draft.version,
      e: leaves.map((c) =>
        c.id === documented.id
          ? {
              criterionId: c.id,
              declaredValue: declaredFor(c),
              note: ROUND1_NOTE,
              evidence: [{ fileId }, { documentNumber: ROUND1_DOC, documentDate: '2026-01-10', issuer: 'UBND phường An Sinh' }],
            }
          : { criterionId: c.id, declaredValue: declaredFor(c) },
      ),
    },
  );
  await attest(head, ctx.round1SheetId, 'SUBMIT');
  await head.gql('mutation($s: ID!, $v: Int!) { submitSelfAssessment(sheetId: $s, version: $v) { id } }', {
    s: ctx.round1SheetId,
    v: (await sheetOf(head, ctx.round1SheetId)).version,
  });
  await appraiser.gql('mutation($s: ID!, $v: Int!) { startAppraisal(sheetId: $s, version: $v) { id } }', {
    s: ctx.round1SheetId,
    v: (await sheetOf(appraiser, ctx.round1SheetId)).version,
  });

  // Round 2: An Sinh explains its two questioned criteria of 2025, with a file.
  ctx.round2SheetId = await sheetFor(ctx.year2025Id);
  const asked = await sheetOf(officer, ctx.round2SheetId);
  expect(asked.status).toBe('EXPLANATION_REQUESTED');
  const code = new Map(asked.criteria.map((c) => [c.id, c.code]));
  ctx.questioned = asked.entries
    .filter((e) => e.explanationRequested)
    .map((e) => ({ criterionId: e.criterionId, code: code.get(e.criterionId)! }));
  expect(ctx.questioned.length).toBeGreaterThan(0);
  const parents2025 = new Set(asked.criteria.map((c) => c.parentId));
  ctx.round2Leaves = asked.criteria.filter((c) => !parents2025.has(c.id)).length;
  const extraId = await upload(officer, ROUND2_FILE);
  await officer.gql(
    'mutation($s: ID!, $v: Int!, $i: [ExplanationEntryInput!]!) { saveExplanation(sheetId: $s, version: $v, items: $i) { id } }',
    {
      s: ctx.round2SheetId,
      v: asked.version,
      i: ctx.questioned.map((q, n) => ({
        criterionId: q.criterionId,
        explanation: `${EXPLANATION} (${q.code})`,
        evidence: n === 0 ? [{ fileId: extraId }] : [],
      })),
    },
  );
  await attest(head, ctx.round2SheetId, 'EXPLANATION');
  await officer.gql('mutation($s: ID!, $v: Int!) { submitExplanation(sheetId: $s, version: $v) { id } }', {
    s: ctx.round2SheetId,
    v: (await sheetOf(officer, ctx.round2SheetId)).version,
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`appraisal e2e: server exit ${code}; screenshots:\n  ${screenshots.join('\n  ')}`);
});

const DEVICES = [
  { name: 'laptop', width: 1366, device: { viewport: { width: 1366, height: 768 } } },
  { name: 'phone', width: 390, device: PHONE },
] as const;

async function expectNoSidewaysScroll(page: Page, where: string) {
  expect(await horizontalOverflow(page), `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
}

async function expectInView(page: Page, testId: string) {
  const r = await withinViewportWidth(page.getByTestId(testId).first());
  expect(r.ok, `${testId} within the viewport's width (${r.box})`).toBe(true);
}

/** Opens the inbox task of An Sinh's sheet of `year` from the home page. */
async function openFromInbox(page: Page, year: number) {
  await page.goto(`${server.baseUrl}/`);
  const task = page
    .getByTestId('task-APPRAISE')
    .filter({ hasText: 'Phường An Sinh' })
    .filter({ hasText: `năm ${year}` })
    .locator('a');
  await task.waitFor();
  await expectNoSidewaysScroll(page, 'inbox');
  const r = await withinViewportWidth(task);
  expect(r.ok, `inbox task within the viewport (${r.box})`).toBe(true);
  await task.click();
  await page.waitForURL(/\/score-sheets\/[^/]+$/);
  await page.getByTestId('sheet-unit').filter({ hasText: 'Phường An Sinh' }).waitFor();
  await waitForSheet(page);
}

describe.each(DEVICES)('appraisal in one pass on a $name ($width px)', ({ name, width, device }) => {
  it('round 1: evidence beside the value, a wide opinion field, a banner that says what to do; no next unit in a one-unit queue', async () => {
    const api = await apiAs(server.baseUrl, 'thamdinh.qn');
    const s = await signIn(browser, server.baseUrl, 'thamdinh.qn', device);
    const { page } = s;
    expect(await page.evaluate(() => window.innerWidth)).toBe(width);
    await openFromInbox(page, 2026);
    expect(page.url()).toContain(ctx.round1SheetId);

    // The banner says which buttons to press, and they are on screen.
    const banner = page.getByTestId('next-step-text');
    expect(await banner.textContent()).toContain('xem tài liệu kiểm chứng bên cạnh từng tiêu chí');
    await expectInView(page, 'next-step');
    await expectInView(page, 'action-COMPLETE_APPRAISAL');
    await expectInView(page, 'accept-remaining');

    // Evidence inline, without opening the row: the file's name, the document's number and date, the unit's note.
    const code = ctx.round1Code;
    expect(await page.getByTestId(`detail-${code}`).count()).toBe(0);
    const context = page.getByTestId(`context-${code}`);
    await context.scrollIntoViewIfNeeded();
    const text = (await context.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(ROUND1_FILE);
    expect(text).toContain(`${ROUND1_DOC} ngày 10/01/2026`);
    expect(text).toContain(`Ghi chú của đơn vị: ${ROUND1_NOTE}`);
    expect(await context.getByRole('button', { name: new RegExp(ROUND1_FILE.replace(/\./g, '\\.')) }).isVisible()).toBe(true);
    await expectInView(page, `context-${code}`);
    // A leaf the unit documented nowhere says so instead of hiding an empty chevron.
    expect(await page.getByTestId('no-evidence').count()).toBeGreaterThan(0);

    // The opinion: a multi-line field, wide enough for a sentence (on a phone, the card's width).
    const note = page.getByTestId(`appr-note-${code}`);
    const [noteBox, rowBox] = await Promise.all([note.boundingBox(), page.getByTestId(`leaf-${code}`).boundingBox()]);
    expect(await note.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    expect(noteBox!.height).toBeGreaterThanOrEqual(44);
    if (name === 'phone') expect(noteBox!.width).toBeGreaterThan(rowBox!.width * 0.8);
    else expect(noteBox!.width).toBeGreaterThanOrEqual(220);
    await expectInView(page, `appr-note-${code}`);
    await expectInView(page, `appr-${code}`);
    if (name === 'phone') {
      // On the card the appraisal block says which round it is (the table's column header is hidden).
      const label = await page
        .getByTestId(`leaf-${code}`)
        .locator('td.appraise')
        .evaluate((el) => getComputedStyle(el, '::before').content);
      expect(label).toContain('Chấm thẩm định (vòng 1)');
    }
    // The labelled evidence button and the history button sit side by side, neither covering the other.
    const [toggle, history] = await Promise.all([
      page.getByTestId(`expand-${code}`).boundingBox(),
      page.getByTestId(`history-${code}`).boundingBox(),
    ]);
    expect(toggle!.x + toggle!.width).toBeLessThanOrEqual(history!.x + 0.5);
    expect(
      await page.getByTestId(`expand-${code}`).evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
      'the evidence button holds its label',
    ).toBe(true);
    await expectNoSidewaysScroll(page, 'round 1 sheet');
    screenshots.push(await shot(page, `appraisal-01-round1-${name}`));

    // Points changed with an opinion: saved with the opinion.
    const opinion = `Chưa đủ căn cứ (${name}): kế hoạch chưa có dấu đóng`;
    await page.getByTestId(`appr-${code}`).fill('0');
    const saved = nextOperation(page, 'SaveAppraisal');
    await note.fill(opinion);
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await expect
      .poll(async () => (await sheetOf(api, ctx.round1SheetId)).entries.find((e) => e.criterionId === ctx.round1CriterionId)?.round1Note)
      .toBe(opinion);

    // 2026 holds only this unit for him: no "next unit" to offer.
    expect(await page.getByTestId('next-unit').count()).toBe(0);
    await s.close();
  });

  it('round 2: only the questioned criteria, each with the unit’s explanation and file; opinion saved; next unit', async () => {
    const api = await apiAs(server.baseUrl, 'thamdinh.qn');
    const s = await signIn(browser, server.baseUrl, 'thamdinh.qn', device);
    const { page } = s;
    await openFromInbox(page, 2025);
    expect(page.url()).toContain(ctx.round2SheetId);
    expect(await page.getByTestId('next-step-text').textContent()).toContain(`đơn vị đã giải trình ${ctx.questioned.length} tiêu chí`);

    // Filtered to the questioned criteria; the filter can be lifted and put back.
    const filter = page.getByTestId('questioned-only');
    expect(await filter.isChecked()).toBe(true);
    const shownCodes = async () =>
      (await page.locator('tr.leaf').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).map((t) => t!.slice(5));
    expect((await shownCodes()).sort()).toEqual(ctx.questioned.map((q) => q.code).sort());
    await filter.uncheck();
    await expect.poll(async () => (await shownCodes()).length).toBe(ctx.round2Leaves);
    await filter.check();
    await expect.poll(async () => (await shownCodes()).length).toBe(ctx.questioned.length);

    // The unit's explanation beside each questioned value (and the supplementary file's name).
    for (const [n, q] of ctx.questioned.entries()) {
      const inline = page.getByTestId(`leaf-${q.code}`).getByTestId('inline-explanation');
      await inline.scrollIntoViewIfNeeded();
      const text = (await inline.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(`${EXPLANATION} (${q.code})`);
      if (n === 0) expect(text).toContain(ROUND2_FILE);
      const r = await withinViewportWidth(inline);
      expect(r.ok, `explanation of ${q.code} within the viewport (${r.box})`).toBe(true);
    }
    await expectNoSidewaysScroll(page, 'round 2 sheet');
    screenshots.push(await shot(page, `appraisal-02-round2-${name}`));

    // The round 2 opinion goes into the wide field and is saved as round 2.
    const q = ctx.questioned[0];
    const opinion = `Chấp nhận giải trình (${name})`;
    await page.getByTestId(`appr-${q.code}`).fill('0');
    const saved = nextOperation(page, 'SaveAppraisal');
    await page.getByTestId(`appr-note-${q.code}`).fill(opinion);
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await expect
      .poll(async () => (await sheetOf(api, ctx.round2SheetId)).entries.find((e) => e.criterionId === q.criterionId)?.round2Note)
      .toBe(opinion);

    // "Next unit": the following sheet of his 2025 queue, whose banner says what to do there. An
    // opinion typed just before (still in its autosave delay) is saved on this sheet, not dropped.
    const next = page.getByTestId('next-unit');
    await next.waitFor();
    await expectInView(page, 'next-unit');
    const label = (await next.innerText()).trim();
    expect(label).toMatch(/^Đơn vị tiếp theo: /);
    const nextName = label.replace(/^Đơn vị tiếp theo: /, '');
    expect(nextName).not.toBe('Phường An Sinh');
    const lastWord = `${opinion} — đã đối chiếu hồ sơ`;
    await page.getByTestId(`appr-note-${q.code}`).fill(lastWord);
    await next.click();
    await page.waitForURL((url) => !url.pathname.endsWith(ctx.round2SheetId));
    await page.getByTestId('sheet-unit').filter({ hasText: nextName }).waitFor();
    await expect
      .poll(async () => (await sheetOf(api, ctx.round2SheetId)).entries.find((e) => e.criterionId === q.criterionId)?.round2Note)
      .toBe(lastWord);
    // The other sheet's save state starts blank (not "saved at" from the sheet before).
    expect(((await page.getByTestId('save-state').textContent()) ?? '').trim()).toBe('');
    await page.getByTestId('next-step-text').waitFor();
    expect(await page.getByTestId('next-step-text').textContent()).toMatch(/^Việc cần làm/);
    await expectInView(page, 'next-step');
    // No empty attestation card above the sheet: shown only with something to say or do.
    const attestation = page.getByTestId('attestation-panel');
    if (await attestation.count()) expect((await attestation.innerText()).trim()).not.toBe('');
    await expectNoSidewaysScroll(page, 'next unit');
    screenshots.push(await shot(page, `appraisal-03-next-unit-${name}`));
    await s.close();
  });
});
