import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { graphql } from './server-process';
import { screenshotPath } from './browser';

/** Password of every demo user (README, server/src/seed/org-demo.ts). */
export const DEMO_PASSWORD = 'demo-cchc-2025';

export interface Session {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Viewport and touch of a phone the commune officers use (issue 11 §2). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A fresh browser context (own storage) signed in through the login form, at a laptop size unless `device` says otherwise. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  device: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean; deviceScaleFactor?: number } = {
    viewport: { width: 1366, height: 768 },
  },
): Promise<Session> {
  const context = await browser.newContext({ ...device, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page, close: () => context.close() };
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Resolves with the response of the next GraphQL operation of that name. */
export function nextOperation(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') &&
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes(`"operationName":"${operationName}"`),
  );
}

/** A typed GraphQL client for one demo user, for arranging and verifying through the API. */
export async function apiAs(baseUrl: string, username: string) {
  const res = await graphql<{ login: { token: string; user: { id: string; unit: { id: string } } } }>(
    baseUrl,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id unit { id } } } }',
    { u: username, p: DEMO_PASSWORD },
  );
  if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  const { token, user } = res.data.login;
  async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await graphql<T>(baseUrl, query, variables, token);
    if (r.errors?.length || !r.data) throw new Error(`${username}: ${JSON.stringify(r.errors)}`);
    return r.data;
  }
  return {
    token,
    userId: user.id,
    unitId: user.unit.id,
    gql,
    raw: (q: string, v: Record<string, unknown> = {}) => graphql(baseUrl, q, v, token),
  };
}
export type Api = Awaited<ReturnType<typeof apiAs>>;

/**
 * How far the page scrolls sideways (0 when nothing does): the document (scrollingElement against
 * the viewport's width) and the main area. A phone layout must keep it at 0.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const main = document.querySelector('main');
    return Math.max(doc.scrollWidth - window.innerWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });
}

/** The element is shown and lies within the viewport's width (left edge ≥ 0, right edge ≤ innerWidth). */
export async function withinViewportWidth(locator: Locator): Promise<{ ok: boolean; box: string }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = await locator.page().evaluate(() => window.innerWidth);
  if (!box) return { ok: false, box: 'not rendered' };
  return { ok: box.width > 0 && box.x >= 0 && box.x + box.width <= width + 0.5, box: `x=${box.x} w=${box.width} of ${width}` };
}

/**
 * Creates `year` by copying the province's 2025 year (two-level), builds its roster and opens it
 * for self-assessment, through the API as the province administrator; returns the ids of both.
 */
export async function openYearFrom2025(admin: Api, year: number): Promise<{ year2025Id: string; yearId: string }> {
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: admin.unitId },
  );
  const year2025Id = years.assessmentYears.find((y) => y.year === 2025)!.id;
  const created = await admin.gql<{ createAssessmentYear: { id: string } }>(
    'mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { id } }',
    { input: { provinceId: admin.unitId, year, name: `Chỉ số CCHC năm ${year}`, model: 'TWO_LEVEL', copyFromYearId: year2025Id } },
  );
  const yearId = created.createAssessmentYear.id;
  await admin.gql('mutation($id: ID!) { buildRoster(yearId: $id) { added } }', { id: yearId });
  await admin.gql('mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }', { id: yearId });
  return { year2025Id, yearId };
}

/** Waits until the score sheet on the page shows all its rows (long sheets render in chunks). */
export async function waitForSheet(page: Page): Promise<void> {
  await page.locator('table.sheet-table[data-complete="true"]').waitFor();
}

/** Opens a score sheet by its address and waits for all its rows. */
export async function openSheet(page: Page, baseUrl: string, sheetId: string): Promise<void> {
  await page.goto(`${baseUrl}/score-sheets/${sheetId}`);
  await waitForSheet(page);
}

/** A leaf as the specs read it from `scoreSheet { criteria }` to declare a value. */
export interface DeclarableLeaf {
  method: string | null;
  section: string;
  params: string | null;
}

/** A value each method accepts (bonus and penalty leaves declare nothing earned); null for methods a unit cannot declare. */
export function declaredFor(c: DeclarableLeaf): string | null {
  const earned = c.section !== 'BONUS' && c.section !== 'PENALTY';
  switch (c.method) {
    case 'YES_NO':
      return earned ? '1' : '0';
    case 'PROPORTIONAL':
    case 'RATIO_TIERS':
      return earned ? '100' : '0';
    case 'LEVELS':
      // params is a JSON string (the API's JSON scalar as the criteria set stores it).
      return (JSON.parse(String(c.params)) as { levels: { key: string }[] }).levels[0].key;
    case 'COUNT':
    case 'DEDUCTION':
    case 'MANUAL':
      return '0';
    default:
      return null;
  }
}

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's violations on the page as it is now (at most six nodes each), evaluated through the
 * DevTools protocol: the admin's Content-Security-Policy (script-src 'self') rightly refuses an
 * injected <script> tag.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** The serious and critical violations, one line each (an empty list is a pass). */
export async function seriousAxe(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * How far the content of a card sits inside its border at the least, in px (left, right, top):
 * a card whose text touches its frame has 0. `content` are the elements that must keep clear.
 */
export async function cardInset(card: Locator, content: Locator): Promise<number> {
  const outer = (await card.boundingBox())!;
  let least = Infinity;
  for (const el of await content.all()) {
    const box = await el.boundingBox();
    if (!box || box.width === 0) continue;
    least = Math.min(least, box.x - outer.x, outer.x + outer.width - (box.x + box.width), box.y - outer.y);
  }
  return least;
}

/**
 * The page has drawn its data: the main area is there, the network is quiet and no spinner is
 * left in it (bounded; returns whether it settled). For checks on a whole page after navigation.
 */
export async function settled(page: Page, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  await page.locator('main').first().waitFor();
  let quietRounds = 0;
  while (Date.now() < deadline && quietRounds < 2) {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    quietRounds = (await page.locator('main .spinner').count()) === 0 ? quietRounds + 1 : 0;
    if (quietRounds < 2) await page.waitForTimeout(200);
  }
  return quietRounds >= 2;
}

/**
 * Buttons, links, selects and tabs in the top bar, the main area and open dialogs that are
 * smaller than 24×24 px (WCAG 2.5.8 target size), one line each. Links inside a sentence (an
 * inline link in a paragraph, list item or cell) are exempt, as the rule exempts them;
 * checkboxes and radios are left out (their label is part of the target).
 */
export async function smallTargets(page: Page, min = 24): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    const scopes = document.querySelectorAll('header, main, [role="dialog"]');
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll<HTMLElement>('a[href], button, select, [role="button"], [role="tab"], summary')) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        if (el.tagName === 'A' && style.display === 'inline' && el.closest('p, li, td, dd')) continue;
        if (r.width < least || r.height < least) {
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          const id = el.getAttribute('data-testid') ?? el.className;
          out.push(`${el.tagName.toLowerCase()} ${id ? `[${id}] ` : ''}"${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      }
    }
    return [...new Set(out)];
  }, min);
}

/** The element is on the first screen as the page opens: within the viewport, nothing scrolled. */
export async function onFirstScreen(locator: Locator): Promise<{ ok: boolean; box: string }> {
  await locator.waitFor();
  const page = locator.page();
  const scrolled = await page.evaluate(() => {
    const main = document.querySelector('main');
    return (document.scrollingElement?.scrollTop ?? 0) + (main?.scrollTop ?? 0);
  });
  const box = await locator.boundingBox();
  const vp = page.viewportSize()!;
  if (!box) return { ok: false, box: 'not rendered' };
  const ok = scrolled === 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width;
  return {
    ok,
    box: `x=${Math.round(box.x)} y=${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} in ${vp.width}×${vp.height}, scrolled ${scrolled}`,
  };
}
