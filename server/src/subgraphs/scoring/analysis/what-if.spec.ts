import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { mapEntries } from '../../../domain/analysis';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CriteriaNodeEntity, ScoringMethod } from '../criteria/criteria-node.entity';
import { toCriteriaNodes, toSheetEntries } from '../results/results.service';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { NodeSpec } from '../criteria/criteria-outline';
import { insertCriteria, insertGroup, insertYear } from '../score-sheet/year-setup-test-kit';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { recomputeYear, seedAnalysisProvince, type AnalysisProvince } from './analysis-fixture';

/** Next year's draft: 1.1 doubles to 20, 1.2 is dropped, a new 2.2 (5 points) appears. */
const DRAFT: NodeSpec[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    max: 2000,
    children: [{ code: '1.1', title: 'Ban hành kế hoạch CCHC', max: 2000, method: ScoringMethod.MANUAL, params: {} }],
  },
  {
    code: '2',
    title: 'Cải cách thủ tục hành chính',
    max: 1500,
    children: [
      { code: '2.1', title: 'Hồ sơ giải quyết đúng hạn', max: 1000, method: ScoringMethod.MANUAL, params: {} },
      { code: '2.2', title: 'Số hóa hồ sơ', max: 500, method: ScoringMethod.MANUAL, params: {} },
    ],
  },
];

const WHAT_IF = `query($y: ID!, $g: ID!, $d: ID!) { whatIfWeights(yearId: $y, groupId: $g, draftGroupId: $d) {
  year draftYear removed { code } added { code } changed { code oldMax newMax }
  summary { unitCount averageIndex simulatedAverageIndex movedUp movedDown classificationChanged }
  rows { unitId unitName index rank classification { code } simulatedIndex simulatedRank simulatedClassification { code } indexDelta rankDelta } } }`;

type Row = {
  unitId: string;
  unitName: string;
  index: number;
  rank: number;
  simulatedIndex: number;
  simulatedRank: number;
  simulatedClassification: { code: string };
  indexDelta: number;
  rankDelta: number;
};

describe(`what-if weights sandbox (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: AnalysisProvince;
  let draftGroup: UnitGroupEntity;
  let admin: string;
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedAnalysisProvince(system);
    const y2026 = await insertYear(system.scoringDb, {
      provinceUnitId: p.province.id,
      year: 2026,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
    });
    draftGroup = await insertGroup(system.scoringDb, y2026.id, {
      code: 'XA',
      name: 'Khối xã (dự thảo 2026)',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, y2026.id, draftGroup.id, DRAFT);
    admin = (await system.createUser({ username: 'admin', unitId: p.province.id, roles: [Role.PROVINCE_ADMIN] })).token;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('re-scores with the draft (hand-computed), lists unmapped leaves, and writes nothing', async () => {
    const db = system.scoringDb;
    const snapshot = async () => ({
      results: await db.getRepository(UnitResultEntity).find({ order: { id: 'ASC' } }),
      entries: await db.getRepository(ScoreEntryEntity).count(),
      audit: await db.getRepository(AuditEventEntity).count(),
      nodes: await db.getRepository(CriteriaNodeEntity).count(),
    });
    const before = await snapshot();
    const res = await system.gql<{
      whatIfWeights: {
        removed: { code: string }[];
        added: { code: string }[];
        changed: unknown[];
        summary: Record<string, number>;
        rows: Row[];
      };
    }>(WHAT_IF, { y: p.y2024.id, g: p.g2024.id, d: draftGroup.id }, { token: admin });
    expect(res.errors).toBeUndefined();
    const w = res.data!.whatIfWeights;
    expect(w.removed.map((l) => l.code)).toEqual(['1.2']);
    expect(w.added.map((l) => l.code)).toEqual(['2.2']);
    expect(w.changed).toEqual([{ code: '1.1', oldMax: 10, newMax: 20 }]);
    // A: 16 + 7 of 35 = 65,71; B: 20 + 10 = 85,71; C: 12 + 10 = 62,86.
    expect(
      w.rows.map((r) => [
        r.unitName,
        r.index,
        r.rank,
        r.simulatedIndex,
        r.simulatedRank,
        r.simulatedClassification.code,
        r.indexDelta,
        r.rankDelta,
      ]),
    ).toEqual([
      ['Xã B', 92, 1, 85.71, 1, 'GOOD', -6.29, 0],
      ['Xã A', 80, 2, 65.71, 2, 'AVERAGE', -14.29, 0],
      ['Xã C', 80, 2, 62.86, 3, 'AVERAGE', -17.14, -1],
    ]);
    expect(w.summary).toEqual({
      unitCount: 3,
      averageIndex: 84,
      simulatedAverageIndex: 71.43,
      movedUp: 0,
      movedDown: 1,
      classificationChanged: 3,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('equals a real recompute once the draft is the year’s set', async () => {
    const db = system.scoringDb;
    const res = await system.gql<{ whatIfWeights: { rows: Row[] } }>(
      WHAT_IF,
      { y: p.y2024.id, g: p.g2024.id, d: draftGroup.id },
      { token: admin },
    );
    const sandbox = res.data!.whatIfWeights.rows;
    // Adopt the draft for real: its nodes become the group's set, the entries move onto them (the
    // sandbox's own mapping), and every sheet is recomputed and re-ranked by the stored path.
    const oldNodes = toCriteriaNodes(await db.getRepository(CriteriaNodeEntity).findBy({ groupId: p.g2024.id }));
    await db.getRepository(CriteriaNodeEntity).delete({ groupId: p.g2024.id });
    const adopted = await insertCriteria(db, p.y2024.id, p.g2024.id, DRAFT);
    const newNodes = [...adopted.values()];
    for (const sheet of await db.getRepository(ScoreSheetEntity).findBy({ groupId: p.g2024.id })) {
      const stored = await db.getRepository(ScoreEntryEntity).findBy({ sheetId: sheet.id });
      const mapped = mapEntries(oldNodes, toCriteriaNodes(newNodes), toSheetEntries(stored));
      await db.getRepository(ScoreEntryEntity).delete({ sheetId: sheet.id });
      const rows = mapped.map((e, i) =>
        db.getRepository(ScoreEntryEntity).create({
          ...stored[0],
          ...e,
          id: `${sheet.id.slice(0, 30)}-${i}`,
          sheetId: sheet.id,
          criterionId: e.nodeId,
          selfEvidence: [],
          supplementaryEvidence: [],
        }),
      );
      await db.getRepository(ScoreEntryEntity).save(rows);
    }
    await recomputeYear(db, p.y2024);
    const real = await db.getRepository(UnitResultEntity).findBy({ groupId: p.g2024.id });
    for (const row of sandbox) {
      const r = real.find((x) => x.unitId === row.unitId)!;
      expect([r.index! / 100, r.rankInGroup, r.classificationCode]).toEqual([
        row.simulatedIndex,
        row.simulatedRank,
        row.simulatedClassification.code,
      ]);
    }
  });

  it('refuses a draft that is not in planning, and anyone but the province', async () => {
    expect(code(await system.gql(WHAT_IF, { y: p.y2024.id, g: p.g2024.id, d: p.g2025.id }, { token: admin }))).toBe('BAD_USER_INPUT');
    const chair = (await system.createUser({ username: 'chair.d1', unitId: p.d1.id, roles: [Role.ASSESSOR_CHAIR] })).token;
    expect(code(await system.gql(WHAT_IF, { y: p.y2024.id, g: p.g2024.id, d: draftGroup.id }, { token: chair }))).toBe('FORBIDDEN');
  });
});
