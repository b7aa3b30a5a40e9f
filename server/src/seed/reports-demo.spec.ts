import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { ReportPeriodEntity } from '../subgraphs/scoring/accountability/report-period.entity';
import { UnitGroupEntity } from '../subgraphs/scoring/unit-group/unit-group.entity';
import { ensureDemoData } from './demo';
import { DEMO_PASSWORD, findOrgDemo } from './org-demo';
import { ensureReportsDemo } from './reports-demo';

const MATRIX = `query($yearId: ID!) { reportMatrix(yearId: $yearId) { periods { id title dueDate }
  rows { unitId unitName cells { status canSubmit canApplyPenalty } } } }`;
const ELIGIBLE = `query($yearId: ID!, $groupId: ID!) { emulationList(yearId: $yearId, groupId: $groupId) { rows { unitName eligible } } }`;

describe(`periodic reports and emulation demo (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const tokens: Record<string, string> = {};
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    system = await startTestSystem();
    await ensureDemoData({ orgDb: system.orgDb, scoringDb: system.scoringDb, log, config: system.config });
    for (const u of ['admin.qn', 'chutich.dongtrieu', 'canbo.sotuphap']) {
      const res = await system.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        {
          u,
          p: DEMO_PASSWORD,
        },
      );
      tokens[u] = res.data!.login.token;
    }
  }, 180_000);
  afterAll(() => system?.stop());

  it('shows reports on time, late and missing in both years, a report still to send, and is seeded once', async () => {
    const years = await system.scoringDb.getRepository(AssessmentYearEntity).find({ order: { year: 'ASC' } });
    for (const year of years) {
      const res = await system.gql<{
        reportMatrix: { periods: { title: string }[]; rows: { unitId: string; cells: { status: string | null }[] }[] };
      }>(MATRIX, { yearId: year.id }, { token: tokens['admin.qn'] });
      expect(res.errors).toBeUndefined();
      const statuses = new Set(res.data!.reportMatrix.rows.flatMap((r) => r.cells.map((c) => c.status)));
      expect([...statuses]).toEqual(expect.arrayContaining(['ON_TIME', 'LATE', 'MISSING']));
      if (year.year === 2025) expect(statuses.has('PENDING')).toBe(true);
    }
    const org = (await findOrgDemo(system.orgDb))!;
    expect(await ensureReportsDemo(system.scoringDb, org, log)).toBe(false);
    expect(await system.scoringDb.getRepository(ReportPeriodEntity).count()).toBe(9);
  });

  it('lets the department send the pending report and the province penalise the commune’s missing half-year report', async () => {
    const y2025 = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2025 });
    const mine = await system.gql<{
      reportMatrix: { periods: { title: string }[]; rows: { cells: { status: string; canSubmit: boolean }[] }[] };
    }>(MATRIX, { yearId: y2025.id }, { token: tokens['canbo.sotuphap'] });
    expect(mine.data!.reportMatrix.rows).toHaveLength(1);
    const cells = mine.data!.reportMatrix.rows[0].cells;
    expect(cells.map((c) => c.status)).toEqual(['ON_TIME', 'ON_TIME', 'ON_TIME', 'ON_TIME', 'PENDING']);
    expect(cells[4].canSubmit).toBe(true);
    const org = (await findOrgDemo(system.orgDb))!;
    const all = await system.gql<{
      reportMatrix: { periods: { title: string }[]; rows: { unitId: string; cells: { status: string; canApplyPenalty: boolean }[] }[] };
    }>(MATRIX, { yearId: y2025.id }, { token: tokens['admin.qn'] });
    const h1 = all.data!.reportMatrix.periods.findIndex((p) => p.title.startsWith('Báo cáo CCHC 6 tháng'));
    const commune = all.data!.reportMatrix.rows.find((r) => r.unitId === org.communeId)!;
    expect(commune.cells[h1]).toMatchObject({ status: 'MISSING', canApplyPenalty: true });
  });

  it('has a non-empty list of units eligible for commendation in the published year, readable without signing in', async () => {
    const y2024 = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2024 });
    const groups = await system.scoringDb.getRepository(UnitGroupEntity).findBy({ yearId: y2024.id });
    let eligible = 0;
    for (const g of groups) {
      const res = await system.gql<{ emulationList: { rows: { eligible: boolean }[] } }>(ELIGIBLE, { yearId: y2024.id, groupId: g.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.emulationList.rows.every((r) => r.eligible)).toBe(true);
      eligible += res.data!.emulationList.rows.length;
    }
    expect(eligible).toBeGreaterThan(0);
    // The district chairman sees the 2024 matrix of his communes (and of his own district), nothing else.
    const district = await system.gql<{ reportMatrix: { rows: { unitName: string }[] } }>(
      MATRIX,
      { yearId: y2024.id },
      { token: tokens['chutich.dongtrieu'] },
    );
    expect(district.data!.reportMatrix.rows.length).toBeGreaterThan(0);
    expect(district.data!.reportMatrix.rows.map((r) => r.unitName).filter((n) => !/^(Xã|Phường|Thị trấn)/.test(n))).toEqual([
      'Thành phố Đông Triều',
    ]);
  });
});
