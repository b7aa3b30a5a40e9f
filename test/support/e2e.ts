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
