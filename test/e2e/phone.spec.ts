/**
 * The admin on a phone and at 1366×768, in Debian's Chromium against the real built server (fresh
 * SQLite, demo data), Vietnamese.
 *
 * - The accountability pages on a 390×844 phone (issue 11, issue 10): Kiểm tra (inspections), Thi
 *   đua, khen thưởng (emulation) and the heads list, as the province administrator. On each page
 *   nothing scrolls sideways, the primary actions lie within the screen's width and open their
 *   dialog, and the dialog's own actions are reachable too.
 * - Every daily page of every demo role on the smallest phone (375×667): the document never
 *   scrolls sideways, the top bar fits, no serious or critical axe violation, every button, link,
 *   select and tab is a 24 px target at the least (WCAG 2.5.8), and the tables officials read on
 *   the road (progress, ranking) show what matters without scrolling sideways.
 * - At 1366×768 the key action or first row of each daily page is on the first screen.
 *
 * Waits are on selectors, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import {
  apiAs,
  cardInset,
  horizontalOverflow,
  onFirstScreen,
  PHONE,
  seriousAxe,
  settled,
  shot,
  signIn,
  smallTargets,
  withinViewportWidth,
  type Session,
} from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let session: Session;
const screenshots: string[] = [];
/** One signed-in context per role and device, opened on first use. */
const roleSessions = new Map<string, Session>();
const ids = { y2024: '', y2025: '', underAppraisal: '' };

/** The smallest phone the officials carry (iPhone SE size). */
const SMALL_PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const LAPTOP = { viewport: { width: 1366, height: 768 } };

async function as(role: string, device: 'phone' | 'laptop'): Promise<Page> {
  const key = `${role}@${device}`;
  let s = roleSessions.get(key);
  if (!s) {
    s = await signIn(browser, server.baseUrl, role, device === 'phone' ? SMALL_PHONE : LAPTOP);
    s.page.setDefaultTimeout(45_000);
    roleSessions.set(key, s);
  }
  return s.page;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  session = await signIn(browser, server.baseUrl, 'admin.qn', PHONE);
  const admin = await apiAs(server.baseUrl, 'admin.qn');
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  ids.y2024 = years.assessmentYears.find((y) => y.year === 2024)!.id;
  ids.y2025 = years.assessmentYears.find((y) => y.year === 2025)!.id;
  const appraiser = await apiAs(server.baseUrl, 'thamdinh.qn');
  const sheets = await appraiser.gql<{ scoreSheets: { edges: { node: { id: string; status: string } }[] } }>(
    'query($y: ID!) { scoreSheets(yearId: $y, first: 500) { edges { node { id status } } } }',
    { y: ids.y2025 },
  );
  ids.underAppraisal = sheets.scoreSheets.edges.find((e) => e.node.status === 'UNDER_APPRAISAL')!.node.id;
});

afterAll(async () => {
  for (const s of roleSessions.values()) await s.close().catch(() => {});
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
  // Not taller than the screen: its body scrolls, its header and footer stay in view.
  const box = (await dialog.boundingBox())!;
  const height = await page.evaluate(() => window.innerHeight);
  expect(box.y, `${name} dialog's top on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} dialog's bottom within the ${height} px screen`).toBeLessThanOrEqual(height + 0.5);
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

/** A daily page of a role: where it is, and what shows that its data has been drawn. */
interface DailyPage {
  role: string;
  name: string;
  url: () => string;
  ready: string;
}

const DAILY_PAGES: DailyPage[] = [
  { role: 'admin.qn', name: 'inbox', url: () => '/', ready: '[data-testid="task-inbox"]' },
  { role: 'admin.qn', name: 'progress 2025', url: () => `/progress?year=${ids.y2025}`, ready: 'tr[data-testid^="progress-row-"]' },
  {
    role: 'admin.qn',
    name: 'progress 2024 (three levels)',
    url: () => `/progress?year=${ids.y2024}`,
    ready: 'tr[data-testid^="progress-row-"]',
  },
  { role: 'admin.qn', name: 'results 2024', url: () => `/results?year=${ids.y2024}`, ready: '[data-testid="rank"]' },
  { role: 'admin.qn', name: 'analysis', url: () => '/analysis', ready: '[data-testid="criteria-figures"]' },
  { role: 'admin.qn', name: 'annual report', url: () => `/analysis/report?year=${ids.y2024}`, ready: '[data-testid="annual-report"]' },
  { role: 'admin.qn', name: 'national indices', url: () => '/analysis/national-indices', ready: 'main table' },
  { role: 'admin.qn', name: 'remediation', url: () => '/accountability/remediation', ready: 'tr[data-testid^="remediation-row-"]' },
  { role: 'admin.qn', name: 'periodic reports', url: () => '/reports', ready: '[data-testid="report-matrix"]' },
  { role: 'admin.qn', name: 'emulation', url: () => '/emulation', ready: 'tr[data-testid^="eligible-row-"]' },
  { role: 'admin.qn', name: 'users', url: () => '/users', ready: 'main table' },
  { role: 'admin.qn', name: 'years', url: () => '/years', ready: 'main h1' },
  { role: 'thamdinh.qn', name: 'inbox', url: () => '/', ready: '[data-testid="task-inbox"]' },
  { role: 'thamdinh.qn', name: 'sheet under appraisal', url: () => `/score-sheets/${ids.underAppraisal}`, ready: 'tr.leaf' },
  // A district of the three-level era: his communes are in 2024 (2025 is two-level).
  {
    role: 'chutich.dongtrieu',
    name: 'progress of his communes',
    url: () => `/progress?year=${ids.y2024}`,
    ready: 'tr[data-testid^="progress-row-"]',
  },
  { role: 'chutich.dongtrieu', name: 'results 2024', url: () => `/results?year=${ids.y2024}`, ready: '[data-testid="rank"]' },
  { role: 'canbo.ansinh', name: 'inbox', url: () => '/', ready: '[data-testid="task-inbox"]' },
  { role: 'canbo.ansinh', name: 'own sheet', url: () => '/score-sheets', ready: 'tr.leaf' },
  { role: 'canbo.ansinh', name: 'own reports', url: () => '/reports', ready: '[data-testid="my-reports"]' },
  { role: 'canbo.ansinh', name: 'own inspections', url: () => '/accountability/my-inspections', ready: 'main h1' },
  { role: 'truong.ansinh', name: 'own sheet (head)', url: () => '/score-sheets', ready: 'tr.leaf' },
  { role: 'canbo.sotuphap', name: 'own inspections', url: () => '/accountability/my-inspections', ready: 'main h1' },
  {
    role: 'canbo.sotuphap',
    name: 'own remediation',
    url: () => '/accountability/remediation',
    ready: 'tr[data-testid^="remediation-row-"]',
  },
  { role: 'xem.qn', name: 'results 2025', url: () => `/results?year=${ids.y2025}`, ready: 'main h1' },
];

describe('every daily page on a 375×667 phone', () => {
  for (const p of DAILY_PAGES) {
    it(`${p.role}: ${p.name} — no sideways scroll, top bar fits, targets ≥ 24 px, axe clean`, async () => {
      const page = await as(p.role, 'phone');
      await page.goto(`${server.baseUrl}${p.url()}`);
      await page.locator(p.ready).first().waitFor();
      await settled(page);
      expect(await horizontalOverflow(page), `${p.name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      const topbar = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.topbar > *')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { what: el.className, left: r.left, right: r.right, width: r.width };
          })
          .filter((b) => b.right > window.innerWidth || b.left < 0),
      );
      expect(topbar, `${p.name}: top bar items beyond the screen`).toEqual([]);
      expect(await smallTargets(page), `${p.name}: targets under 24 px`).toEqual([]);
      expect(await seriousAxe(page), `${p.name}: serious/critical axe violations`).toEqual([]);
    });
  }

  it('the menu button keeps its square and the brand link its name', async () => {
    const page = await as('canbo.ansinh', 'phone');
    await page.goto(`${server.baseUrl}/`);
    await settled(page);
    const menu = (await page.locator('.topbar .menu-btn').boundingBox())!;
    expect(menu.width, 'menu button width (was squeezed to 20 px)').toBeGreaterThanOrEqual(36);
    await expect(page.locator('.topbar a.brand').getAttribute('href')).resolves.toBe('/');
    expect(
      await page
        .locator('.topbar a.brand')
        .innerText()
        .catch(() => ''),
      'visible text is the mark',
    ).toContain('CCHC');
    expect(await page.getByRole('link', { name: /Chỉ số cải cách hành chính/ }).count(), 'the brand link keeps its name').toBe(1);
    // The language switch moved into the menu: open it, switch to English and back.
    await page.locator('.topbar .menu-btn').click();
    const locale = page.locator('#sidebar [data-testid="locale-select"]');
    await expectReachable(locale, 'language switch in the menu');
    await locale.selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).waitFor();
    await page.locator('#sidebar [data-testid="locale-select"]').selectOption('vi');
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).waitFor();
  });

  it('the long dialogs fit a 667 px screen with their save button reachable (new inspection, remediation item)', async () => {
    const page = await as('admin.qn', 'phone');
    await page.goto(`${server.baseUrl}/accountability/inspections`);
    await page.getByTestId('inspection-list').waitFor();
    await checkDialog(page, page.getByTestId('new-inspection'), 'save-inspection', '375-inspection');
    const unitPage = await as('canbo.sotuphap', 'phone');
    await unitPage.goto(`${server.baseUrl}/accountability/remediation`);
    const open = unitPage.locator('[data-testid^="open-remediation-"]').first();
    await open.waitFor();
    await open.click();
    const dialog = unitPage.locator('[role="dialog"]').last();
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.y + box.height, 'remediation item within the 667 px screen').toBeLessThanOrEqual(667.5);
    expect((await withinViewportWidth(dialog)).ok).toBe(true);
    screenshots.push(await shot(unitPage, 'phone-375-remediation-item'));
    await unitPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('progress: each sheet a card — status, progress and index on screen, no sideways scroll inside the table', async () => {
    const page = await as('thamdinh.qn', 'phone');
    await page.goto(`${server.baseUrl}/progress?year=${ids.y2025}`);
    const row = page.locator('tr[data-testid^="progress-row-"]').first();
    await row.waitFor();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    const cells = await row
      .locator('td')
      .evaluateAll((tds) =>
        tds
          .filter((td) => getComputedStyle(td).display !== 'none')
          .map((td) => ({ right: td.getBoundingClientRect().right, label: td.getAttribute('data-label') })),
      );
    for (const c of cells) expect(c.right, `cell ${c.label ?? ''} within the screen`).toBeLessThanOrEqual(375);
    // The figures say what they are (the table head is hidden on a phone).
    expect(cells.map((c) => c.label).filter(Boolean)).toEqual(
      expect.arrayContaining(['Tiến độ', 'Hạn', 'Tự chấm', 'Thẩm định', 'Chỉ số', 'Khối', 'Đơn vị đánh giá']),
    );
    const wrap = page.locator('[data-testid="progress-table"]').locator('xpath=..');
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table scrolls sideways inside its card').toBeLessThanOrEqual(
      0,
    );
    screenshots.push(await shot(page, 'phone-375-progress'));
  });

  it('ranking: rank, unit, index and classification fit the first screen width; long names wrap', async () => {
    const page = await as('admin.qn', 'phone');
    await page.goto(`${server.baseUrl}/results?year=${ids.y2024}`);
    const first = page.locator('tbody tr', { has: page.getByTestId('rank') }).first();
    await first.waitFor();
    for (const what of ['rank', 'unit', 'index']) {
      const r = await withinViewportWidth(first.getByTestId(what));
      expect(r.ok, `${what} on screen (${r.box})`).toBe(true);
    }
    const chip = first.locator('td').nth(3);
    const box = (await chip.boundingBox())!;
    expect(box.x, 'the classification starts on screen').toBeLessThan(375);
    // The longest department's name wraps onto two lines instead of pushing the figures off.
    const long = page.getByTestId('unit').filter({ hasText: 'Sở Lao động - Thương binh và Xã hội' });
    expect((await long.boundingBox())!.height).toBeGreaterThan(30);
    screenshots.push(await shot(page, 'phone-375-ranking'));
  });
});

describe('at 1366×768 the daily action is on the first screen', () => {
  const FIRST_SCREEN: { role: string; name: string; url: () => string; target: string }[] = [
    { role: 'thamdinh.qn', name: 'inbox: the first task', url: () => '/', target: '[data-testid="task-inbox"] li a' },
    { role: 'canbo.ansinh', name: 'inbox: the first task', url: () => '/', target: '[data-testid="task-inbox"] li a' },
    {
      role: 'thamdinh.qn',
      name: 'progress: the first sheet',
      url: () => `/progress?year=${ids.y2025}`,
      target: 'tr[data-testid^="progress-row-"] a',
    },
    {
      role: 'thamdinh.qn',
      name: 'sheet under appraisal: the actions',
      url: () => `/score-sheets/${ids.underAppraisal}`,
      target: '[role="toolbar"] button',
    },
    {
      role: 'thamdinh.qn',
      name: 'sheet under appraisal: the first criterion',
      url: () => `/score-sheets/${ids.underAppraisal}`,
      target: 'tr.leaf',
    },
    {
      role: 'admin.qn',
      name: 'results: export and the first ranked unit',
      url: () => `/results?year=${ids.y2024}`,
      target: '[data-testid="unit"]',
    },
    { role: 'admin.qn', name: 'results: export', url: () => `/results?year=${ids.y2024}`, target: '[data-testid="export-ranking"]' },
    {
      role: 'canbo.sotuphap',
      name: 'remediation: the first item',
      url: () => '/accountability/remediation',
      target: 'tr[data-testid^="remediation-row-"]',
    },
  ];
  for (const f of FIRST_SCREEN) {
    it(`${f.role}: ${f.name}`, async () => {
      const page = await as(f.role, 'laptop');
      await page.goto(`${server.baseUrl}${f.url()}`);
      const target = page.locator(f.target).first();
      await target.waitFor();
      await settled(page);
      const r = await onFirstScreen(target);
      expect(r.ok, `${f.name} (${r.box})`).toBe(true);
      expect(await horizontalOverflow(page), `${f.name}: the page scrolls sideways at 1366 px`).toBeLessThanOrEqual(0);
    });
  }
});
