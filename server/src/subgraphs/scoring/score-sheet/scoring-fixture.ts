import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_BANDS, DEFAULT_HEAD_RATINGS } from '../../../domain/scoring';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AssessorRule, UnitGroupEntity } from '../unit-group/unit-group.entity';

/** A leaf or inner node of a test/demo criteria set; points in hundredths. */
export interface NodeSpec {
  code: string;
  title: string;
  max: number;
  section?: CriteriaSection;
  method?: ScoringMethod;
  params?: unknown;
  allowNa?: boolean;
  children?: NodeSpec[];
}

export const LEVELS = {
  levels: [
    { key: 'tot', labelVi: 'Tốt', sharePercent: 100 },
    { key: 'day_du', labelVi: 'Đầy đủ', sharePercent: 75 },
    { key: 'chua_day_du', labelVi: 'Chưa đầy đủ', sharePercent: 50 },
    { key: 'khong', labelVi: 'Không', sharePercent: 0 },
  ],
};
export const TIERS = {
  tiers: [
    { fromPercent: 0, toPercent: 80, sharePercent: 0 },
    { fromPercent: 80, toPercent: 100, sharePercent: 50 },
    { fromPercent: 100, toPercent: 100, sharePercent: 100 },
  ],
};

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

/**
 * Turns an outline into criteria rows (parents before children, a section inherited from the
 * parent, MANUAL where no method is given); the test fixture and the demo seed build sets this way.
 */
export function criteriaNodesFromSpecs(
  specs: NodeSpec[],
  target: { yearId: string; groupId: string; evidenceGuidance: string },
): CriteriaNodeEntity[] {
  const rows: CriteriaNodeEntity[] = [];
  const visit = (list: NodeSpec[], parentId: string | null, depth: number, inherited: CriteriaSection) =>
    list.forEach((spec, i) => {
      const section = spec.section ?? inherited;
      const row = Object.assign(new CriteriaNodeEntity(), {
        id: randomUUID(),
        yearId: target.yearId,
        groupId: target.groupId,
        parentId,
        code: spec.code,
        title: spec.title,
        maxPoints: spec.max,
        section,
        sortOrder: i,
        depth,
        method: spec.children ? null : (spec.method ?? ScoringMethod.MANUAL),
        params: spec.children ? null : (spec.params ?? {}),
        evidenceGuidance: spec.children ? null : target.evidenceGuidance,
        scoringGuidance: null,
        allowNotApplicable: spec.allowNa ?? false,
      });
      rows.push(row);
      if (spec.children) visit(spec.children, row.id, depth + 1, section);
    });
  visit(specs, null, 1, CriteriaSection.SCORED);
  return rows;
}

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
