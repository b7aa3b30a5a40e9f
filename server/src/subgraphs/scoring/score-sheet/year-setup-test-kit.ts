import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_BANDS, DEFAULT_HEAD_RATINGS } from '../../../domain/scoring';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from '../criteria/criteria-node.entity';
import { criteriaNodesFromSpecs, LEVELS, TIERS, type NodeSpec } from '../criteria/criteria-outline';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AssessorRule, UnitGroupEntity } from '../unit-group/unit-group.entity';

/** Small set used by the API tests: every method, 70 scored + 30 survey, bonus and penalty blocks. */
export const TEST_CRITERIA: NodeSpec[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    max: 2000,
    children: [
      { code: '1.1', title: 'Ban hành kế hoạch CCHC năm', max: 1000, method: ScoringMethod.YES_NO },
      { code: '1.2', title: 'Chất lượng báo cáo CCHC', max: 1000, method: ScoringMethod.LEVELS, params: LEVELS },
    ],
  },
  {
    code: '2',
    title: 'Cải cách thủ tục hành chính',
    max: 5000,
    children: [
      { code: '2.1', title: 'Số sáng kiến CCHC', max: 1000, method: ScoringMethod.COUNT, params: { pointsPerItem: 250 } },
      { code: '2.2', title: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: 1500, method: ScoringMethod.RATIO_TIERS, params: TIERS },
      { code: '2.3', title: 'Tỷ lệ TTHC trực tuyến toàn trình', max: 1000, method: ScoringMethod.PROPORTIONAL, params: {} },
      {
        code: '2.4',
        title: 'Vi phạm quy định tiếp nhận hồ sơ',
        max: 500,
        method: ScoringMethod.DEDUCTION,
        params: { pointsPerViolation: 100 },
      },
      { code: '2.5', title: 'Đánh giá của Hội đồng', max: 1000, method: ScoringMethod.MANUAL, params: {}, allowNa: true },
    ],
  },
  {
    code: '3',
    title: 'Điều tra xã hội học',
    max: 3000,
    section: CriteriaSection.SURVEY,
    children: [
      {
        code: '3.1',
        title: 'Mức độ hài lòng (SIPAS)',
        max: 3000,
        section: CriteriaSection.SURVEY,
        method: ScoringMethod.SURVEY,
        params: { basis: 'PERCENT' },
      },
    ],
  },
  {
    code: 'T',
    title: 'Điểm thưởng',
    max: 200,
    section: CriteriaSection.BONUS,
    children: [
      {
        code: 'T.1',
        title: 'Sáng kiến được công nhận',
        max: 200,
        section: CriteriaSection.BONUS,
        method: ScoringMethod.MANUAL,
        params: {},
      },
    ],
  },
  {
    code: 'D',
    title: 'Điểm trừ',
    max: 300,
    section: CriteriaSection.PENALTY,
    children: [
      { code: 'D.1', title: 'Chậm báo cáo', max: 300, section: CriteriaSection.PENALTY, method: ScoringMethod.MANUAL, params: {} },
    ],
  },
];

/** Inserts a criteria tree for a group; returns nodes by code. */
export async function insertCriteria(
  db: DataSource,
  yearId: string,
  groupId: string,
  specs: NodeSpec[],
): Promise<Map<string, CriteriaNodeEntity>> {
  const rows = criteriaNodesFromSpecs(specs, { yearId, groupId, evidenceGuidance: 'Văn bản, báo cáo chứng minh kết quả thực hiện' });
  for (let i = 0; i < rows.length; i += 200) await db.getRepository(CriteriaNodeEntity).save(rows.slice(i, i + 200));
  return new Map(rows.map((r) => [r.code, r]));
}

export interface YearInput {
  provinceUnitId: string;
  year: number;
  name?: string;
  model: GovernmentModel;
  status: YearStatus;
  deadlines?: { selfAssessment?: string | null; explanation?: string | null; appraisal?: string | null };
  bonusCap?: number | null;
  penaltyCap?: number | null;
}

export async function insertYear(db: DataSource, input: YearInput): Promise<AssessmentYearEntity> {
  return db.getRepository(AssessmentYearEntity).save(
    db.getRepository(AssessmentYearEntity).create({
      id: randomUUID(),
      provinceUnitId: input.provinceUnitId,
      year: input.year,
      name: input.name ?? `Chỉ số CCHC năm ${input.year}`,
      model: input.model,
      status: input.status,
      selfAssessmentDeadline: input.deadlines?.selfAssessment ?? null,
      explanationDeadline: input.deadlines?.explanation ?? null,
      appraisalDeadline: input.deadlines?.appraisal ?? null,
      publicationDeadline: null,
      bands: structuredClone([...DEFAULT_BANDS]),
      headRatings: structuredClone({ ...DEFAULT_HEAD_RATINGS }),
      bonusCap: input.bonusCap === undefined ? 150 : input.bonusCap,
      penaltyCap: input.penaltyCap === undefined ? 300 : input.penaltyCap,
      copiedFromYearId: null,
      rosterFrozenAt: input.status === YearStatus.PLANNING ? null : new Date(),
    }),
  );
}

export async function insertGroup(
  db: DataSource,
  yearId: string,
  input: { code: string; name: string; rule: AssessorRule; kinds: OrgUnitKind[]; sortOrder?: number; total?: number },
): Promise<UnitGroupEntity> {
  return db.getRepository(UnitGroupEntity).save(
    db.getRepository(UnitGroupEntity).create({
      id: randomUUID(),
      yearId,
      code: input.code,
      name: input.name,
      assessorRule: input.rule,
      criteriaTotal: input.total ?? 10000,
      sortOrder: input.sortOrder ?? 0,
      memberKinds: input.kinds,
      memberSubtypes: [],
      criteriaReopened: false,
    }),
  );
}

export interface RosterUnit {
  id: string;
  name: string;
  code: string;
  kind: OrgUnitKind;
  subtype: string;
}

export async function insertRoster(
  db: DataSource,
  yearId: string,
  group: UnitGroupEntity,
  assessor: { id: string; name: string },
  units: RosterUnit[],
  options: { parentDistrictId?: (u: RosterUnit) => string | null; predecessors?: (u: RosterUnit) => string[] } = {},
): Promise<RosterEntryEntity[]> {
  const rows = units.map((u) =>
    db.getRepository(RosterEntryEntity).create({
      id: randomUUID(),
      yearId,
      unitId: u.id,
      unitName: u.name,
      unitCode: u.code,
      unitKind: u.kind,
      unitSubtype: u.subtype,
      groupId: group.id,
      assessorUnitId: assessor.id,
      assessorUnitName: assessor.name,
      parentDistrictId: options.parentDistrictId?.(u) ?? null,
      predecessorUnitIds: options.predecessors?.(u) ?? [],
      addedManually: false,
    }),
  );
  for (let i = 0; i < rows.length; i += 200) await db.getRepository(RosterEntryEntity).insert(rows.slice(i, i + 200));
  return rows;
}
