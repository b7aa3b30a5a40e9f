/**
 * Page budgets and accessibility of the main pages (issue 11 §8 and §10), in Debian's Chromium
 * against the real built server (fresh SQLite, demo data), each page as the role that uses it,
 * at 1366×768, loaded cold (browser cache off) as a first visit after signing in.
 *
 * Per page it measures
 *   - transferred bytes: every response's encoded size on the wire (CDP Network.loadingFinished),
 *   - JS: transferred (compressed) and decoded bytes of the scripts,
 *   - the number of requests,
 *   - the longest main-thread task (PerformanceObserver 'longtask', installed before navigation,
 *     from navigation start to a short settle after the page has drawn its data),
 * prints a table (with the previous run beside it when test-artifacts/page-budgets.json exists)
 * and writes the figures to test-artifacts/page-budgets.json.
 *
 * It is a benchmark, not a timed test. Misses are handled like this (budgets in page-budgets.json):
 *   - bytes are deterministic for a build and the demo data: a page whose transferred bytes or JS
 *     bytes exceed its budget fails the last step, naming the page and the figures;
 *   - the longest task depends on the machine (a busy 2-core CI box): it is printed and a miss of
 *     the 200 ms target is marked "OVER" in the table, never asserted.
 *
 * Accessibility: axe-core (pinned in test/package.json, injected from node_modules) runs on every
 * page once it has settled, and on the panels and drawers opened from a page (notifications, sheet
 * history, org audit trail, inspection form, remediation item); a serious or critical violation, or
 * one of the moderate rules held at zero (ALSO_ASSERTED), fails that step, listing the rule, the
 * nodes and axe's help text.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { REPO_ROOT, startServer, type ServerProcess } from '../support/server-process';
import { apiAs, axeViolations, signIn, type AxeViolation, type Session } from '../support/e2e';

interface Budget {
  /** All responses of the page, as transferred (KB = 1024 bytes). */
  transferKB: number;
  /** Scripts as transferred (compressed). */
  jsKB: number;
}
interface BudgetFile {
  longestTaskMs: number;
  pages: Record<string, Budget>;
}
interface Measured {
  page: string;
  role: string;
  url: string;
  requests: number;
  transferKB: number;
  jsKB: number;
  jsDecodedKB: number;
  jsFiles: number;
  longestTaskMs: number;
  longTasks: number;
  settled: boolean;
  axeSeriousOrCritical: number;
}

const BUDGET_FILE = path.join(__dirname, 'page-budgets.json');
const OUT_DIR = path.join(REPO_ROOT, 'test-artifacts');
const OUT_FILE = path.join(OUT_DIR, 'page-budgets.json');
const budgets = JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as BudgetFile;
const previous: Measured[] = existsSync(OUT_FILE)
  ? ((JSON.parse(readFileSync(OUT_FILE, 'utf8')) as { pages: Measured[] }).pages ?? [])
  : [];

let server: ServerProcess;
let browser: Browser;
const sessions = new Map<string, Session>();
const results: Measured[] = [];
const headerProblems: string[] = [];
const ids = { provinceId: '', y2024: '', y2025: '', bigSheet: '', bigSheetLeaves: 0 };

/** Long tasks from navigation start, kept on window for the test to read. */
const LONGTASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support: none recorded */ }
})();`;

async function session(username: string): Promise<Session> {
  let s = sessions.get(username);
  if (!s) {
    if (username === 'anonymous') {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      const page = await context.newPage();
      s = { context, page, close: () => context.close() };
    } else s = await signIn(browser, server.baseUrl, username);
    await s.context.addInitScript({ content: LONGTASK_OBSERVER });
    s.page.setDefaultTimeout(45_000);
    sessions.set(username, s);
  }
  return s;
}

/** Network accounting of one cold page load through the DevTools protocol. */
async function recordNetwork(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const reqs = new Map<
    string,
    { url: string; type: string; mime: string; headers: Record<string, string>; encoded: number; decoded: number; done: boolean }
  >();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!reqs.has(e.requestId))
      reqs.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', mime: '', headers: {}, encoded: 0, decoded: 0, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (!r) return;
    r.type = e.type;
    r.mime = e.response.mimeType;
    r.headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) {
      r.encoded = e.encodedDataLength;
      r.done = true;
    }
  });
  return {
    reqs,
    stop: async () => {
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

/** The page has drawn its data: network quiet and no spinner left in the main area (bounded; never fails). */
async function settle(page: Page): Promise<boolean> {
  const deadline = Date.now() + 45_000;
  await page.locator('main').first().waitFor();
  let quietRounds = 0;
  while (Date.now() < deadline) {
    await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
    const spinners = await page.locator('main .spinner').count();
    quietRounds = spinners === 0 ? quietRounds + 1 : 0;
    if (quietRounds >= 2) break;
    await page.waitForTimeout(300);
  }
  // Let the main thread finish what the data set off (rendering, charts) before reading long tasks.
  await page.waitForTimeout(1_500);
  return quietRounds >= 2;
}

/** Loads `url` cold as `role`, measures it, runs axe; returns the serious/critical violations. */
async function measure(name: string, role: string, url: string, ready?: string): Promise<AxeViolation[]> {
  const { page } = await session(role);
  const net = await recordNetwork(page);
  await page.goto(`${server.baseUrl}${url}`, { waitUntil: 'load' });
  if (ready) await page.locator(ready).first().waitFor({ timeout: 60_000 });
  const settled = await settle(page);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks?: { duration: number }[] }).__longTasks ?? []);
  await net.stop();
  const all = [...net.reqs.values()].filter((r) => !r.url.startsWith('data:'));
  const js = all.filter((r) => r.type === 'Script' || /\.m?js(\?|$)/.test(r.url));
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  // Compression and caching as the browser saw them (issue 11 §8): text over 1 KB travels as
  // brotli or gzip; hashed assets (/assets/name-hash.ext) are cached for a year as immutable.
  for (const r of all) {
    if (!r.done) continue;
    const file = new URL(r.url).pathname;
    if (/^(text\/|application\/(json|javascript|graphql-response\+json)|image\/svg)/.test(r.mime) && r.decoded > 1024) {
      if (!/^(br|gzip)$/.test(r.headers['content-encoding'] ?? '')) headerProblems.push(`${name}: ${file} (${r.mime}) not compressed`);
    }
    if (file.startsWith('/assets/') && !/immutable/.test(r.headers['cache-control'] ?? '')) {
      headerProblems.push(`${name}: ${file} cache-control "${r.headers['cache-control']}" is not immutable`);
    }
  }
  results.push({
    page: name,
    role,
    url,
    requests: all.length,
    transferKB: kb(all.reduce((s, r) => s + r.encoded, 0)),
    jsKB: kb(js.reduce((s, r) => s + r.encoded, 0)),
    jsDecodedKB: kb(js.reduce((s, r) => s + r.decoded, 0)),
    jsFiles: js.length,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: tasks.length,
    settled,
    axeSeriousOrCritical: 0,
  });
  const serious = blocking(name, await axeViolations(page));
  results[results.length - 1].axeSeriousOrCritical = serious.length;
  return serious;
}

/**
 * Moderate rules held at zero once fixed (issue 11 §10): the score sheet's heading outline, and
 * dialogs and drawers that added a second banner/contentinfo landmark or put role="dialog" on an aside.
 */
const ALSO_ASSERTED = new Set(['heading-order', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'aria-allowed-role']);

/** Prints every violation; returns the ones that fail the step (serious, critical, or held at zero). */
function blocking(name: string, violations: AxeViolation[]): AxeViolation[] {
  if (violations.length) {
    console.log(
      `axe ${name}: ${violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}${v.nodes.length === 6 ? '+' : ''})`).join(', ')}`,
    );
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO_ASSERTED.has(v.id));
}

function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

function table(rows: Measured[]): string {
  const prev = new Map(previous.map((p) => [p.page, p]));
  const head = ['page', 'role', 'req', 'transfer KB', 'JS KB (gz/br)', 'JS KB decoded', 'longest task ms', 'budget'];
  const lines = rows.map((r) => {
    const b = budgets.pages[r.page];
    const p = prev.get(r.page);
    const was = (now: number, before: number | undefined) => (before === undefined || before === now ? `${now}` : `${now} (was ${before})`);
    const over: string[] = [];
    if (b && r.transferKB > b.transferKB) over.push(`transfer > ${b.transferKB}`);
    if (b && r.jsKB > b.jsKB) over.push(`JS > ${b.jsKB}`);
    if (r.longestTaskMs > budgets.longestTaskMs) over.push(`OVER ${budgets.longestTaskMs} ms`);
    return [
      r.page,
      r.role,
      was(r.requests, p?.requests),
      was(r.transferKB, p?.transferKB),
      was(r.jsKB, p?.jsKB),
      was(r.jsDecodedKB, p?.jsDecodedKB),
      was(r.longestTaskMs, p?.longestTaskMs) + (r.settled ? '' : ' (not settled)'),
      b ? (over.length ? over.join(', ') : 'ok') : 'no budget',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await apiAs(server.baseUrl, 'admin.qn');
  ids.provinceId = admin.unitId;
  const years = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: ids.provinceId },
  );
  ids.y2024 = years.assessmentYears.find((y) => y.year === 2024)!.id;
  ids.y2025 = years.assessmentYears.find((y) => y.year === 2025)!.id;
  // The biggest demo sheet the appraiser works on (most leaves; one under appraisal when tied).
  const appraiser = await apiAs(server.baseUrl, 'thamdinh.qn');
  const sheets = await appraiser.gql<{
    scoreSheets: { edges: { node: { id: string; status: string; progress: { total: number } } }[] };
  }>('query($y: ID!) { scoreSheets(yearId: $y, first: 500) { edges { node { id status progress { total } } } } }', { y: ids.y2025 });
  const ranked = sheets.scoreSheets.edges
    .map((e) => e.node)
    .sort((a, b) => b.progress.total - a.progress.total || Number(b.status === 'UNDER_APPRAISAL') - Number(a.status === 'UNDER_APPRAISAL'));
  ids.bigSheet = ranked[0].id;
  ids.bigSheetLeaves = ranked[0].progress.total;
});

afterAll(async () => {
  for (const s of sessions.values()) await s.close().catch(() => {});
  await browser?.close();
  await server?.stop();
  if (!results.length) return;
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    OUT_FILE,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), viewport: '1366x768', longestTaskTargetMs: budgets.longestTaskMs, pages: results }, null, 2)}\n`,
  );
  console.log(
    `\nPage budgets (cold load at 1366×768, demo data; "was" = previous run in test-artifacts; big sheet: ${ids.bigSheetLeaves} leaves)\n${table(results)}\n` +
      `written to ${path.relative(REPO_ROOT, OUT_FILE)}; budgets in ${path.relative(REPO_ROOT, BUDGET_FILE)}\n`,
  );
});

describe('main pages: bytes, requests, longest task, and no serious or critical axe violation', () => {
  const pages: { name: string; role: string; url: () => string; ready?: string }[] = [
    { name: 'sign-in', role: 'anonymous', url: () => '/login', ready: 'form button[type="submit"]' },
    { name: 'home (admin)', role: 'admin.qn', url: () => '/' },
    { name: 'home (appraiser)', role: 'thamdinh.qn', url: () => '/' },
    { name: 'home (unit officer)', role: 'canbo.ansinh', url: () => '/' },
    { name: 'org units', role: 'admin.qn', url: () => '/org-units' },
    { name: 'org unit detail', role: 'admin.qn', url: () => `/org-units/${ids.provinceId}` },
    { name: 'users', role: 'admin.qn', url: () => '/users' },
    { name: 'years', role: 'admin.qn', url: () => '/years' },
    { name: 'year detail 2025', role: 'admin.qn', url: () => `/years/${ids.y2025}` },
    { name: 'criteria 2025', role: 'admin.qn', url: () => `/criteria?year=${ids.y2025}` },
    { name: 'score sheet (unit officer)', role: 'canbo.ansinh', url: () => '/score-sheets', ready: 'tr.leaf' },
    { name: 'score sheet (appraiser, big)', role: 'thamdinh.qn', url: () => `/score-sheets/${ids.bigSheet}`, ready: 'tr.leaf' },
    { name: 'progress 2025', role: 'thamdinh.qn', url: () => `/progress?year=${ids.y2025}` },
    { name: 'progress 2024 (3-level)', role: 'admin.qn', url: () => `/progress?year=${ids.y2024}` },
    { name: 'results 2024', role: 'admin.qn', url: () => `/results?year=${ids.y2024}` },
    { name: 'results 2025', role: 'xem.qn', url: () => `/results?year=${ids.y2025}` },
    { name: 'analysis', role: 'admin.qn', url: () => '/analysis' },
    { name: 'national indices', role: 'admin.qn', url: () => '/analysis/national-indices' },
    { name: 'heads', role: 'admin.qn', url: () => '/accountability/heads' },
    { name: 'what-if', role: 'admin.qn', url: () => '/analysis/what-if' },
    { name: 'survey import', role: 'admin.qn', url: () => '/survey-import' },
    { name: 'org units import', role: 'admin.qn', url: () => '/org-units/import' },
    { name: 'api clients', role: 'admin.qn', url: () => '/api-clients' },
    // Accountability (issue 10) and the rest of the menu.
    { name: 'annual report', role: 'admin.qn', url: () => '/analysis/report' },
    { name: 'inspections', role: 'admin.qn', url: () => '/accountability/inspections', ready: '[data-testid="inspection-list"]' },
    {
      name: 'remediation (province)',
      role: 'admin.qn',
      url: () => '/accountability/remediation',
      ready: 'tr[data-testid^="remediation-row-"]',
    },
    {
      name: 'remediation (unit officer)',
      role: 'canbo.sotuphap',
      url: () => '/accountability/remediation',
      ready: 'tr[data-testid^="remediation-row-"]',
    },
    { name: 'periodic reports (province)', role: 'admin.qn', url: () => '/reports', ready: '[data-testid="report-matrix"]' },
    { name: 'periodic reports (unit officer)', role: 'canbo.ansinh', url: () => '/reports', ready: '[data-testid="my-reports"]' },
    { name: 'emulation', role: 'admin.qn', url: () => '/emulation', ready: 'tr[data-testid^="eligible-row-"]' },
    { name: 'home (chair)', role: 'chutich.qn', url: () => '/', ready: '[data-testid="task-inbox"]' },
  ];

  for (const p of pages) {
    it(`${p.name} as ${p.role}`, async () => {
      const serious = await measure(p.name, p.role, p.url(), p.ready);
      expect(serious, `${p.name}: serious/critical axe violations\n${describeViolations(serious)}`).toEqual([]);
    });
  }

  // Panels and drawers opened on a page (axe only: their bytes are the page's). Each is opened
  // the way a user does and must be on screen before axe runs, so a panel that no longer opens fails.
  const panels: { name: string; role: string; url: () => string; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'notifications panel',
      role: 'canbo.ansinh',
      url: () => '/',
      open: async (page) => {
        await page.getByTestId('notification-bell').click();
        await page.getByTestId('notification-panel').waitFor();
        await page.getByTestId('notification-panel').locator('li, .bell__state').first().waitFor();
      },
    },
    {
      name: 'sheet history drawer',
      role: 'thamdinh.qn',
      url: () => `/score-sheets/${ids.bigSheet}`,
      open: async (page) => {
        await page.getByTestId('sheet-history').click();
        await page.getByTestId('audit-list').waitFor();
      },
    },
    {
      name: 'org audit trail',
      role: 'admin.qn',
      url: () => '/users',
      open: async (page) => {
        await page.locator('details.audit > summary').click();
        await page.locator('details.audit[open] table, details.audit[open] li').first().waitFor();
      },
    },
    {
      name: 'inspection form',
      role: 'admin.qn',
      url: () => '/accountability/inspections',
      open: async (page) => {
        await page.getByTestId('new-inspection').click();
        await page.getByTestId('inspection-form').waitFor();
      },
    },
    {
      name: 'remediation item',
      role: 'admin.qn',
      url: () => '/accountability/remediation',
      open: async (page) => {
        await page.locator('[data-testid^="open-remediation-"]').first().click();
        await page.locator('[role="dialog"]').first().waitFor();
      },
    },
  ];

  for (const p of panels) {
    it(`${p.name} as ${p.role}: no serious or critical axe violation`, async () => {
      const { page } = await session(p.role);
      await page.goto(`${server.baseUrl}${p.url()}`);
      await settle(page);
      await p.open(page);
      const serious = blocking(p.name, await axeViolations(page));
      expect(serious, `${p.name}: serious/critical axe violations\n${describeViolations(serious)}`).toEqual([]);
      await page.keyboard.press('Escape');
    });
  }

  it('every page within its byte budget (deterministic); the longest task is printed, not asserted', () => {
    const misses: string[] = [];
    for (const r of results) {
      const b = budgets.pages[r.page];
      if (!b) {
        misses.push(`${r.page}: no budget in page-budgets.json (measured ${r.transferKB} KB, JS ${r.jsKB} KB)`);
        continue;
      }
      if (r.transferKB > b.transferKB) misses.push(`${r.page}: transferred ${r.transferKB} KB > budget ${b.transferKB} KB`);
      if (r.jsKB > b.jsKB) misses.push(`${r.page}: JS ${r.jsKB} KB > budget ${b.jsKB} KB`);
    }
    expect(results.length, 'pages measured').toBe(pages.length);
    expect(misses).toEqual([]);
    expect(headerProblems, 'text responses compressed, hashed assets immutable').toEqual([]);
  });
});
