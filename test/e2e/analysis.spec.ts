/**
 * Analysis and reports in Debian's Chromium against the real built server (fresh SQLite, demo
 * data): the province administrator analyses 2024, writes a cause and a solution, compares 2025
 * with 2024, opens the annual report's print view (and prints it to PDF), and tries next year's
 * weights in the sandbox, imports survey results on the open year (row errors, then the apply) and
 * reads the province's national indices. Waits are on selectors and on named GraphQL operations, never on sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { apiAs, nextOperation, shot, signIn, type Api } from '../support/e2e';

let server: ServerProcess;
let browser: Browser;
let admin: Api;
const years: Record<number, string> = {};
const screenshots: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await apiAs(server.baseUrl, 'admin.qn');
  const provinceId = admin.unitId;
  const found = await admin.gql<{ assessmentYears: { id: string; year: number }[] }>(
    'query($p: ID!) { assessmentYears(provinceId: $p) { id year } }',
    { p: provinceId },
  );
  for (const y of found.assessmentYears) years[y.year] = y.id;
  // Next year, copied from 2025 and still in planning: the draft criteria sets of the sandbox.
  const created = await admin.gql<{ createAssessmentYear: { id: string } }>(
    'mutation($p: ID!, $from: ID!) { createAssessmentYear(input: { provinceId: $p, year: 2026, name: "Chỉ số CCHC năm 2026", model: TWO_LEVEL, copyFromYearId: $from }) { id } }',
    { p: provinceId, from: years[2025] },
  );
  years[2026] = created.createAssessmentYear.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`analysis e2e screenshots:\n  ${screenshots.join('\n  ')}`);
});

describe('analysis, annual report and what-if in the browser', () => {
  it('analyses 2024 (figures, heat map, a cause and a solution) and compares 2025 with 2024', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'CriteriaAnalysis');
    await page.goto(`${server.baseUrl}/analysis?year=${years[2024]}`);
    const body = (await (await loaded).json()) as { data?: { criteriaAnalysis: { unitCount: number; criteria: { code: string }[] } } };
    expect(body.data!.criteriaAnalysis.unitCount).toBeGreaterThan(0);
    const table = page.getByTestId('criteria-figures');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(body.data!.criteriaAnalysis.criteria.length);
    // Sort by average loss: the header says so for screen readers.
    await table.getByRole('button', { name: /Điểm mất bình quân/ }).click();
    await expect.poll(() => table.locator('th[aria-sort="descending"]').count()).toBe(1);
    screenshots.push(await shot(page, 'analysis-01-criteria'));

    const code = body.data!.criteriaAnalysis.criteria[0].code;
    await page.getByTestId(`note-${code}`).click();
    await page.getByTestId('note-cause').fill('Kế hoạch CCHC ban hành chậm so với yêu cầu.');
    await page.getByTestId('note-solution').fill('Ban hành kế hoạch trước ngày 15 tháng 12 năm trước.');
    const saved = nextOperation(page, 'SaveAnalysisNote');
    await page.getByTestId('note-save').click();
    expect(((await (await saved).json()) as { errors?: unknown }).errors).toBeUndefined();
    await table.getByText('Kế hoạch CCHC ban hành chậm so với yêu cầu.').waitFor();

    await page.getByTestId('tab-heatmap').click();
    const heat = page.getByTestId('heat-map');
    await heat.locator('tbody tr').first().waitFor();
    await page.getByTestId('heat-col-1').click();
    await heat.getByRole('columnheader', { name: '1.1' }).waitFor();
    screenshots.push(await shot(page, 'analysis-02-heatmap'));

    const compared = nextOperation(page, 'CompareAnalysisYears');
    await page.goto(`${server.baseUrl}/analysis?year=${years[2025]}&tab=compare`);
    const cmp = (await (await compared).json()) as { data?: { compareAnalysisYears: { baseYear: number; units: { basis: string }[] } } };
    expect(cmp.data!.compareAnalysisYears.baseYear).toBe(2024);
    // Every unit of 2025 found in 2024 (itself, or its merged predecessors) has a base index.
    expect(cmp.data!.compareAnalysisYears.units.some((u) => u.basis !== 'NONE')).toBe(true);
    await page.getByTestId('compare-units').locator('tbody tr').first().waitFor();
    screenshots.push(await shot(page, 'analysis-03-compare'));
    await s.close();
  });

  it('opens the 2024 annual report, prints it (A4, national motto, page numbers) and downloads it as XLSX', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'AnnualReport');
    await page.goto(`${server.baseUrl}/analysis/report?year=${years[2024]}`);
    expect(((await (await loaded).json()) as { errors?: unknown }).errors).toBeUndefined();
    const doc = page.getByTestId('annual-report');
    await doc.waitFor();
    await expect.poll(() => page.getByTestId('print-header').innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await page.getByTestId('print-header').innerText()).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(await doc.innerText()).toContain('Chỉ số cải cách hành chính năm 2024');
    // The cause written in the first step is in the report's analysis section.
    await page.getByTestId('report-notes').getByText('Kế hoạch CCHC ban hành chậm so với yêu cầu.').waitFor();
    screenshots.push(await shot(page, 'analysis-04-report'));

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByTestId('export-report').click();
    expect((await download).suggestedFilename()).toBe('bao-cao-chi-so-cchc-2024.xlsx');
    await s.close();
  });

  it('prints the 2024 ranking as a document: agency and national motto, page numbers, signature block', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/results?year=${years[2024]}`);
    await page.getByTestId('unit').first().waitFor();
    const head = page.getByTestId('ranking-print-head');
    await expect.poll(() => head.textContent()).toContain('UBND TỈNH QUẢNG NINH');
    const text = (await head.textContent()) ?? '';
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH');
    expect(await page.getByTestId('print-signature').textContent()).toContain('GIÁM ĐỐC');
    // On screen the document parts stay hidden; on paper they show and the application does not.
    expect(await head.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await head.isVisible()).toBe(true);
    expect(await page.getByTestId('print-signature').isVisible()).toBe(true);
    expect(await page.locator('.topbar').first().isVisible()).toBe(false);
    // Page numbers: the ranking's @page (A4 landscape) carries "page / pages" at the foot (read from
    // the served style sheets: Chromium's CSSOM does not serialize page-margin boxes).
    const pageRule = await page.evaluate(async () => {
      const texts = await Promise.all([
        ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => fetch(l.href).then((r) => r.text())),
        ...[...document.querySelectorAll('style')].map((el) => el.textContent ?? ''),
      ]);
      return texts.some((css) => /A4 landscape[^}]*@bottom-center\s*\{[^}]*counter\(pages\)/.test(css));
    });
    expect(pageRule).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    screenshots.push(await shot(page, 'analysis-05-ranking'));
    await s.close();
  });

  it('tries next year’s (planning) criteria sets on this year’s sheets without writing anything', async () => {
    const newestAudit = async () =>
      (
        await admin.gql<{ auditTrail: { edges: { node: { id: string } }[] } }>(
          'query($y: ID!) { auditTrail(yearId: $y, first: 1) { edges { node { id } } } }',
          {
            y: years[2025],
          },
        )
      ).auditTrail.edges[0]?.node.id ?? null;
    const before = await newestAudit();
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'WhatIfWeights');
    await page.goto(`${server.baseUrl}/analysis/what-if?year=${years[2025]}&draftYear=${years[2026]}`);
    const res = (await (await loaded).json()) as { errors?: unknown; data?: { whatIfWeights: { rows: unknown[] } } };
    expect(res.errors).toBeUndefined();
    await page.getByTestId('what-if-summary').waitFor();
    expect(await page.getByTestId('what-if-table').locator('tbody tr').count()).toBe(res.data!.whatIfWeights.rows.length);
    screenshots.push(await shot(page, 'analysis-05-what-if'));
    expect(await newestAudit()).toBe(before);
    await s.close();
  });

  it('imports survey results on the open year: template, row errors in Vietnamese, then an all-or-nothing apply', async () => {
    const roster = await admin.gql<{ roster: { edges: { node: { unitCode: string; unitName: string; unitKind: string } }[] } }>(
      'query($y: ID!) { roster(yearId: $y, first: 500) { edges { node { unitCode unitName unitKind } } } }',
      { y: years[2025] },
    );
    const dept = roster.roster.edges.map((e) => e.node).find((u) => u.unitKind === 'DEPARTMENT')!;
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    await page.goto(`${server.baseUrl}/survey-import?year=${years[2025]}`);
    await page.getByTestId('survey-import').waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('survey-template').click();
    expect((await download).suggestedFilename()).toBe('mau-dieu-tra-xa-hoi-hoc-2025.xlsx');

    const file = (name: string, lines: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(['Mã đơn vị;Mã tiêu chí;Giá trị', ...lines].join('\n')),
    });
    await page
      .getByTestId('survey-file')
      .setInputFiles(file('sai.csv', [`${dept.unitCode};9.3;88`, 'KHONG-CO;9.3;50', `${dept.unitCode};9.2;120`]));
    let previewed = nextOperation(page, 'SurveyImportPreview');
    await page.getByTestId('survey-check').click();
    expect(((await (await previewed).json()) as { errors?: unknown }).errors).toBeUndefined();
    const errors = page.getByTestId('survey-errors');
    await errors.locator('tbody tr').first().waitFor();
    expect(await errors.locator('tbody tr').count()).toBe(2);
    expect(await errors.innerText()).toContain('Sai mã đơn vị');
    expect(await errors.innerText()).toContain('Dòng 3');
    expect(await page.getByTestId('survey-apply').isDisabled()).toBe(true);
    screenshots.push(await shot(page, 'analysis-06-survey-errors'));

    await page.getByTestId('survey-file').setInputFiles(file('dung.csv', [`${dept.unitCode};9.3;88,5`]));
    previewed = nextOperation(page, 'SurveyImportPreview');
    await page.getByTestId('survey-check').click();
    await previewed;
    await page.getByTestId('survey-rows').waitFor();
    const applied = nextOperation(page, 'ImportSurveyResults');
    await page.getByTestId('survey-apply').click();
    const res = (await (await applied).json()) as { errors?: unknown; data?: { importSurveyResults: { sheetsUpdated: number } } };
    expect(res.errors).toBeUndefined();
    expect(res.data!.importSurveyResults.sheetsUpdated).toBe(1);
    await page.getByTestId('survey-done').waitFor();
    // Re-previewed: the stored points are the imported ones (88.5 % of the leaf's maximum).
    expect(await page.getByTestId('survey-rows').innerText()).toContain(dept.unitName);
    screenshots.push(await shot(page, 'analysis-07-survey-applied'));
    await s.close();
  });

  it('shows the province’s national indices over the years beside its own average (table and chart)', async () => {
    const s = await signIn(browser, server.baseUrl, 'admin.qn');
    const { page } = s;
    const loaded = nextOperation(page, 'NationalIndices');
    await page.goto(`${server.baseUrl}/analysis/national-indices`);
    const body = (await (await loaded).json()) as {
      data?: {
        nationalIndices: {
          entries: { year: number; kind: string; value: number }[];
          ownAverages: { year: number; averageIndex: number }[];
        };
      };
    };
    const par2024 = body.data!.nationalIndices.entries.find((e) => e.year === 2024 && e.kind === 'PAR_INDEX')!;
    expect(par2024).toBeDefined();
    expect(body.data!.nationalIndices.ownAverages.some((a) => a.year === 2024)).toBe(true);
    const row = page.getByTestId('national-table').locator('tr[data-year="2024"]');
    await row.waitFor();
    expect(await row.locator('td[data-kind="PAR_INDEX"]').innerText()).toContain(par2024.value.toFixed(2).replace('.', ','));
    // The chart's code is loaded only here, and draws.
    await page.locator('.national-page figure.chart[data-ready="true"] svg').first().waitFor();
    await page.getByTestId('ddci').waitFor();
    screenshots.push(await shot(page, 'analysis-08-national-indices'));
    await s.close();
  });
});
