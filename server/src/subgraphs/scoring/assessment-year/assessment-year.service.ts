import { randomUUID } from 'node:crypto';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { In, type EntityManager } from 'typeorm';
import {
  DEFAULT_BANDS,
  DEFAULT_HEAD_RATINGS,
  validateBands,
  validateHeadRatings,
  type ClassificationBand,
  type HeadRatingMapping,
} from '../../../domain/scoring/ranking';
import { decideYearTransition, YEAR_STATUSES, type Role as DomainRole, type YearDecision } from '../../../domain/scoring/workflow';
import { parseScaled } from '../../../domain/scoring/hundredths';
import { requireUser, type RequestContext } from '../../../platform/auth/request-context';
import { AppError, badInput, conflict, type Locale } from '../../../platform/errors/app-error';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { blockingIssueCount } from '../criteria/criteria-rules';
import { pointsFromInput } from '../criteria/points';
import { recomputeResults } from '../results/recompute.service';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { rebuildRosterInTx } from '../roster/roster.service';
import { defaultGroups } from '../unit-group/group-defaults';
import { AssessorRule, UnitGroupEntity } from '../unit-group/unit-group.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from './assessment-year.entity';
import type {
  ClassificationBandInput,
  CreateAssessmentYearInput,
  HeadRatingRuleInput,
  UpdateAssessmentYearInput,
  YearTransitionOption,
} from './assessment-year.types';
import { assertId } from '../../../platform/graphql/ids';
import { assertNotFinal, getYear, getYearForUpdate, requireProvinceAdmin, requireProvinceReader } from './year-access';
import { yearHooks } from './year-hooks';
import type { ScoringContext } from '../scoring-context';

/** "2025-01-15" shifted by n years; 29 February becomes 28 February in a common year. */
export function shiftDate(date: string | null, years: number): string | null {
  if (!date) return date;
  const [y, m, d] = date.split('-').map(Number);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function yearSnapshot(year: AssessmentYearEntity) {
  const { createdAt: _c, updatedAt: _u, ...rest } = year;
  return rest;
}

function assertName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 255)
    throw badInput('Tên kỳ đánh giá phải có từ 1 đến 255 ký tự.', 'The name must have 1 to 255 characters.', { argument: 'name' });
  return trimmed;
}

export async function listYears(ctx: ScoringContext, provinceId: string): Promise<AssessmentYearEntity[]> {
  assertId(provinceId, 'provinceId');
  await requireProvinceReader(ctx, ctx.db.manager, provinceId);
  return ctx.loaders.yearsByProvince.load(provinceId);
}

export async function readYear(ctx: RequestContext, id: string): Promise<AssessmentYearEntity> {
  const year = await getYear(ctx.db.manager, id, 'id');
  await requireProvinceReader(ctx, ctx.db.manager, year.provinceUnitId);
  return year;
}

async function copyConfiguration(manager: EntityManager, source: AssessmentYearEntity, target: AssessmentYearEntity): Promise<void> {
  const groups = await manager.find(UnitGroupEntity, { where: { yearId: source.id }, order: { sortOrder: 'ASC' } });
  const groupIds = new Map<string, string>();
  for (const group of groups) {
    const copy = manager.create(UnitGroupEntity, { ...group, id: randomUUID(), yearId: target.id, criteriaReopened: false });
    // A three-level rule cannot survive into a two-level year: the district is gone.
    if (target.model === GovernmentModel.TWO_LEVEL && copy.assessorRule === AssessorRule.PARENT_DISTRICT)
      copy.assessorRule = AssessorRule.PROVINCE;
    groupIds.set(group.id, copy.id);
    await manager.save(UnitGroupEntity, copy);
  }
  const nodes = groups.length
    ? await manager.find(CriteriaNodeEntity, { where: { groupId: In([...groupIds.keys()]) }, order: { depth: 'ASC' } })
    : [];
  const nodeIds = new Map(nodes.map((n) => [n.id, randomUUID()]));
  const copies = nodes.map((n) =>
    manager.create(CriteriaNodeEntity, {
      ...n,
      id: nodeIds.get(n.id),
      yearId: target.id,
      groupId: groupIds.get(n.groupId),
      parentId: n.parentId ? (nodeIds.get(n.parentId) ?? null) : null,
    }),
  );
  for (let i = 0; i < copies.length; i += 200) await manager.save(CriteriaNodeEntity, copies.slice(i, i + 200));
}

export async function createYear(ctx: RequestContext, input: CreateAssessmentYearInput): Promise<AssessmentYearEntity> {
  assertId(input.provinceId, 'provinceId');
  requireProvinceAdmin(ctx, input.provinceId);
  const name = assertName(input.name);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw badInput('Năm đánh giá phải từ 2000 đến 2100.', 'The year must be between 2000 and 2100.', { argument: 'year' });
  return ctx.db.transaction(async (manager) => {
    if (await manager.existsBy(AssessmentYearEntity, { provinceUnitId: input.provinceId, year: input.year }))
      throw conflict(`Tỉnh đã có kỳ đánh giá năm ${input.year}.`, `The province already has an assessment year ${input.year}.`, {
        argument: 'year',
      });
    const source = input.copyFromYearId ? await getYear(manager, input.copyFromYearId, 'copyFromYearId') : null;
    if (source && source.provinceUnitId !== input.provinceId)
      throw badInput('Chỉ sao chép được kỳ đánh giá của cùng tỉnh.', 'Only a year of the same province can be copied.', {
        argument: 'copyFromYearId',
      });
    const shift = source ? input.year - source.year : 0;
    const year = manager.create(AssessmentYearEntity, {
      id: randomUUID(),
      provinceUnitId: input.provinceId,
      year: input.year,
      name,
      model: input.model,
      status: YearStatus.PLANNING,
      selfAssessmentDeadline: shiftDate(source?.selfAssessmentDeadline ?? null, shift),
      explanationDeadline: shiftDate(source?.explanationDeadline ?? null, shift),
      appraisalDeadline: shiftDate(source?.appraisalDeadline ?? null, shift),
      publicationDeadline: shiftDate(source?.publicationDeadline ?? null, shift),
      bands: source ? structuredClone(source.bands) : (structuredClone([...DEFAULT_BANDS]) as ClassificationBand[]),
      headRatings: source ? structuredClone(source.headRatings) : structuredClone({ ...DEFAULT_HEAD_RATINGS }),
      bonusCap: source?.bonusCap ?? null,
      penaltyCap: source?.penaltyCap ?? null,
      copiedFromYearId: source?.id ?? null,
      rosterFrozenAt: null,
    });
    await manager.save(AssessmentYearEntity, year);
    if (source) await copyConfiguration(manager, source, year);
    else
      for (const [i, template] of defaultGroups(input.model).entries())
        await manager.save(
          UnitGroupEntity,
          manager.create(UnitGroupEntity, {
            ...template,
            id: randomUUID(),
            yearId: year.id,
            criteriaTotal: 10_000,
            sortOrder: i + 1,
            criteriaReopened: false,
          }),
        );
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: year.id,
      action: source ? 'CREATE_COPY' : 'CREATE',
      before: null,
      after: { ...yearSnapshot(year), copiedFromYear: source?.year ?? null },
    });
    return year;
  });
}

function bandsFromInput(input: ClassificationBandInput[]): ClassificationBand[] {
  const bands = input.map((band, i) => {
    const min = parseScaled(band.minIndex, 2);
    if (!min.ok)
      throw badInput(`Ngưỡng của mức xếp loại thứ ${i + 1} không hợp lệ.`, `Band ${i + 1}: invalid threshold.`, {
        argument: 'classificationBands',
      });
    return {
      code: band.code.trim(),
      labelVi: band.labelVi.trim(),
      labelEn: band.labelEn.trim(),
      minIndex: min.value,
      color: band.color.trim(),
    };
  });
  const issues = validateBands(bands);
  if (issues.length)
    throw badInput(
      `Cấu hình xếp loại không hợp lệ: ${issues.map((i) => i.vi).join('; ')}.`,
      `Invalid classification bands: ${issues.map((i) => i.en).join('; ')}.`,
      {
        argument: 'classificationBands',
        issues: issues.map((i) => i.code),
      },
    );
  return bands;
}

function headRatingsFromInput(input: HeadRatingRuleInput[]): HeadRatingMapping {
  const mapping: Record<string, { code: string; labelVi: string; labelEn: string }> = {};
  for (const rule of input)
    mapping[rule.bandCode.trim()] = { code: rule.code.trim(), labelVi: rule.labelVi.trim(), labelEn: rule.labelEn.trim() };
  return mapping;
}

const DEADLINE_ORDER = ['selfAssessmentDeadline', 'explanationDeadline', 'appraisalDeadline', 'publicationDeadline'] as const;
const DEADLINE_LABELS = {
  selfAssessmentDeadline: 'tự đánh giá',
  explanationDeadline: 'giải trình',
  appraisalDeadline: 'thẩm định',
  publicationDeadline: 'công bố',
};

/** Deadlines follow the phases: self-assessment ≤ explanation ≤ appraisal ≤ publication (unset ones are skipped). */
function assertDeadlineOrder(year: AssessmentYearEntity): void {
  const set = DEADLINE_ORDER.filter((key) => year[key]);
  for (let i = 1; i < set.length; i++) {
    const [a, b] = [set[i - 1], set[i]];
    if ((year[a] as string) > (year[b] as string))
      throw badInput(`Hạn ${DEADLINE_LABELS[b]} phải sau hạn ${DEADLINE_LABELS[a]}.`, `The ${b} must not be before the ${a}.`, {
        argument: b,
      });
  }
}

export async function updateYear(ctx: RequestContext, id: string, input: UpdateAssessmentYearInput): Promise<AssessmentYearEntity> {
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, id, 'id');
    requireProvinceAdmin(ctx, year.provinceUnitId);
    if (year.status === YearStatus.PUBLISHED) assertNotFinal(year);
    const before = yearSnapshot({ ...year });
    const changed: string[] = [];
    const set = <K extends keyof AssessmentYearEntity>(key: K, value: AssessmentYearEntity[K]) => {
      if (JSON.stringify(year[key]) !== JSON.stringify(value)) {
        year[key] = value;
        changed.push(key);
      }
    };
    if (input.name !== undefined && input.name !== null) set('name', assertName(input.name));
    for (const key of DEADLINE_ORDER) if (input[key] !== undefined) set(key, input[key] ?? null);
    const resultSettings =
      input.classificationBands !== undefined ||
      input.headRatings !== undefined ||
      input.bonusCap !== undefined ||
      input.penaltyCap !== undefined;
    if (resultSettings) assertNotFinal(year);
    if (input.model !== undefined && input.model !== null && input.model !== year.model) {
      if (year.status !== YearStatus.PLANNING)
        throw conflict(
          'Chỉ đổi mô hình chính quyền khi kỳ đánh giá đang chuẩn bị.',
          'The model can only change while the year is in planning.',
          { argument: 'model' },
        );
      const districtGroups = await manager.countBy(UnitGroupEntity, { yearId: year.id, assessorRule: AssessorRule.PARENT_DISTRICT });
      if (input.model === GovernmentModel.TWO_LEVEL && districtGroups > 0)
        throw conflict(
          'Mô hình hai cấp không còn cấp huyện: hãy đổi đơn vị đánh giá của các khối "cấp huyện đánh giá" trước.',
          'The two-level model has no districts: change the groups assessed by districts first.',
          { argument: 'model' },
        );
      set('model', input.model);
      // A roster planned for the other model is wrong by construction.
      await manager.delete(RosterEntryEntity, { yearId: year.id });
    }
    if (input.classificationBands !== undefined && input.classificationBands !== null)
      set('bands', bandsFromInput(input.classificationBands));
    if (input.headRatings !== undefined && input.headRatings !== null) set('headRatings', headRatingsFromInput(input.headRatings));
    if (input.headRatings !== undefined || input.classificationBands !== undefined) {
      const issues = validateHeadRatings(year.bands, year.headRatings);
      if (issues.length)
        throw badInput(
          `Cấu hình xếp loại người đứng đầu chưa đủ: ${issues.map((i) => i.vi).join('; ')}.`,
          `Head ratings incomplete: ${issues.map((i) => i.en).join('; ')}.`,
          {
            argument: 'headRatings',
          },
        );
    }
    if (input.bonusCap !== undefined)
      set('bonusCap', input.bonusCap === null ? null : pointsFromInput(input.bonusCap, 'bonusCap', 'Mức trần điểm thưởng'));
    if (input.penaltyCap !== undefined)
      set('penaltyCap', input.penaltyCap === null ? null : pointsFromInput(input.penaltyCap, 'penaltyCap', 'Mức trần điểm trừ'));
    assertDeadlineOrder(year);
    if (changed.length === 0) return year;
    await manager.save(AssessmentYearEntity, year);
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, source[key]]));
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: year.id,
      action: 'UPDATE',
      before: pick(before),
      after: pick(yearSnapshot(year)),
    });
    // Caps, bands and head ratings move figures: every stored result follows in this transaction.
    if (changed.some((key) => RESULT_SETTINGS.has(key))) await recomputeResults(manager, ctx, { yearId: year.id, scope: { kind: 'YEAR' } });
    return year;
  });
}

/** Year settings a stored result is computed from. */
const RESULT_SETTINGS = new Set<string>(['bands', 'headRatings', 'bonusCap', 'penaltyCap']);

/** Everything decideYearTransition needs, gathered from the year's groups, roster and sheets. */
async function preconditions(manager: EntityManager, ctx: RequestContext, year: AssessmentYearEntity, reason: string | null) {
  const actor = requireUser(ctx);
  const groups = await manager.findBy(UnitGroupEntity, { yearId: year.id });
  const roster = await manager.find(RosterEntryEntity, { where: { yearId: year.id }, select: { id: true, groupId: true } });
  const populated = new Set(roster.map((r) => r.groupId));
  // With a roster, only groups that hold units must be valid; before it is built, every group.
  const checked = roster.length ? groups.filter((g) => populated.has(g.id)) : groups;
  let criteriaErrorCount = 0;
  for (const group of checked) criteriaErrorCount += await blockingIssueCount(manager, group);
  const bandErrorCount = validateBands(year.bands).length + validateHeadRatings(year.bands, year.headRatings).length;
  const groupIds = new Set(groups.map((g) => g.id));
  return {
    actorRoles: actor.roles as unknown as DomainRole[],
    criteriaErrorCount,
    bandErrorCount,
    rosterSize: roster.length,
    unassignedUnits: roster.filter((r) => !groupIds.has(r.groupId)).length,
    sheetCounts: await yearHooks.sheetCountsByState(manager, year.id),
    reason,
  };
}

function refusalError(decision: Exclude<YearDecision, { allowed: true }>): AppError {
  return new AppError(decision.code, { vi: decision.reasonVi, en: decision.reasonEn }, { reason: decision.reason });
}

/** The neighbours of a status in the PLANNING → PUBLISHED chain (the only moves the rules allow). */
function candidateTargets(status: YearStatus): YearStatus[] {
  const i = YEAR_STATUSES.indexOf(status);
  return [YEAR_STATUSES[i + 1], YEAR_STATUSES[i - 1]]
    .filter((s): s is (typeof YEAR_STATUSES)[number] => Boolean(s))
    .map((s) => s as YearStatus);
}

/** What the current user may do next with the year, with the reason for each refusal (the SPA never re-implements it). */
export async function nextStatuses(ctx: RequestContext, year: AssessmentYearEntity, locale: Locale): Promise<YearTransitionOption[]> {
  if (ctx.actor.kind !== 'user') return [];
  const options: YearTransitionOption[] = [];
  for (const to of candidateTargets(year.status)) {
    const backward = YEAR_STATUSES.indexOf(to) < YEAR_STATUSES.indexOf(year.status);
    const pre = await preconditions(ctx.db.manager, ctx, year, backward ? 'preview' : null);
    // Opening builds an empty roster first, so the preview must not refuse for "roster empty".
    if (pre.rosterSize === 0 && to === YearStatus.SELF_ASSESSMENT && year.status === YearStatus.PLANNING) pre.rosterSize = 1;
    let decision = decideYearTransition(year.status, to, pre);
    if (decision.allowed && !administersProvince(ctx.actor, year.provinceUnitId))
      decision = {
        allowed: false,
        code: 'FORBIDDEN',
        reason: 'SCOPE',
        reasonVi: 'Bạn không phải quản trị viên của tỉnh này',
        reasonEn: 'You are not an administrator of this province',
      };
    options.push({
      to,
      allowed: decision.allowed,
      requiresReason: backward,
      reason: decision.allowed ? null : locale === 'en' ? decision.reasonEn : decision.reasonVi,
      code: decision.allowed ? null : decision.code,
      warnings: decision.allowed ? decision.warnings.map((w) => (locale === 'en' ? w.en : w.vi)) : [],
    });
  }
  return options;
}

/**
 * Moves the year one step, refusing with the domain's reason when a precondition fails. Opening
 * self-assessment builds the roster if none was built, validates the sets of the groups that hold
 * units, then freezes the roster and locks the criteria sets — all in one transaction, so a
 * refusal leaves nothing behind.
 */
export async function transitionYear(
  ctx: RequestContext,
  id: string,
  to: YearStatus,
  reason: string | null,
): Promise<{ year: AssessmentYearEntity; from: YearStatus; to: YearStatus; warnings: string[] }> {
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, id, 'id');
    requireProvinceAdmin(ctx, year.provinceUnitId);
    const from = year.status;
    const opening = from === YearStatus.PLANNING && to === YearStatus.SELF_ASSESSMENT;
    if (opening && (await manager.countBy(RosterEntryEntity, { yearId: year.id })) === 0) await rebuildRosterInTx(manager, ctx, year);
    const decision = decideYearTransition(from, to, await preconditions(manager, ctx, year, reason));
    if (!decision.allowed) throw refusalError(decision);
    year.status = to;
    if (opening) {
      year.rosterFrozenAt = new Date();
      await manager.update(UnitGroupEntity, { yearId: year.id }, { criteriaReopened: false });
    }
    // Back to planning: the roster may be rebuilt and the sets edited again.
    if (to === YearStatus.PLANNING) year.rosterFrozenAt = null;
    await manager.save(AssessmentYearEntity, year);
    const warnings = decision.warnings.map((w) => (ctx.locale === 'en' ? w.en : w.vi));
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.STATUS,
      entityId: year.id,
      action: 'TRANSITION',
      before: { status: from },
      after: { status: to, warnings: decision.warnings.map((w) => w.vi) },
      reason,
    });
    for (const hook of yearHooks.afterTransition) await hook(manager, ctx, year, from);
    return { year, from, to, warnings };
  });
}

export async function groupsOfYear(manager: EntityManager, yearId: string): Promise<UnitGroupEntity[]> {
  return manager.find(UnitGroupEntity, { where: { yearId }, order: { sortOrder: 'ASC', code: 'ASC' } });
}
