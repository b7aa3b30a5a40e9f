/**
 * "Mặc định 0 điểm" for bonus and penalty leaves (issue 11 §4), in Debian's Chromium against the
 * real built server (fresh SQLite, demo data). A 2026 year is copied from 2025 and stays in
 * planning; its bonus and penalty leaves are made the unit's to declare (all but one, which the
 * assessor keeps), and the setting, which the copy carries from the demo, is turned off through
 * the API so the province administrator can turn it on with the checkbox of the criteria editor
 * (axe: no serious or critical violation). Once the year opens, An Sinh's head sees "Mặc định 0" on the
 * empty bonus and penalty rows (laptop and a 390 px phone), the submit dialog lists only the
 * scored leaf left empty, and with that one filled the sheet is submitted without a single bonus
 * or penalty value typed: the server agrees with the dialog.
 * Waits are on selectors and on the GraphQL responses of named operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

let server: ServerProcess;
let browser: Browser;
let admin: Api;
let officer: Api;
const screenshots: string[] = [];
const ctx = { yearId: '', groupId: '', sheetId: '', leftOut: { id: '', code: '' }, defaulted: [] as string[], byAssessor: [] as string[] };

interface Criterion {
  id: string;
  parentId: string | null;
  code: string;
  method: string | null;
  section: string;
  params: string | null;
  enteredByAssessor: boolean;
}

async function defaultZeroOf(api: Api): Promise<boolean> {
  const r = await api.gql<{ criteriaSet: { group: { bonusPenaltyDefaultZero: boolean } } }>(
    'query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { group { bonusPenaltyDefaultZero } } }',
    { y: ctx.yearId, g: ctx.groupId },
  );
  return r.criteriaSet.group.bonusPenaltyDefaultZero;
}

async function sheetRead(api: Api): Promise<{ version: number; status: string; criteria: Criterion[] }> {
  const r = await api.gql<{ scoreSheet: { version: number; status: string; criteria: Criterion[] } }>(
    'query($id: ID!) { scoreSheet(id: $id) { version status criteria { id parentId code method section params enteredByAssessor } } }',
    { id: ctx.sheetId },
  );
  return r.scoreSheet;
}

async function fill(criteria: Criterion[]) {
  const { version } = await sheetRead(officer);
  await officer.gql(
    'mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id } }',
    { s: ctx.sheetId, v: version, e: criteria.map((c) => ({ criterionId: c.id, declaredValue: declaredFor(c) })) },
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  officer = await apiAs(server.baseUrl, 'canbo.ansinh');
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  const y2025 = years.assessmentYears.find((y) => y.year === 2025)!.id;
  const created = await admin.gql<{ createAssessmentYear: { id: string; groups: { id: string; code: string }[] } }>(
    'mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { id groups { id code } } }',
    { input: { provinceId: admin.unitId, year: 2026, name: 'Chỉ số CCHC năm 2026', model: 'TWO_LEVEL', copyFromYearId: y2025 } },
  );
  ctx.yearId = created.createAssessmentYear.id;
  // An Sinh's group: the one of the same code as its 2025 sheet's.
  const last = await officer.gql<{ scoreSheetFor: { group: { code: string } } }>(
    'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { group { code } } }',
    { y: y2025, u: officer.unitId },
  );
  ctx.groupId = created.createAssessmentYear.groups.find((g) => g.code === last.scoreSheetFor.group.code)!.id;
  // The demo's year under appraisal has its bonus and penalty leaves entered by the assessor (the
  // accountability follow-up), and the copy carries that: all of them but one become the unit's
  // here, the one left shows that such leaves never default.
  const set = await admin.gql<{ criteriaSet: { nodes: Criterion[] } }>(
    'query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { nodes { id parentId code method section params enteredByAssessor } } }',
    { y: ctx.yearId, g: ctx.groupId },
  );
  const parents = new Set(set.criteriaSet.nodes.map((n) => n.parentId));
  const assessed = set.criteriaSet.nodes.filter(
    (n) => !parents.has(n.id) && (n.section === 'BONUS' || n.section === 'PENALTY') && n.enteredByAssessor,
  );
  for (const n of assessed.slice(0, -1))
    await admin.gql('mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id } }', {
      id: n.id,
      input: { enteredByAssessor: false },
    });
  // The demo's sets have the setting on, and the copy carries it: off here, the checkbox turns it on.
  await admin.gql('mutation($y: ID!, $g: ID!) { setBonusPenaltyDefaultZero(yearId: $y, groupId: $g, enabled: false) { yearId } }', {
    y: ctx.yearId,
    g: ctx.groupId,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`default-zero e2e: server exit ${code}\n  screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('bonus and penalty leaves default to 0 where the criteria set says so (issue 11 §4)', () => {
  it('the province administrator turns the setting on in the criteria editor; locked once the year opens', async () => {
    expect(await defaultZeroOf(admin)).toBe(false);
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/criteria?year=${ctx.yearId}&group=${ctx.groupId}`);
    await page.getByTestId('set-totals').waitFor();
    const box = page.getByRole('checkbox', { name: 'Tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai' });
    expect(await box.isChecked()).toBe(false);
    expect(await box.isEnabled()).toBe(true);
    expect(await seriousAxe(page)).toEqual([]);
    const saved = nextOperation(page, 'SetBonusPenaltyDefaultZero');
    await box.check();
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page.getByText('Đã bật: tiêu chí điểm thưởng/điểm trừ để trống được tính 0 điểm.').first().waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await defaultZeroOf(admin)).toBe(true);
    screenshots.push(await shot(page, 'default-zero-01-criteria-checkbox'));
    expect(await seriousAxe(page)).toEqual([]);

    // The year opens: the set is locked, and so is the setting, which says why.
    await admin.gql('mutation($id: ID!) { buildRoster(yearId: $id) { added } }', { id: ctx.yearId });
    await admin.gql('mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }', { id: ctx.yearId });
    await page.reload();
    await page.getByTestId('lock-reason').waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await box.isDisabled()).toBe(true);
    const hintId = (await box.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain('khóa');
    await s.close();
  }, 180_000);

  it('the unit sees "Mặc định 0" on its empty bonus and penalty rows, and the submit dialog does not list them', async () => {
    ctx.sheetId = (
      await officer.gql<{ scoreSheetFor: { id: string } }>('query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { id } }', {
        y: ctx.yearId,
        u: officer.unitId,
      })
    ).scoreSheetFor.id;
    const { criteria } = await sheetRead(officer);
    const parents = new Set(criteria.map((c) => c.parentId));
    const leaves = criteria.filter((c) => !parents.has(c.id));
    const bonusPenalty = leaves.filter((c) => c.section === 'BONUS' || c.section === 'PENALTY');
    ctx.defaulted = bonusPenalty.filter((c) => !c.enteredByAssessor).map((c) => c.code);
    ctx.byAssessor = bonusPenalty.filter((c) => c.enteredByAssessor).map((c) => c.code);
    expect(bonusPenalty.filter((c) => !c.enteredByAssessor).map((c) => c.section)).toEqual(expect.arrayContaining(['BONUS', 'PENALTY']));
    // Every scored leaf declared but one; no bonus or penalty value at all.
    const scored = leaves.filter((c) => c.section === 'SCORED' && !c.enteredByAssessor && declaredFor(c) !== null);
    const leftOut = scored.find((c) => c.method === 'YES_NO')!;
    ctx.leftOut = { id: leftOut.id, code: leftOut.code };
    await fill(scored.filter((c) => c.id !== leftOut.id));

    // The head sends the sheet (his own action is his attestation).
    const s = await signIn(browser, server.baseUrl, 'truong.ansinh');
    const { page } = s;
    await openSheet(page, server.baseUrl, ctx.sheetId);
    for (const code of ctx.defaulted) {
      expect(await page.getByTestId(`default-zero-${code}`).textContent(), code).toBe('Mặc định 0');
      expect((await page.getByTestId(`self-${code}`).textContent())!.trim(), code).toMatch(/^0,00/);
    }
    for (const code of ctx.byAssessor) expect(await page.getByTestId(`default-zero-${code}`).count(), code).toBe(0);
    expect(await page.getByTestId(`default-zero-${ctx.leftOut.code}`).count()).toBe(0);
    const penaltyRow = page.locator('tr.leaf[data-section="PENALTY"]', { has: page.locator('[data-testid^="default-zero-"]') }).first();
    await penaltyRow.scrollIntoViewIfNeeded();
    screenshots.push(await shot(page, 'default-zero-02-sheet-1366'));

    await page.getByTestId('action-SUBMIT').click();
    const list = page.getByTestId('submit-missing');
    await list.waitFor();
    const listed = (await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-testid')))).map((t) =>
      t!.replace('missing-', ''),
    );
    expect(listed).toEqual([ctx.leftOut.code]);
    expect(await page.getByTestId('confirm').isDisabled()).toBe(true);
    screenshots.push(await shot(page, 'default-zero-03-submit-dialog'));
    await page.getByRole('button', { name: 'Hủy' }).click();
    await list.waitFor({ state: 'detached' });

    // With the last scored leaf declared, the server takes the sheet as the dialog says.
    await fill([leaves.find((c) => c.id === ctx.leftOut.id)!]);
    await openSheet(page, server.baseUrl, ctx.sheetId);
    await page.getByTestId('action-SUBMIT').click();
    await page.getByTestId('confirm-text').waitFor();
    expect(await page.getByTestId('submit-missing').count()).toBe(0);
    const done = nextOperation(page, 'SubmitSelfAssessment');
    await page.getByTestId('confirm').click();
    const body = (await (await done).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page.getByTestId('sheet-status').filter({ hasText: 'Đã nộp' }).waitFor();
    expect((await sheetRead(officer)).status).toBe('SUBMITTED');
    await s.close();
  }, 180_000);

  it('on a 390 px phone the marker sits in the card, within the screen', async () => {
    const s = await signIn(browser, server.baseUrl, 'canbo.ansinh', PHONE);
    const { page } = s;
    await openSheet(page, server.baseUrl, ctx.sheetId);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const code = ctx.defaulted.at(-1)!;
    const mark = page.getByTestId(`default-zero-${code}`);
    const fit = await withinViewportWidth(mark);
    expect(fit.ok, fit.box).toBe(true);
    expect(await page.getByTestId(`leaf-${code}`).evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    screenshots.push(await shot(page, 'default-zero-04-phone'));
    await s.close();
  }, 120_000);
});
