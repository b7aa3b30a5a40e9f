/**
 * Gaps officials hit in daily use, in Debian's Chromium against the built server (fresh SQLite, demo
 * data), each at 1366×768 and on a 390 px phone:
 * - an officer removes a wrongly attached evidence file (confirmation, gone from the leaf and from
 *   storage);
 * - "Đã chấm x/y" counts only the leaves the unit fills (a set with assessor-entered leaves);
 * - the assessor's record form on a YES_NO leaf asks for no figure and records "Có";
 * - the province moves a remediation item's deadline with a reason (the server's refusal in the form
 *   first), and the item's history shows before → after;
 * - the demo shows "Mặc định 0" (Sở Tư pháp, 2024, D.1).
 * A 2026 year is copied from 2025 with one YES_NO leaf made the assessor's, then opened.
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
  openSheet,
  PHONE,
  seriousAxe,
  shot,
  signIn,
  withinViewportWidth,
  type Api,
} from '../support/e2e';

interface Criterion {
  id: string;
  parentId: string | null;
  code: string;
  method: string | null;
  section: string;
  params: string | null;
  enteredByAssessor: boolean;
}

let server: ServerProcess;
let browser: Browser;
let admin: Api;
let officer: Api;
const screenshots: string[] = [];
const ctx = { year2025: '', year2024: '', year2026: '', sheetId: '', ownLeaves: 0, evidenceLeaf: '', yesNoLeaf: '', files: [] as string[] };

const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const viDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const pdf = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

async function upload(api: Api, name: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'x-file-name': encodeURIComponent(name) },
    body: pdf(name),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const fileStatus = async (id: string) =>
  (await fetch(`${server.baseUrl}/files/${id}`, { headers: { authorization: `Bearer ${officer.token}` } })).status;

async function sheetVersion(): Promise<number> {
  const r = await officer.gql<{ scoreSheet: { version: number } }>('query($id: ID!) { scoreSheet(id: $id) { version } }', {
    id: ctx.sheetId,
  });
  return r.scoreSheet.version;
}

async function removeFirstFile(page: Page, name: string) {
  await page.getByTestId(`expand-${ctx.evidenceLeaf}`).click();
  const button = page.getByTestId(`remove-file-${ctx.evidenceLeaf}-0`);
  expect(await button.getAttribute('aria-label')).toBe(`Gỡ tệp “${name}”`);
  await button.click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`Tệp “${name}” sẽ được gỡ khỏi tiêu chí ${ctx.evidenceLeaf}`);
  return dialog;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  officer = await apiAs(server.baseUrl, 'canbo.ansinh');
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  ctx.year2025 = years.assessmentYears.find((y) => y.year === 2025)!.id;
  ctx.year2024 = years.assessmentYears.find((y) => y.year === 2024)!.id;
  const created = await admin.gql<{ createAssessmentYear: { id: string; groups: { id: string; code: string }[] } }>(
    'mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { id groups { id code } } }',
    { input: { provinceId: admin.unitId, year: 2026, name: 'Chỉ số CCHC năm 2026', model: 'TWO_LEVEL', copyFromYearId: ctx.year2025 } },
  );
  ctx.year2026 = created.createAssessmentYear.id;
  const last = await officer.gql<{ scoreSheetFor: { group: { code: string } } }>(
    'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { group { code } } }',
    { y: ctx.year2025, u: officer.unitId },
  );
  const groupId = created.createAssessmentYear.groups.find((g) => g.code === last.scoreSheetFor.group.code)!.id;
  const set = await admin.gql<{ criteriaSet: { nodes: Criterion[] } }>(
    'query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { nodes { id parentId code method section params enteredByAssessor } } }',
    { y: ctx.year2026, g: groupId },
  );
  const parents = new Set(set.criteriaSet.nodes.map((n) => n.parentId));
  const leaves = set.criteriaSet.nodes.filter((n) => !parents.has(n.id));
  // One scored YES_NO leaf becomes the assessor's (as an inspection finding would feed it).
  const yesNo = leaves.find((n) => n.section === 'SCORED' && n.method === 'YES_NO' && !n.enteredByAssessor)!;
  await admin.gql('mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id } }', {
    id: yesNo.id,
    input: { enteredByAssessor: true },
  });
  ctx.yesNoLeaf = yesNo.code;
  await admin.gql('mutation($id: ID!) { buildRoster(yearId: $id) { added } }', { id: ctx.year2026 });
  await admin.gql('mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }', { id: ctx.year2026 });
  ctx.sheetId = (
    await officer.gql<{ scoreSheetFor: { id: string } }>('query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { id } }', {
      y: ctx.year2026,
      u: officer.unitId,
    })
  ).scoreSheetFor.id;
  // The officer fills every leaf that is the unit's; two files go on the first scored one.
  const own = leaves.filter((c) => c.id !== yesNo.id && !c.enteredByAssessor && c.section !== 'SURVEY' && declaredFor(c) !== null);
  ctx.ownLeaves = leaves.filter((c) => c.id !== yesNo.id && !c.enteredByAssessor && c.section !== 'SURVEY').length;
  const target = own.find((c) => c.section === 'SCORED')!;
  ctx.evidenceLeaf = target.code;
  ctx.files = [await upload(officer, 'CCCD cán bộ (gửi nhầm).pdf'), await upload(officer, 'Danh sách có số điện thoại.pdf')];
  await officer.gql(
    'mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id } }',
    {
      s: ctx.sheetId,
      v: await sheetVersion(),
      e: own.map((c) => ({
        criterionId: c.id,
        declaredValue: declaredFor(c),
        ...(c.id === target.id ? { evidence: ctx.files.map((fileId) => ({ fileId })) } : {}),
      })),
    },
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`features e2e: server exit ${code}\n  screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('gaps officials hit in daily use', () => {
  it('the officer removes a wrong evidence file after confirming (1366); the header counts only her own leaves', async () => {
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh');
    const { page } = s;
    await openSheet(page, server.baseUrl, ctx.sheetId);
    // Every leaf the unit fills is filled; the assessor's YES_NO leaf and bonus/penalty block are not in the count.
    expect(await page.locator('.sheet-head').textContent()).toContain(`Đã chấm ${ctx.ownLeaves}/${ctx.ownLeaves} tiêu chí`);
    const p = await officer.gql<{ scoreSheet: { progress: { total: number; filled: number } } }>(
      'query($id: ID!) { scoreSheet(id: $id) { progress { total filled } } }',
      { id: ctx.sheetId },
    );
    expect(p.scoreSheet.progress).toEqual({ total: ctx.ownLeaves, filled: ctx.ownLeaves });

    const dialog = await removeFirstFile(page, 'CCCD cán bộ (gửi nhầm).pdf');
    // With unread notifications (An Sinh has some) the header's bell is judged too: its name carries the badge's count.
    expect(await seriousAxe(page)).toEqual([]);
    screenshots.push(await shot(page, 'features-01-remove-file-confirm-1366'));
    // Cancelling keeps the file.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await fileStatus(ctx.files[0])).toBe(200);
    await page.getByTestId(`remove-file-${ctx.evidenceLeaf}-0`).click();
    const removed = nextOperation(page, 'RemoveEvidence');
    await page.getByTestId('remove-file-confirm').click();
    const body = (await (await removed).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page.getByText('Đã gỡ tệp “CCCD cán bộ (gửi nhầm).pdf”.').first().waitFor();
    expect(await page.getByTestId(`evidence-${ctx.evidenceLeaf}`).textContent()).not.toContain('CCCD cán bộ');
    expect(await fileStatus(ctx.files[0])).toBe(404);
    expect(await fileStatus(ctx.files[1])).toBe(200);
    screenshots.push(await shot(page, 'features-02-file-removed-1366'));
    await s.close();
  }, 180_000);

  it('on a 390 px phone: the header count, and removing the other file — the dialog fits the screen', async () => {
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh', PHONE);
    const { page } = s;
    await openSheet(page, server.baseUrl, ctx.sheetId);
    expect(await page.locator('.sheet-head').textContent()).toContain(`Đã chấm ${ctx.ownLeaves}/${ctx.ownLeaves} tiêu chí`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await removeFirstFile(page, 'Danh sách có số điện thoại.pdf');
    const confirm = page.getByTestId('remove-file-confirm');
    const fit = await withinViewportWidth(confirm);
    expect(fit.ok, fit.box).toBe(true);
    screenshots.push(await shot(page, 'features-03-remove-file-phone'));
    const removed = nextOperation(page, 'RemoveEvidence');
    await confirm.click();
    expect(((await (await removed).json()) as { errors?: unknown[] }).errors).toBeUndefined();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await fileStatus(ctx.files[1])).toBe(404);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await s.close();
  }, 180_000);

  it('the assessor records "Có" on the YES_NO leaf it enters: no figure to type (1366 and 390)', async () => {
    for (const device of [undefined, PHONE]) {
      const s = await signIn(browser, server.baseUrl, 'admin.qn', device);
      const { page } = s;
      await openSheet(page, server.baseUrl, ctx.sheetId);
      await page.getByTestId(`expand-${ctx.yesNoLeaf}`).click();
      const panel = page.getByTestId(`assessor-leaf-${ctx.yesNoLeaf}`);
      await panel.waitFor();
      expect(await panel.getByTestId(`assessor-quantity-${ctx.yesNoLeaf}`).count()).toBe(0);
      expect(await panel.getByTestId(`assessor-yes-${ctx.yesNoLeaf}`).textContent()).toContain('Có (1 trường hợp)');
      if (!device) {
        await panel.getByTestId(`assessor-doc-${ctx.yesNoLeaf}`).locator('input').fill('15/KL-SNV');
        const saved = nextOperation(page, 'RecordAssessorEntry');
        await panel.getByTestId(`assessor-save-${ctx.yesNoLeaf}`).click();
        const body = (await (await saved).json()) as { errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        await panel.getByTestId(`assessor-record-${ctx.yesNoLeaf}`).filter({ hasText: '— Có' }).first().waitFor();
        expect(await seriousAxe(page)).toEqual([]);
        screenshots.push(await shot(page, 'features-04-yes-no-record-1366'));
      } else {
        const fit = await withinViewportWidth(panel.getByTestId(`assessor-save-${ctx.yesNoLeaf}`));
        expect(fit.ok, fit.box).toBe(true);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        screenshots.push(await shot(page, 'features-05-yes-no-phone'));
      }
      await s.close();
    }
  }, 180_000);

  it('the province moves a remediation deadline with a reason; the history shows before → after (1366 and 390)', async () => {
    type Item = { id: string; title: string; deadline: string; canEdit: boolean; status: string };
    const items = (
      await admin.gql<{ remediationItems: Item[] }>(
        'query($y: ID!) { remediationItems(yearId: $y) { id title deadline canEdit status } }',
        {
          y: ctx.year2025,
        },
      )
    ).remediationItems;
    const item = items.find((i) => i.canEdit)!;
    expect(item, JSON.stringify(items)).toBeTruthy();
    const next = vnDay(45);
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/accountability/remediation?year=${ctx.year2025}&item=${item.id}`);
    const form = page.getByTestId('remediation-edit');
    await form.waitFor();
    await form.locator('input[data-date-input]').fill(viDay(next));
    await form.locator('input[data-date-input]').blur();
    // No reason yet: the server says why, in the form.
    const refused = nextOperation(page, 'UpdateRemediationItem');
    await page.getByTestId('edit-save').click();
    await refused;
    expect(await page.getByTestId('edit-error').textContent()).toBe('Cần nêu lý do thay đổi.');
    await page.getByTestId('edit-reason').fill('Chờ hướng dẫn của Bộ Nội vụ về quy trình mới');
    const saved = nextOperation(page, 'UpdateRemediationItem');
    await page.getByTestId('edit-save').click();
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page
      .getByTestId('event-deadline')
      .filter({ hasText: `Thời hạn: ${viDay(item.deadline)} → ${viDay(next)}` })
      .waitFor();
    expect(await page.getByTestId('remediation-history').textContent()).toContain('Lý do: Chờ hướng dẫn của Bộ Nội vụ về quy trình mới');
    expect(await seriousAxe(page)).toEqual([]);
    screenshots.push(await shot(page, 'features-06-remediation-edit-1366'));
    await s.close();

    const phone = await signIn(browser, server.baseUrl, 'admin.qn', PHONE);
    await phone.page.goto(`${server.baseUrl}/accountability/remediation?year=${ctx.year2025}&item=${item.id}`);
    const phoneForm = phone.page.getByTestId('remediation-edit');
    await phoneForm.waitFor();
    for (const el of [
      phoneForm.locator('input[data-date-input]'),
      phone.page.getByTestId('edit-reason'),
      phone.page.getByTestId('edit-save'),
    ]) {
      const fit = await withinViewportWidth(el);
      expect(fit.ok, fit.box).toBe(true);
    }
    screenshots.push(await shot(phone.page, 'features-07-remediation-edit-phone'));
    await phone.close();
  }, 180_000);

  it('the demo shows "Mặc định 0": Sở Tư pháp 2024, D.1 left empty (1366 and 390)', async () => {
    const stp = await apiAs(server.baseUrl, 'canbo.sotuphap');
    const sheetId = (
      await stp.gql<{ scoreSheetFor: { id: string } }>('query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { id } }', {
        y: ctx.year2024,
        u: stp.unitId,
      })
    ).scoreSheetFor.id;
    for (const device of [undefined, PHONE]) {
      const s = await signIn(browser, server.baseUrl, 'canbo.sotuphap', device);
      await openSheet(s.page, server.baseUrl, sheetId);
      const mark = s.page.getByTestId('default-zero-D.1');
      expect(await mark.textContent()).toBe('Mặc định 0');
      const fit = await withinViewportWidth(mark);
      expect(fit.ok, fit.box).toBe(true);
      screenshots.push(await shot(s.page, `features-08-demo-default-zero-${device ? 'phone' : '1366'}`));
      await s.close();
    }
  }, 180_000);
});
