/**
 * The criteria editor at 1366×768 and on a 390×844 phone (issue 11 §6), in Debian's Chromium
 * against the real built server (fresh SQLite, demo data). A 2026 year is copied from 2025 and
 * stays in planning, so its sets are editable; one leaf gets a 130-character Vietnamese title.
 * Waits are on selectors and on the GraphQL responses of named operations, never on sleeps.
 * The longest main-thread task is printed (a measurement, not a timed assertion).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, horizontalOverflow, nextOperation, PHONE, seriousAxe, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
const screenshots: string[] = [];
const measured: string[] = [];
const ctx = { yearId: '', groupId: '', longCode: '', nodeCount: 0, first: '', second: '', far: '' };

const LONG_TITLE =
  'Tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công quốc gia và của tỉnh trong năm đánh giá';

interface SetNode {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  method: string | null;
  section: string;
}

async function readSet(): Promise<SetNode[]> {
  const r = await admin.gql<{ criteriaSet: { nodes: SetNode[] } }>(
    'query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { nodes { id parentId code title method section } } }',
    { y: ctx.yearId, g: ctx.groupId },
  );
  return r.criteriaSet.nodes;
}

/** Records main-thread long tasks from the first script on (read back with longestTask). */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser.
    }
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks ?? []);

async function openEditor(page: Page) {
  await page.goto(`${server.baseUrl}/criteria?year=${ctx.yearId}&group=${ctx.groupId}`);
  await page.getByTestId('set-totals').waitFor();
  // Long sets render in chunks: wait for the last row.
  await expect.poll(() => page.getByTestId('criteria-row').count(), { timeout: 30_000 }).toBe(ctx.nodeCount);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  const y2025 = years.assessmentYears.find((y) => y.year === 2025)!;
  const created = await admin.gql<{ createAssessmentYear: { id: string } }>(
    'mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { id } }',
    { input: { provinceId: admin.unitId, year: 2026, name: 'Chỉ số CCHC năm 2026', model: 'TWO_LEVEL', copyFromYearId: y2025.id } },
  );
  ctx.yearId = created.createAssessmentYear.id;
  const year = await admin.gql<{ assessmentYear: { groups: { id: string }[] } }>(
    'query($id: ID!) { assessmentYear(id: $id) { groups { id } } }',
    {
      id: ctx.yearId,
    },
  );
  // The biggest set of the demo.
  let best: SetNode[] = [];
  let bestId = '';
  for (const g of year.assessmentYear.groups) {
    ctx.groupId = g.id;
    const nodes = await readSet();
    if (nodes.length > best.length) [best, bestId] = [nodes, g.id];
  }
  ctx.groupId = bestId;
  ctx.nodeCount = best.length;
  // A leaf deep in the set gets a long title.
  const leaves = best.filter((n) => n.method);
  const leaf = leaves[Math.floor(leaves.length / 2)]!;
  await admin.gql('mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id } }', {
    id: leaf.id,
    input: { title: LONG_TITLE },
  });
  ctx.longCode = leaf.code;
  // The last leaf under a parent: its error link has to scroll down the page.
  ctx.far = [...leaves].reverse().find((n) => n.parentId && n.section === 'SCORED')!.code;
  // Two sibling leaves under one parent, for the drag and drop.
  const byParent = new Map<string, SetNode[]>();
  for (const n of best) if (n.parentId && n.method) byParent.set(n.parentId, [...(byParent.get(n.parentId) ?? []), n]);
  const [, kids] = [...byParent].find(([, k]) => k.length >= 2)!;
  const sorted = kids.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  ctx.first = sorted[0]!.code;
  ctx.second = sorted[1]!.code;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  console.log(`criteria editor e2e: server exit ${code}\n  ${measured.join('\n  ')}\n  screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('criteria editor (issue 11 §6)', () => {
  it('at 1366×768: full titles, errors on top with links, row menu, detail beside, drag and drop saved', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await recordLongTasks(page);
    await openEditor(page);
    const tasks = await longTasks(page);
    measured.push(
      `1366×768, ${ctx.nodeCount} rows: longest task ${Math.max(0, ...tasks)} ms (${tasks.length} long tasks: ${tasks.join(', ')})`,
    );

    // No sideways scrolling of the page.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The long title is shown whole: wrapped in its cell, nothing cut.
    const longRow = page.locator(`tr[data-code="${ctx.longCode}"]`);
    await longRow.scrollIntoViewIfNeeded();
    const title = longRow.locator('textarea[data-testid="node-title"]');
    expect(await title.inputValue()).toBe(LONG_TITLE);
    const fit = await longRow.evaluate((tr) => {
      const cell = tr.querySelector<HTMLElement>('td.c-title')!;
      const ta = tr.querySelector<HTMLTextAreaElement>('textarea')!;
      return {
        cellScroll: cell.scrollWidth,
        cellClient: cell.clientWidth,
        taScrollH: ta.scrollHeight,
        taClientH: ta.clientHeight,
        taScrollW: ta.scrollWidth,
        taClientW: ta.clientWidth,
        lines: Math.round(ta.clientHeight / parseFloat(getComputedStyle(ta).lineHeight)),
      };
    });
    expect(fit.cellScroll).toBeLessThanOrEqual(fit.cellClient);
    expect(fit.taScrollW).toBeLessThanOrEqual(fit.taClientW);
    expect(fit.taScrollH).toBeLessThanOrEqual(fit.taClientH + 1);
    expect(fit.lines).toBeGreaterThanOrEqual(2);

    // One labelled menu per row; "Sửa chi tiết" shows the criterion beside the table, in view.
    const menuButton = longRow.getByTestId('row-menu');
    expect(await menuButton.textContent()).toContain('Thao tác');
    await menuButton.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toContain('Chuyển lên');
    // Accessible while editing, with the menu open (axe: no serious or critical violation).
    expect(await seriousAxe(page)).toEqual([]);
    await menu.getByRole('menuitem', { name: 'Sửa chi tiết' }).click();
    const panel = page.getByTestId('detail-panel');
    await page
      .getByTestId('detail-title')
      .filter({ hasText: LONG_TITLE.slice(0, 40) })
      .waitFor();
    const [panelBox, tableBox, rowBox] = await Promise.all([
      panel.boundingBox(),
      page.locator('table.ctable').boundingBox(),
      longRow.boundingBox(),
    ]);
    expect(panelBox!.x).toBeGreaterThanOrEqual(tableBox!.x + tableBox!.width - 1);
    expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(1366);
    expect(panelBox!.y).toBeGreaterThanOrEqual(0);
    expect(panelBox!.y).toBeLessThan(768);
    expect(rowBox!.y + rowBox!.height).toBeGreaterThan(0);
    expect(rowBox!.y).toBeLessThan(768);
    screenshots.push(await shot(page, 'criteria-01-detail-beside'));
    expect(await seriousAxe(page)).toEqual([]);

    // An error: the list at the top names the row; its link scrolls to it and highlights it.
    const max = page.locator(`tr[data-code="${ctx.far}"]`).getByTestId('node-max');
    const original = await max.inputValue();
    await max.fill(String(Number(original.replace(',', '.')) + 1).replace('.', ','));
    const issues = page.getByTestId('issues');
    const link = issues.getByTestId('issue-link').first();
    await link.waitFor();
    const linkCode = (await link.textContent())!.trim();
    const issuesBox = await issues.boundingBox();
    expect(issuesBox!.y).toBeLessThan(tableBox!.y);
    // From the top of the page (the row far below), follow the link.
    await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
    await link.click();
    const target = page.locator(`tr[data-code="${linkCode}"]`);
    await expect.poll(() => target.getAttribute('class')).toContain('crow--flash');
    const targetBox = await target.boundingBox();
    expect(targetBox!.y).toBeGreaterThanOrEqual(0);
    expect(targetBox!.y + targetBox!.height).toBeLessThanOrEqual(768);
    screenshots.push(await shot(page, 'criteria-02-error-link'));
    await max.fill(original);
    await expect.poll(() => issues.getByTestId('issue-link').count()).toBe(0);

    // Drag the second leaf above the first, save, reload: the order stays.
    const before = await readSet();
    const titleOf = (nodes: SetNode[], code: string) => nodes.find((n) => n.code === code)!.title;
    const firstTitle = titleOf(before, ctx.first);
    const secondTitle = titleOf(before, ctx.second);
    const source = page.locator(`tr[data-code="${ctx.second}"] [data-testid="drag-handle"]`);
    await page.locator(`tr[data-code="${ctx.first}"]`).scrollIntoViewIfNeeded();
    await source.dragTo(page.locator(`tr[data-code="${ctx.first}"]`), { targetPosition: { x: 40, y: 4 } });
    await expect.poll(() => page.locator(`tr[data-code="${ctx.first}"] textarea`).inputValue()).toBe(secondTitle);
    expect(await page.locator(`tr[data-code="${ctx.second}"] textarea`).inputValue()).toBe(firstTitle);
    await page.getByTestId('dirty').waitFor();
    const saved = nextOperation(page, 'ReplaceCriteriaSet');
    await page.getByTestId('save').click();
    const body = (await (await saved).json()) as { errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await page.getByTestId('dirty').waitFor({ state: 'detached' });
    await openEditor(page);
    expect(await page.locator(`tr[data-code="${ctx.first}"] textarea`).inputValue()).toBe(secondTitle);
    expect(await page.locator(`tr[data-code="${ctx.second}"] textarea`).inputValue()).toBe(firstTitle);
    const after = await readSet();
    expect(titleOf(after, ctx.first)).toBe(secondTitle);
    expect(titleOf(after, ctx.second)).toBe(firstTitle);
    // The moved criteria stayed the same nodes (ids follow the content, not the codes).
    const idOf = (nodes: SetNode[], code: string) => nodes.find((n) => n.code === code)!.id;
    expect(idOf(after, ctx.first)).toBe(idOf(before, ctx.second));
    expect(idOf(after, ctx.second)).toBe(idOf(before, ctx.first));
    await s.close();
  }, 180_000);

  it('on a 390×844 phone: stacked rows, no sideways scrolling, the detail as a drawer in view', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn', PHONE);
    const { page } = s;
    await openEditor(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const row = page.locator(`tr[data-code="${ctx.longCode}"]`);
    await row.scrollIntoViewIfNeeded();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    const cell = await row.evaluate((tr) => {
      const c = tr.querySelector<HTMLElement>('td.c-title')!;
      return { scroll: c.scrollWidth, client: c.clientWidth, right: c.getBoundingClientRect().right };
    });
    expect(cell.scroll).toBeLessThanOrEqual(cell.client);
    expect(cell.right).toBeLessThanOrEqual(390);
    await row.getByTestId('row-menu').click();
    await page.getByRole('menuitem', { name: 'Sửa chi tiết' }).click();
    const drawer = page.getByTestId('detail-panel');
    await drawer.waitFor();
    const box = await drawer.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.y).toBeLessThan(844);
    screenshots.push(await shot(page, 'criteria-03-phone-drawer'));
    await page.getByTestId('detail-close').click();
    await drawer.waitFor({ state: 'detached' });
    await s.close();
  }, 120_000);
});
