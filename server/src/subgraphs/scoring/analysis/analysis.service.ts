import { savingOnce } from '../../../platform/database/unique-violation';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  analysisScope,
  compareYears,
  componentStats,
  heatMap,
  unitWeakCriteria,
  type AnalysisScope,
  type ComparedUnit,
  type ComponentFigures,
  type ComponentStats,
} from '../../../domain/analysis';
import { compareCodes, compareVietnamese, isAssessorSide } from '../../../domain/scoring';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser, type RequestContext } from '../../../platform/auth/request-context';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { badInput, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { getYear, isProvinceMember, requireProvinceAdmin } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { jsonColumn } from '../audit/json-column';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { classificationOf } from '../results/results.read';
import type { ComponentResult } from '../results/unit-result.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { toDomainActor } from '../score-sheet/sheet-access';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { AnalysisNoteEntity } from './analysis-note.entity';
import {
  AnalysisScopeKind,
  type AnalysisNoteInput,
  type AnalysisNoteView,
  type AnalysisScopeView,
  type AnalysisUnitRow,
  type AnalysisYearComparison,
  type ComparisonBasis,
  type ComponentAnalysis,
  type CriteriaAnalysis,
  type UnitCriterionGapView,
} from './analysis.types';

const points = (v: number | null): number | null => (v === null ? null : v / 100);

/** One stored result of the year, read as a raw row (no entity hydration), with its roster facts. */
export interface AnalysisRow extends ComparedUnit {
  readonly groupId: string;
  readonly assessorUnitId: string;
  readonly assessorUnitName: string;
  readonly parentDistrictId: string | null;
  readonly unitSubtype: string;
  readonly rankable: boolean;
  readonly rankInGroup: number | null;
  readonly rankInAssessor: number | null;
  readonly classificationCode: string | null;
  readonly selfTotal: number;
}

const json = jsonColumn<ComponentResult[]>(() => []);
const hundredths = (v: unknown): number | null => hundredthsTransformer.from(v) as number | null;
const flag = (v: unknown): boolean => v === true || v === 1 || v === '1';
const figures = (list: ComponentResult[]): ComponentFigures[] =>
  list.map((c) => ({
    code: c.code,
    title: c.title,
    maxApplicable: c.maxApplicable,
    selfPoints: c.selfPoints,
    finalPoints: c.finalPoints,
    index: c.index,
  }));

/**
 * The year's stored results in the scope, one statement whatever the size (results joined with
 * the frozen roster for the district and the predecessors). `groupId` or `unitIds` narrow it.
 */
export async function loadAnalysisRows(
  db: DataSource | EntityManager,
  yearId: string,
  scope: AnalysisScope,
  filter: { groupId?: string; unitIds?: readonly string[] } = {},
): Promise<AnalysisRow[]> {
  if (filter.unitIds && filter.unitIds.length === 0) return [];
  const q = db
    .createQueryBuilder()
    .from(UnitResultEntity, 'r')
    .innerJoin(RosterEntryEntity, 're', 're.year_id = r.year_id AND re.unit_id = r.unit_id')
    .select([
      'r.unit_id AS unit_id',
      'r.unit_name AS unit_name',
      'r.group_id AS group_id',
      'r.assessor_unit_id AS assessor_unit_id',
      'r.rankable AS rankable',
      'r.index_value AS index_value',
      'r.self_index AS self_index',
      'r.appraised_total AS appraised_total',
      'r.self_total AS self_total',
      'r.max_applicable AS max_applicable',
      'r.area_results AS area_results',
      'r.criterion_results AS criterion_results',
      'r.rank_in_group AS rank_in_group',
      'r.rank_in_assessor AS rank_in_assessor',
      'r.classification_code AS classification_code',
      're.parent_district_id AS parent_district_id',
      're.predecessor_unit_ids AS predecessor_unit_ids',
      're.unit_subtype AS unit_subtype',
      're.assessor_unit_name AS assessor_unit_name',
    ])
    .where('r.year_id = :yearId', { yearId });
  if (filter.groupId) q.andWhere('r.group_id = :groupId', { groupId: filter.groupId });
  if (filter.unitIds) q.andWhere('r.unit_id IN (:...unitIds)', { unitIds: [...filter.unitIds] });
  if (scope.kind === 'DISTRICT')
    q.andWhere('(re.parent_district_id = :district OR r.assessor_unit_id = :district)', { district: scope.districtUnitId });
  const raw = await q.getRawMany<Record<string, unknown>>();
  const ids = jsonColumn<string[]>(() => []);
  return raw.map((r) => ({
    unitId: String(r.unit_id),
    unitName: String(r.unit_name),
    groupId: String(r.group_id),
    assessorUnitId: String(r.assessor_unit_id),
    assessorUnitName: String(r.assessor_unit_name ?? ''),
    parentDistrictId: (r.parent_district_id as string | null) ?? null,
    unitSubtype: String(r.unit_subtype ?? ''),
    predecessorUnitIds: ids.from(r.predecessor_unit_ids) as string[],
    rankable: flag(r.rankable),
    index: hundredths(r.index_value),
    selfIndex: hundredths(r.self_index),
    total: hundredths(r.appraised_total) ?? 0,
    selfTotal: hundredths(r.self_total) ?? 0,
    maxApplicable: hundredths(r.max_applicable) ?? 0,
    areas: figures(json.from(r.area_results) as ComponentResult[]),
    criteria: figures(json.from(r.criterion_results) as ComponentResult[]),
    rankInGroup: r.rank_in_group === null ? null : Number(r.rank_in_group),
    rankInAssessor: r.rank_in_assessor === null ? null : Number(r.rank_in_assessor),
    classificationCode: (r.classification_code as string | null) ?? null,
  }));
}

/** Rank order (unranked last by index), ties in Vietnamese alphabetical order. */
export function byRank(rankOf: (r: AnalysisRow) => number | null) {
  return (a: AnalysisRow, b: AnalysisRow): number => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    if (ra !== rb) return ra === null ? 1 : rb === null ? -1 : ra - rb;
    if (a.index !== b.index) return (b.index ?? -1) - (a.index ?? -1);
    return compareVietnamese(a.unitName, b.unitName);
  };
}

export const rankInScope = (scope: AnalysisScope) => (r: AnalysisRow) => (scope.kind === 'DISTRICT' ? r.rankInAssessor : r.rankInGroup);

/**
 * The caller's scope on a year (domain analysisScope), or its coded refusal. A district is
 * recognised by the year's frozen roster (it assesses, or is the parent of, units on it).
 */
export async function resolveScope(ctx: RequestContext, year: AssessmentYearEntity, districtId: string | null): Promise<AnalysisScope> {
  if (districtId) assertId(districtId, 'districtId');
  const actor = ctx.actor.kind === 'user' ? ctx.actor : null;
  if (ctx.actor.kind === 'app') requireUser(ctx); // the app's own refusal (read published results only)
  const unitId = actor?.unitId ?? null;
  const staff = actor !== null && (unitId === year.provinceUnitId || administersProvince(actor, year.provinceUnitId));
  const [isDistrict, isMember] =
    unitId === null || staff
      ? [false, unitId !== null]
      : await Promise.all([
          ctx.db
            .createQueryBuilder(RosterEntryEntity, 're')
            .where('re.year_id = :y', { y: year.id })
            .andWhere('(re.assessor_unit_id = :u OR re.parent_district_id = :u)', { u: unitId })
            .getExists(),
          isProvinceMember(ctx.db.manager, actor as Parameters<typeof isProvinceMember>[1], year.provinceUnitId),
        ]);
  const decision = analysisScope({
    actorUnitId: unitId,
    signedIn: actor !== null && Boolean(actor.userId),
    provinceUnitId: year.provinceUnitId,
    actorIsProvinceStaff: staff,
    yearPublished: year.status === YearStatus.PUBLISHED,
    requestedDistrictId: districtId,
    actorIsDistrictOfYear: isDistrict,
    actorAssessorSide: actor !== null && isAssessorSide(toDomainActor(actor)),
    actorIsProvinceMember: isMember,
  });
  if ('refused' in decision) {
    if (decision.refused === 'NOT_SIGNED_IN') requireUser(ctx);
    throw forbidden(decision.message.vi, decision.message.en, { reason: decision.refused });
  }
  return decision.scope;
}

export async function scopeView(db: DataSource, yearId: string, scope: AnalysisScope): Promise<AnalysisScopeView> {
  if (scope.kind === 'PROVINCE') return { kind: AnalysisScopeKind.PROVINCE, districtUnitId: null, districtName: null };
  const roster = db.getRepository(RosterEntryEntity);
  const own = await roster.findOne({ where: { yearId, unitId: scope.districtUnitId }, select: { unitName: true } });
  const assessed = own
    ? null
    : await roster.findOne({ where: { yearId, assessorUnitId: scope.districtUnitId }, select: { assessorUnitName: true } });
  return {
    kind: AnalysisScopeKind.DISTRICT,
    districtUnitId: scope.districtUnitId,
    districtName: own?.unitName ?? assessed?.assessorUnitName ?? null,
  };
}

async function loadGroup(db: DataSource, year: AssessmentYearEntity, groupId: string): Promise<UnitGroupEntity> {
  assertId(groupId, 'groupId');
  const group = await db.getRepository(UnitGroupEntity).findOneBy({ id: groupId, yearId: year.id });
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
  return group;
}

/** Nominal maxima and titles of the group's set, by code (areas and criteria). */
async function nominalOf(db: DataSource, groupId: string): Promise<Map<string, { title: string; maxPoints: number }>> {
  const nodes = await db
    .getRepository(CriteriaNodeEntity)
    .find({ where: { groupId }, select: { code: true, title: true, maxPoints: true } });
  return new Map(nodes.map((n) => [n.code, { title: n.title, maxPoints: n.maxPoints }]));
}

async function notesOf(db: DataSource, yearId: string, groupIds: readonly string[]): Promise<AnalysisNoteEntity[]> {
  if (groupIds.length === 0) return [];
  return db.getRepository(AnalysisNoteEntity).findBy({ yearId, groupId: In([...groupIds]) });
}

export function noteView(n: AnalysisNoteEntity): AnalysisNoteView {
  return { ...n };
}

export function componentView(s: ComponentStats, note: AnalysisNoteEntity | undefined = undefined): ComponentAnalysis {
  return {
    code: s.code,
    title: s.title,
    areaCode: s.areaCode,
    maxPoints: s.maxPoints / 100,
    unitCount: s.unitCount,
    averagePoints: points(s.averagePoints),
    averageSelfPoints: points(s.averageSelfPoints),
    averageLoss: points(s.averageLoss),
    unitsLosing: s.unitsLosing,
    lossShare: points(s.lossShare),
    averageGap: points(s.averageGap),
    index: points(s.index),
    selfIndex: points(s.selfIndex),
    note: note ? noteView(note) : null,
  };
}

interface GroupAnalysis {
  year: AssessmentYearEntity;
  group: UnitGroupEntity;
  scope: AnalysisScope;
  rows: AnalysisRow[];
  analysed: AnalysisRow[];
  areas: ComponentStats[];
  criteria: ComponentStats[];
}

/**
 * The analysed units are the appraised ones (APPRAISED or later, the ranked rows): before the
 * appraisal a leaf without appraisal points counts 0, which would read as lost points.
 */
export async function analyseGroup(
  ctx: RequestContext,
  year: AssessmentYearEntity,
  group: UnitGroupEntity,
  scope: AnalysisScope,
): Promise<GroupAnalysis> {
  const [rows, nominal] = await Promise.all([loadAnalysisRows(ctx.db, year.id, scope, { groupId: group.id }), nominalOf(ctx.db, group.id)]);
  rows.sort(byRank(rankInScope(scope)));
  const analysed = rows.filter((r) => r.rankable);
  return {
    year,
    group,
    scope,
    rows,
    analysed,
    areas: componentStats(analysed, (u) => u.areas, nominal),
    criteria: componentStats(analysed, (u) => u.criteria, nominal),
  };
}

async function openAnalysis(ctx: RequestContext, yearId: string, groupId: string, districtId: string | null) {
  const year = await getYear(ctx.db.manager, yearId);
  const scope = await resolveScope(ctx, year, districtId);
  const group = await loadGroup(ctx.db, year, groupId);
  return analyseGroup(ctx, year, group, scope);
}

export async function criteriaAnalysis(
  ctx: RequestContext,
  yearId: string,
  groupId: string,
  districtId: string | null,
): Promise<CriteriaAnalysis> {
  const a = await openAnalysis(ctx, yearId, groupId, districtId);
  const [notes, scope] = await Promise.all([notesOf(ctx.db, a.year.id, [a.group.id]), scopeView(ctx.db, a.year.id, a.scope)]);
  const noteByCode = new Map(notes.map((n) => [n.code, n]));
  const areaCodes = a.areas.map((s) => s.code);
  const criterionCodes = a.criteria.map((s) => s.code);
  const areaCells = heatMap(a.analysed, areaCodes, (u) => u.areas);
  const criterionCells = heatMap(a.analysed, criterionCodes, (u) => u.criteria);
  const rank = rankInScope(a.scope);
  const units: AnalysisUnitRow[] = a.analysed.map((r, i) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    rank: rank(r),
    index: points(r.index),
    selfIndex: points(r.selfIndex),
    classification: classificationOf(a.year, r.classificationCode),
    areaIndices: areaCells[i].cells.map(points),
    criterionIndices: criterionCells[i].cells.map(points),
  }));
  return {
    yearId: a.year.id,
    year: a.year.year,
    yearName: a.year.name,
    groupId: a.group.id,
    groupName: a.group.name,
    scope,
    unitCount: a.analysed.length,
    pendingCount: a.rows.length - a.analysed.length,
    areas: a.areas.map((s) => componentView(s, noteByCode.get(s.code))),
    criteria: a.criteria.map((s) => componentView(s, noteByCode.get(s.code))),
    units,
    districts: [
      ...new Map(a.rows.filter((r) => r.assessorUnitId !== a.year.provinceUnitId).map((r) => [r.assessorUnitId, r.assessorUnitName])),
    ]
      .map(([unitId, name]) => ({ unitId, name }))
      .sort((x, y) => compareVietnamese(x.name, y.name)),
  };
}

export async function unitCriteriaGaps(
  ctx: RequestContext,
  yearId: string,
  groupId: string,
  unitId: string,
  districtId: string | null,
): Promise<UnitCriterionGapView[]> {
  assertId(unitId, 'unitId');
  const a = await openAnalysis(ctx, yearId, groupId, districtId);
  const unit = a.analysed.find((r) => r.unitId === unitId);
  if (!unit)
    throw notFound(
      'Đơn vị không có kết quả đã thẩm định trong khối và phạm vi này.',
      'The unit has no appraised result in this group and scope.',
      { argument: 'unitId' },
    );
  return unitWeakCriteria(unit, a.criteria).map((g) => ({
    code: g.code,
    title: g.title,
    areaCode: g.areaCode,
    maxApplicable: g.maxApplicable / 100,
    points: g.points / 100,
    loss: g.loss / 100,
    index: points(g.index),
    groupIndex: points(g.groupIndex),
    groupAverageLoss: points(g.groupAverageLoss),
    difference: points(g.difference),
  }));
}

/**
 * Two years of the same province side by side: the current group's appraised units, each with
 * itself in the base year or, after a merge, its predecessors (frozen in the current roster).
 */
export async function compareAnalysisYears(
  ctx: RequestContext,
  yearId: string,
  baseYearId: string,
  groupId: string,
  districtId: string | null,
): Promise<AnalysisYearComparison> {
  const a = await openAnalysis(ctx, yearId, groupId, districtId);
  const baseYear = await getYear(ctx.db.manager, baseYearId, 'baseYearId');
  if (baseYear.provinceUnitId !== a.year.provinceUnitId || baseYear.id === a.year.id)
    throw badInput('Năm so sánh phải là một kỳ khác của cùng tỉnh.', 'The base year must be another year of the same province.', {
      argument: 'baseYearId',
    });
  // The caller must be allowed to read the base year too (a unit and an unpublished year: no).
  await resolveScope(ctx, baseYear, null);
  // Only the units the current scope compares with: themselves and their predecessors.
  const wanted = [...new Set(a.analysed.flatMap((u) => [u.unitId, ...u.predecessorUnitIds]))];
  const base = (await loadAnalysisRows(ctx.db, baseYear.id, { kind: 'PROVINCE' }, { unitIds: wanted })).filter((r) => r.rankable);
  const result = compareYears(a.analysed, base);
  const comparison = (c: (typeof result.areas)[number]) => ({
    code: c.code,
    title: c.title,
    current: c.current ? componentView(c.current) : null,
    base: c.base ? componentView(c.base) : null,
    delta: points(c.delta),
  });
  return {
    year: a.year.year,
    baseYear: baseYear.year,
    groupName: a.group.name,
    scope: await scopeView(ctx.db, a.year.id, a.scope),
    units: result.units.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      index: points(u.index),
      baseIndex: points(u.baseIndex),
      delta: points(u.delta),
      basis: u.basis as ComparisonBasis,
      baseUnits: u.baseUnits.map((b) => ({ unitId: b.unitId, unitName: b.unitName, index: points(b.index) })),
    })),
    areas: result.areas.map(comparison),
    criteria: result.criteria.map(comparison),
  };
}

const NOTE_MAX = 4000;

/** Writes (or clears) the cause and solution of one criterion; audited in the same transaction. */
export async function saveAnalysisNote(ctx: RequestContext, input: AnalysisNoteInput): Promise<AnalysisNoteView> {
  const cause = input.cause.trim();
  const solution = input.solution.trim();
  if (cause.length > NOTE_MAX || solution.length > NOTE_MAX)
    throw badInput(`Nguyên nhân và giải pháp mỗi mục tối đa ${NOTE_MAX} ký tự.`, `Cause and solution are ${NOTE_MAX} characters at most.`, {
      argument: cause.length > NOTE_MAX ? 'cause' : 'solution',
    });
  const code = input.code.trim();
  return savingOnce(
    () =>
      ctx.db.transaction(async (manager) => {
        const year = await getYear(manager, input.yearId);
        const actor = requireProvinceAdmin(ctx, year.provinceUnitId);
        assertId(input.groupId, 'groupId');
        const group = await manager.findOneBy(UnitGroupEntity, { id: input.groupId, yearId: year.id });
        if (!group)
          throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
        const node = await manager.findOne(CriteriaNodeEntity, { where: { groupId: group.id, code }, select: { id: true, code: true } });
        if (!node)
          throw badInput(`Bộ chỉ số của khối không có tiêu chí mã "${code}".`, `The group's criteria set has no node "${code}".`, {
            argument: 'code',
          });
        const repo = manager.getRepository(AnalysisNoteEntity);
        const existing = await repo.findOneBy({ yearId: year.id, groupId: group.id, code });
        const before = existing ? { cause: existing.cause, solution: existing.solution } : null;
        const row = repo.create({
          id: existing?.id ?? randomUUID(),
          yearId: year.id,
          groupId: group.id,
          code,
          cause,
          solution,
          updatedBy: actor.username,
          updatedAt: new Date(),
        });
        await repo.save(row);
        await recordAudit(manager, ctx, {
          yearId: year.id,
          entityType: AuditEntityType.ANALYSIS,
          entityId: row.id,
          criterionId: node.id,
          action: existing ? 'analysis.note.update' : 'analysis.note.create',
          before,
          after: { code, cause, solution },
        });
        return noteView(row);
      }),
    {
      vi: `Nguyên nhân, giải pháp của tiêu chí ${code} vừa được người khác lưu cùng lúc; hãy tải lại trang, xem lại rồi lưu.`,
      en: `The cause and solution of ${code} were saved by someone else at the same moment; reload, review and save again.`,
    },
  );
}

/** Notes of a year (every group), in code order: the annual report prints them. */
export async function yearNotes(db: DataSource, yearId: string): Promise<AnalysisNoteEntity[]> {
  const notes = await db.getRepository(AnalysisNoteEntity).findBy({ yearId });
  return notes.filter((n) => n.cause || n.solution).sort((a, b) => compareCodes(a.code, b.code));
}
