/**
 * A small province in both eras, scored by hand, shared by the analysis, report and what-if
 * tests. Points in hundredths; the figures the tests expect are worked out in their comments.
 *
 *   2024 (three-level, group XA assessed by the districts):
 *     district D1: Xã A, Xã B      district D2: Xã C
 *              1.1 (max 10)   1.2 (max 5, N/A allowed)   2.1 (max 10)
 *     Xã A     self 10, fin 8 self 5, fin 5              self 10, fin 7
 *     Xã B     self 10, fin 10 self 4, fin 3             self 10, fin 10
 *     Xã C     self 9,  fin 6  not applicable            self 10, fin 10
 *   2025 (two-level, group XA assessed by the province):
 *     Xã N (formed from A and B): 1.1 10/10, 1.2 5/5, 2.1 10/9
 *     Xã C (unchanged):           1.1 10/9,  1.2 N/A, 2.1 10/10
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, ScoringMethod } from '../criteria/criteria-node.entity';
import { ANONYMOUS } from '../../../platform/auth/tokens';
import { recomputeResults } from '../results/recompute.service';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { NodeSpec } from '../criteria/criteria-outline';
import { insertCriteria, insertGroup, insertRoster, insertYear } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';

export const ANALYSIS_SET: NodeSpec[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    max: 1500,
    children: [
      { code: '1.1', title: 'Ban hành kế hoạch CCHC', max: 1000, method: ScoringMethod.MANUAL, params: {} },
      { code: '1.2', title: 'Báo cáo CCHC đúng hạn', max: 500, method: ScoringMethod.MANUAL, params: {}, allowNa: true },
    ],
  },
  {
    code: '2',
    title: 'Cải cách thủ tục hành chính',
    max: 1000,
    children: [{ code: '2.1', title: 'Hồ sơ giải quyết đúng hạn', max: 1000, method: ScoringMethod.MANUAL, params: {} }],
  },
];

/** [self, final] per leaf code; 'NA' = not applicable. */
export type Scores = Record<string, [number, number] | 'NA'>;

export async function scoreSheet(
  db: DataSource,
  year: AssessmentYearEntity,
  unitId: string,
  nodes: Map<string, CriteriaNodeEntity>,
  scores: Scores,
): Promise<void> {
  const sheet = await db.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId });
  const entries = Object.entries(scores).map(([code, s]) =>
    newScoreEntry({
      id: randomUUID(),
      sheetId: sheet.id,
      criterionId: nodes.get(code)!.id,
      notApplicable: s === 'NA',
      selfPoints: s === 'NA' ? null : s[0],
      round1Points: s === 'NA' ? null : s[1],
    }),
  );
  await db.getRepository(ScoreEntryEntity).delete({ sheetId: sheet.id });
  await db.getRepository(ScoreEntryEntity).save(entries);
}

/** Results and ranks of a whole year through the one recompute mechanism (results module). */
export async function recomputeYear(db: DataSource, year: AssessmentYearEntity): Promise<void> {
  await recomputeResults(db.manager, { actor: ANONYMOUS }, { yearId: year.id, scope: { kind: 'YEAR' } });
}

export interface AnalysisProvince {
  province: OrgUnitEntity;
  d1: OrgUnitEntity;
  d2: OrgUnitEntity;
  a: OrgUnitEntity;
  b: OrgUnitEntity;
  c: OrgUnitEntity;
  n: OrgUnitEntity;
  y2024: AssessmentYearEntity;
  y2025: AssessmentYearEntity;
  g2024: UnitGroupEntity;
  g2025: UnitGroupEntity;
  nodes2024: Map<string, CriteriaNodeEntity>;
  nodes2025: Map<string, CriteriaNodeEntity>;
}

export async function seedAnalysisProvince(system: TestSystem, code = '22', name = 'Tỉnh Quảng Ninh'): Promise<AnalysisProvince> {
  const org = system.orgDb;
  const db = system.scoringDb;
  const province = await insertUnit(org, { name, kind: OrgUnitKind.PROVINCE, code, subtype: 'tỉnh' });
  const district = (c: string, n: string) =>
    insertUnit(org, { name: n, kind: OrgUnitKind.DISTRICT, code: c, subtype: 'huyện', parent: province });
  const d1 = await district(`${code}-D1`, 'Huyện Một');
  const d2 = await district(`${code}-D2`, 'Huyện Hai');
  const commune = (c: string, n: string, parent: OrgUnitEntity) =>
    insertUnit(org, { name: n, kind: OrgUnitKind.COMMUNE, code: c, subtype: 'xã', parent });
  const a = await commune(`${code}-A`, 'Xã A', d1);
  const b = await commune(`${code}-B`, 'Xã B', d1);
  const c = await commune(`${code}-C`, 'Xã C', d2);
  const n = await commune(`${code}-N`, 'Xã N', province);
  const ref = (u: OrgUnitEntity) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });

  const y2024 = await insertYear(db, {
    provinceUnitId: province.id,
    year: 2024,
    model: GovernmentModel.THREE_LEVEL,
    status: YearStatus.FINALIZED,
  });
  const g2024 = await insertGroup(db, y2024.id, {
    code: 'XA',
    name: 'Khối xã',
    rule: AssessorRule.PARENT_DISTRICT,
    kinds: [OrgUnitKind.COMMUNE],
  });
  const nodes2024 = await insertCriteria(db, y2024.id, g2024.id, ANALYSIS_SET);
  await insertRoster(db, y2024.id, g2024, { id: d1.id, name: d1.name }, [ref(a), ref(b)], { parentDistrictId: () => d1.id });
  await insertRoster(db, y2024.id, g2024, { id: d2.id, name: d2.name }, [ref(c)], { parentDistrictId: () => d2.id });
  await createSheetsForYear(db, y2024.id);
  await db.getRepository(ScoreSheetEntity).update({ yearId: y2024.id }, { status: 'APPROVED' });
  await scoreSheet(db, y2024, a.id, nodes2024, { '1.1': [1000, 800], '1.2': [500, 500], '2.1': [1000, 700] });
  await scoreSheet(db, y2024, b.id, nodes2024, { '1.1': [1000, 1000], '1.2': [400, 300], '2.1': [1000, 1000] });
  await scoreSheet(db, y2024, c.id, nodes2024, { '1.1': [900, 600], '1.2': 'NA', '2.1': [1000, 1000] });
  await recomputeYear(db, y2024);

  const y2025 = await insertYear(db, {
    provinceUnitId: province.id,
    year: 2025,
    model: GovernmentModel.TWO_LEVEL,
    status: YearStatus.FINALIZED,
  });
  const g2025 = await insertGroup(db, y2025.id, {
    code: 'XA',
    name: 'Khối xã, phường',
    rule: AssessorRule.PROVINCE,
    kinds: [OrgUnitKind.COMMUNE],
  });
  const nodes2025 = await insertCriteria(db, y2025.id, g2025.id, ANALYSIS_SET);
  await insertRoster(db, y2025.id, g2025, { id: province.id, name: province.name }, [ref(n), ref(c)], {
    predecessors: (u) => (u.id === n.id ? [a.id, b.id] : []),
  });
  await createSheetsForYear(db, y2025.id);
  await db.getRepository(ScoreSheetEntity).update({ yearId: y2025.id }, { status: 'APPROVED' });
  await scoreSheet(db, y2025, n.id, nodes2025, { '1.1': [1000, 1000], '1.2': [500, 500], '2.1': [1000, 900] });
  await scoreSheet(db, y2025, c.id, nodes2025, { '1.1': [1000, 900], '1.2': 'NA', '2.1': [1000, 1000] });
  await recomputeYear(db, y2025);
  return { province, d1, d2, a, b, c, n, y2024, y2025, g2024, g2025, nodes2024, nodes2025 };
}
