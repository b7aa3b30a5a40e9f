import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../subgraphs/scoring/audit/audit-event.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { ensureDemoData } from './demo';
import { DEMO_PASSWORD, findOrgDemo } from './org-demo';

/** The demo's sheets carry a history the drawer can show (issue 11 §5). */
describe(`demo sheets' history (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    await ensureDemoData({ orgDb: system.orgDb, scoringDb: system.scoringDb, log: pino({ level: 'silent' }), config: system.config });
    for (const username of ['admin.qn', 'canbo.ansinh']) {
      const res = await system.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      );
      tokens[username] = res.data!.login.token;
    }
  }, 180_000);
  afterAll(() => system?.stop());

  it('every submitted sheet of the year under appraisal has its submission, and the steps match its state', async () => {
    const year = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2025 });
    const sheets = await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id });
    const events = await system.scoringDb.getRepository(AuditEventEntity).findBy({ yearId: year.id });
    const bySheet = new Map<string, string[]>();
    for (const e of events) bySheet.set(e.sheetId!, [...(bySheet.get(e.sheetId!) ?? []), e.action]);
    for (const s of sheets) {
      const actions = bySheet.get(s.id) ?? [];
      expect(actions, s.unitName).toContain('SAVE_SELF');
      expect(actions.includes('SUBMIT'), `${s.unitName} ${s.status}`).toBe(s.status !== 'DRAFT');
      expect(actions.includes('COMPLETE_APPRAISAL'), `${s.unitName} ${s.status}`).toBe(['APPRAISED', 'APPROVED'].includes(s.status));
      expect(actions.includes('APPROVE'), `${s.unitName} ${s.status}`).toBe(s.status === 'APPROVED');
    }
  });

  it('the commune reads its own sheet’s history through the API (no appraisers’ saves before its appraisal is complete)', async () => {
    const org = (await findOrgDemo(system.orgDb))!;
    const year = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ year: 2025 });
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: org.communeId });
    const read = async (who: string) => {
      const res = await system.gql<{ auditTrail: { edges: { node: { action: string; actorName: string } }[] } }>(
        'query($y: ID!, $s: ID) { auditTrail(yearId: $y, sheetId: $s, first: 500) { edges { node { action actorName } } } }',
        { y: year.id, s: sheet.id },
        { token: tokens[who] },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.auditTrail.edges.map((e) => e.node);
    };
    const own = await read('canbo.ansinh');
    const steps = [...new Set(own.map((e) => e.action))];
    // Newest first: the demo's public duty inspection (inspections-demo.ts) penalised the sheet's D.2 last.
    expect(steps).toEqual(['INSPECTION_PENALTY', 'REQUEST_EXPLANATION', 'START_APPRAISAL', 'SUBMIT', 'SAVE_SELF']);
    expect(own.find((e) => e.action === 'SUBMIT')?.actorName).toBe('canbo.ansinh');
    const all = await read('admin.qn');
    expect(all.some((e) => e.action === 'SAVE_APPRAISAL_ROUND_1')).toBe(true);
  });
});
