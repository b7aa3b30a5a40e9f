import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { AssessorEntryEntity } from '../subgraphs/scoring/accountability/assessor-entry.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { ensureDemoData } from './demo';
import { DEMO_PASSWORD, findOrgDemo } from './org-demo';

/** The demo shows inspections with penalties and remediation items open, reported, returned, closed and overdue (issue 10 §7). */
describe(`demo inspections and remediation (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const tokens: Record<string, string> = {};
  const gql = <T>(who: string, query: string, variables: Record<string, unknown>) =>
    system.gql<T>(query, variables, { token: tokens[who] });

  beforeAll(async () => {
    system = await startTestSystem();
    const options = { orgDb: system.orgDb, scoringDb: system.scoringDb, log: pino({ level: 'silent' }), config: system.config };
    await ensureDemoData(options);
    // A second start reuses what is there.
    await ensureDemoData(options);
    for (const username of ['admin.qn', 'canbo.ansinh', 'canbo.sotuphap']) {
      const res = await system.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      );
      tokens[username] = res.data!.login.token;
    }
  }, 300_000);
  afterAll(() => system?.stop());

  it('has inspections with penalties on D.2 and items in every state, overdue ones included, on a fresh start', async () => {
    const years = await system.scoringDb.getRepository(AssessmentYearEntity).find();
    const y2025 = years.find((y) => y.year === 2025)!;
    const y2024 = years.find((y) => y.year === 2024)!;
    const org = (await findOrgDemo(system.orgDb))!;
    type Item = { unitName: string; status: string; overdue: boolean; criterionCode: string | null };
    const items = async (yearId: string, who = 'admin.qn') =>
      (
        await gql<{ remediationItems: Item[] }>(
          who,
          'query($y: ID!) { remediationItems(yearId: $y) { unitName status overdue criterionCode } }',
          { y: yearId },
        )
      ).data!.remediationItems;
    const i2025 = await items(y2025.id);
    expect(new Set(i2025.map((i) => i.status))).toEqual(new Set(['OPEN', 'REPORTED', 'RETURNED', 'CLOSED']));
    expect(i2025.filter((i) => i.overdue).length).toBeGreaterThanOrEqual(2);
    const i2024 = await items(y2024.id);
    expect(i2024.some((i) => i.overdue && i.criterionCode === 'D.2')).toBe(true);
    expect(i2024.some((i) => i.status === 'CLOSED')).toBe(true);
    // The penalties went through the leaf: records from inspections on the 2025 sheets.
    const records = await system.scoringDb.getRepository(AssessorEntryEntity).findBy({ yearId: y2025.id, sourceType: 'INSPECTION' });
    expect(records.map((r) => r.quantity).sort()).toEqual([1, 2]);
    // The unit sees only its own; its 2025 sheet lists the 2024 item beside D.2.
    expect(new Set((await items(y2025.id, 'canbo.ansinh')).map((i) => i.unitName))).toEqual(new Set(['Phường An Sinh']));
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: y2025.id, unitId: org.departmentId });
    const prior = await gql<{ scoreSheet: { priorRemediation: { year: number; criterionCode: string; overdue: boolean }[] } }>(
      'canbo.sotuphap',
      'query($id: ID!) { scoreSheet(id: $id) { priorRemediation { year criterionCode overdue } } }',
      { id: sheet.id },
    );
    expect(prior.data!.scoreSheet.priorRemediation).toEqual([{ year: 2024, criterionCode: 'D.2', overdue: true }]);
  });
});
