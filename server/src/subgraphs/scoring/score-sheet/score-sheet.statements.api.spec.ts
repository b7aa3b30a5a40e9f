import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ScoringMethod } from '../criteria/criteria-node.entity';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import type { NodeSpec } from '../criteria/criteria-outline';
import { insertCriteria, insertGroup, insertRoster, insertYear } from './year-setup-test-kit';

/** Four areas of 10, 10, 10 and 11 counted leaves: the size of a real provincial sheet (41 leaves). */
const SHEET_41: NodeSpec[] = [10, 10, 10, 11].map((size, a) => ({
  code: `${a + 1}`,
  title: `Lĩnh vực ${a + 1}`,
  max: size * 100,
  children: Array.from({ length: size }, (_, i) => ({
    code: `${a + 1}.${i + 1}`,
    title: `Tiêu chí ${a + 1}.${i + 1}`,
    max: 100,
    method: ScoringMethod.COUNT,
    params: { pointsPerItem: 25 },
  })),
}));

/**
 * A whole-sheet save writes its entries and their audit rows in chunked multi-row statements, so
 * the statements it issues stay a small constant whatever the number of leaves (not 2 per leaf).
 */
describe(`a 41-leaf save costs a constant number of statements (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let officer: string;
  let sheetId: string;
  let leafIds: string[];
  const SAVE = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
    saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { version } }`;

  beforeAll(async () => {
    system = await startTestSystem();
    const p = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const unit = await insertUnit(system.orgDb, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'S1', subtype: 'sở', parent: p });
    const year = await insertYear(system.scoringDb, {
      provinceUnitId: p.id,
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
    });
    const group = await insertGroup(system.scoringDb, year.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
      total: 4100,
    });
    const nodes = await insertCriteria(system.scoringDb, year.id, group.id, SHEET_41);
    leafIds = [...nodes.values()].filter((n) => n.method !== null).map((n) => n.id);
    await insertRoster(system.scoringDb, year.id, group, { id: p.id, name: 'UBND tỉnh Quảng Ninh' }, [
      { id: unit.id, name: unit.name, code: unit.code, kind: unit.kind, subtype: unit.subtype },
    ]);
    const admin = (await system.createUser({ username: 'admin', unitId: p.id, roles: [Role.PROVINCE_ADMIN] })).token;
    officer = (await system.createUser({ username: 'officer', unitId: unit.id, roles: [Role.UNIT_OFFICER] })).token;
    const opened = await system.gql(
      'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { __typename } }',
      { id: year.id },
      { token: admin },
    );
    expect(opened.errors).toBeUndefined();
    sheetId = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id })).id;
  });
  afterAll(() => system?.stop());

  const entries = (count: (i: number) => number) =>
    leafIds.map((criterionId, i) => ({
      criterionId,
      declaredValue: String(count(i)),
      note: i % 5 === 0 ? 'Theo báo cáo năm' : null,
      evidence: i % 2 === 0 ? [{ documentNumber: `${100 + i}/BC-UBND`, title: `Báo cáo ${i}` }] : [],
    }));

  async function save(count: (i: number) => number) {
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetId });
    const run = await countQueries(system.scoringDb, () =>
      system.gql<{ saveSelfAssessment: { version: number } }>(
        SAVE,
        { s: sheetId, v: sheet.version, e: entries(count) },
        { token: officer },
      ),
    );
    expect(run.result.errors).toBeUndefined();
    const writes = (table: string) => run.queries.filter((q) => new RegExp(`^INSERT INTO [\`"]${table}[\`"]`).test(q)).length;
    return { count: run.count, entryWrites: writes('score_entry'), auditWrites: writes('audit_event') };
  }

  const audits = () => system.scoringDb.getRepository(AuditEventEntity).countBy({ sheetId, action: 'SAVE_SELF' });
  const selfPoints = async () =>
    (await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId }))
      .sort((a, b) => leafIds.indexOf(a.criterionId) - leafIds.indexOf(b.criterionId))
      .map((e) => e.selfPoints);

  it('inserts 41 new entries, then updates all 41, in the same small number of statements', async () => {
    expect(leafIds).toHaveLength(41);
    const first = await save((i) => i % 4);
    expect(await selfPoints()).toEqual(leafIds.map((_, i) => (i % 4) * 25));
    expect(await audits()).toBe(41);

    const second = await save((i) => (i + 1) % 4);
    expect(await selfPoints()).toEqual(leafIds.map((_, i) => ((i + 1) % 4) * 25));
    expect(await audits()).toBe(82);

    // Was 138 (first save, inserts) and 97 (every leaf changed): a SELECT, an UPDATE or INSERT and
    // an audit INSERT per leaf. Now one upsert and one audit INSERT whatever the number of leaves.
    for (const run of [first, second]) {
      expect(run.entryWrites).toBe(1);
      expect(run.auditWrites).toBe(1);
      expect(run.count).toBeLessThanOrEqual(15);
    }
  });

  it('writes nothing for leaves that did not change', async () => {
    const same = await save((i) => (i + 1) % 4);
    expect(await audits()).toBe(82);
    expect(same.entryWrites).toBe(0);
    expect(same.auditWrites).toBe(0);
    expect(same.count).toBeLessThanOrEqual(13);
  });
});
