import { rederiveAssessorLeaf } from '../accountability/assessor-entry.service';
import { assertNoAssessorRecords, assertRecordsStillFed } from '../accountability/assessor-leaf-guard';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { buildCriteriaTree, codeSegments, parentCode, renumberCodes, walkTree } from '../../../domain/scoring/criteria-tree';
import type { LocalizedText } from '../../../domain/scoring/hundredths';
import { SCORING_METHODS, validateMethodParams } from '../../../domain/scoring/scoring-methods';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AppError, badInput, conflict, notFound, type Locale } from '../../../platform/errors/app-error';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { assertId } from '../../../platform/graphql/ids';
import { getYear, getYearForUpdate, requireProvinceAdmin, requireProvinceReader } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit, type AuditInput } from '../audit/audit.service';
import { recomputeResults } from '../results/recompute.service';
import { lockGroupsWithSheets } from '../lock-order';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from './criteria-node.entity';
import { loadSetNodes, setIssues } from './criteria-rules';
import { criteriaSetToXlsx, XLSX_CONTENT_TYPE, xlsxToRawNodes } from './criteria-xlsx';
import type { AddCriterionInput, CriteriaIssueType, CriteriaNodeInput, UpdateCriterionInput } from './criteria.types';
import { pointsFromInput, pointsToOutput } from './points';

const CODE = /^[\p{L}\p{N}]+(\.[\p{L}\p{N}]+)*$/u;
const MAX_TITLE = 1000;
const MAX_TEXT = 10_000;

/** A node's content after validation (what a bulk save writes). */
export interface NodeDraft {
  code: string;
  title: string;
  maxPoints: number;
  section: CriteriaSection;
  method: ScoringMethod | null;
  params: unknown;
  evidenceGuidance: string | null;
  scoringGuidance: string | null;
  allowNotApplicable: boolean;
  /** Entered by the assessor, not the unit (penalties from inspections and late reports, recognised initiatives). */
  enteredByAssessor: boolean;
  assessorEntryReason: string | null;
}

export interface RawNode {
  code: unknown;
  title: unknown;
  maxPoints: unknown;
  section: unknown;
  method?: unknown;
  params?: unknown;
  evidenceGuidance?: unknown;
  scoringGuidance?: unknown;
  allowNotApplicable?: unknown;
  enteredByAssessor?: unknown;
  assessorEntryReason?: unknown;
}

/** "Có"/"Không" (or a boolean) from the editor, the API or a spreadsheet cell; undefined when empty, null when unreadable. */
function yesNo(value: unknown): boolean | undefined | null {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined || text(value) === '') return undefined;
  const word = text(value).toLowerCase();
  if (['có', 'co', 'x', 'yes', 'true', '1'].includes(word)) return true;
  if (['không', 'khong', 'no', 'false', '0'].includes(word)) return false;
  return null;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());
const optionalText = (value: unknown): string | null => text(value) || null;

/**
 * Checks one node on its own (code, title, points, section, method and its parameters) and
 * collects every problem, so an import can report all rows at once. Tree-level rules (sums,
 * totals) are the domain's validateCriteriaSet, reported as issues rather than refused.
 */
export function checkNode(raw: RawNode): { draft: NodeDraft | null; problems: LocalizedText[] } {
  const problems: LocalizedText[] = [];
  const code = text(raw.code);
  if (!CODE.test(code) || code.length > 32)
    problems.push({ vi: `mã "${code}" không hợp lệ (dạng 1, 1.2, 1.2.3)`, en: `code "${code}" is invalid (use 1, 1.2, 1.2.3)` });
  const title = text(raw.title);
  if (!title) problems.push({ vi: 'thiếu nội dung', en: 'the title is missing' });
  if (title.length > MAX_TITLE)
    problems.push({ vi: `nội dung dài quá ${MAX_TITLE} ký tự`, en: `the title exceeds ${MAX_TITLE} characters` });
  let maxPoints = 0;
  try {
    if (raw.maxPoints === null || raw.maxPoints === undefined || raw.maxPoints === '')
      throw badInput('thiếu điểm tối đa', 'maximum points are missing');
    maxPoints = pointsFromInput(raw.maxPoints as number | string, 'maxPoints', 'điểm tối đa');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push({ vi: error.messages.vi.replace(/\.$/, ''), en: error.messages.en.replace(/\.$/, '') });
  }
  const section = text(raw.section).toUpperCase() as CriteriaSection;
  if (!Object.values(CriteriaSection).includes(section))
    problems.push({
      vi: `phần "${text(raw.section)}" không hợp lệ (SCORED, SURVEY, BONUS, PENALTY)`,
      en: `section "${text(raw.section)}" is invalid`,
    });
  const methodText = text(raw.method).toUpperCase();
  const method = methodText ? (methodText as ScoringMethod) : null;
  if (method && !(SCORING_METHODS as readonly string[]).includes(method))
    problems.push({ vi: `phương pháp "${methodText}" không tồn tại`, en: `unknown method "${methodText}"` });
  let params: unknown = null;
  if (typeof raw.params === 'string' && raw.params.trim()) {
    try {
      params = JSON.parse(raw.params) as unknown;
    } catch {
      problems.push({ vi: 'tham số không phải JSON hợp lệ', en: 'params are not valid JSON' });
    }
  } else if (raw.params !== null && raw.params !== undefined && typeof raw.params !== 'string') params = raw.params;
  if (method && (SCORING_METHODS as readonly string[]).includes(method) && problems.length === 0)
    for (const issue of validateMethodParams(method, params ?? {}, maxPoints)) problems.push({ vi: issue.vi, en: issue.en });
  if (!method && params !== null) problems.push({ vi: 'có tham số nhưng chưa có phương pháp chấm', en: 'params given without a method' });
  const evidenceGuidance = optionalText(raw.evidenceGuidance);
  const scoringGuidance = optionalText(raw.scoringGuidance);
  if ((evidenceGuidance?.length ?? 0) > MAX_TEXT || (scoringGuidance?.length ?? 0) > MAX_TEXT)
    problems.push({ vi: 'hướng dẫn quá dài', en: 'guidance is too long' });
  const allow = raw.allowNotApplicable;
  let allowNotApplicable = false;
  if (typeof allow === 'boolean') allowNotApplicable = allow;
  else if (allow !== null && allow !== undefined && text(allow) !== '') {
    const word = text(allow).toLowerCase();
    if (['có', 'co', 'x', 'yes', 'true', '1'].includes(word)) allowNotApplicable = true;
    else if (!['không', 'khong', 'no', 'false', '0'].includes(word))
      problems.push({ vi: `"Cho phép không áp dụng" phải là Có hoặc Không`, en: '"allow not applicable" must be yes or no' });
  }
  const byAssessor = yesNo(raw.enteredByAssessor);
  if (byAssessor === null)
    problems.push({ vi: '"Do cơ quan đánh giá nhập" phải là Có hoặc Không', en: '"entered by the assessor" must be yes or no' });
  const enteredByAssessor = byAssessor === true;
  if (enteredByAssessor && (!method || method === 'SURVEY'))
    problems.push({
      vi: 'chỉ tiêu chí lá có phương pháp chấm (không phải điều tra xã hội học) mới được giao cho cơ quan đánh giá nhập',
      en: 'only a scored leaf (not a survey one) can be entered by the assessor',
    });
  const assessorEntryReason = enteredByAssessor ? optionalText(raw.assessorEntryReason) : null;
  if ((assessorEntryReason?.length ?? 0) > MAX_TEXT) problems.push({ vi: 'lý do quá dài', en: 'the reason is too long' });
  if (problems.length) return { draft: null, problems };
  return {
    draft: {
      enteredByAssessor,
      assessorEntryReason,
      code,
      title,
      maxPoints,
      section,
      method,
      params: method ? (params ?? {}) : null,
      evidenceGuidance,
      scoringGuidance,
      allowNotApplicable,
    },
    problems,
  };
}

function requireDraft(raw: RawNode, label: string): NodeDraft {
  const { draft, problems } = checkNode(raw);
  if (!draft)
    throw badInput(`${label}: ${problems.map((p) => p.vi).join('; ')}.`, `${label}: ${problems.map((p) => p.en).join('; ')}.`, {
      problems: problems.map((p) => p.en),
    });
  return draft;
}

export function nodeSnapshot(node: CriteriaNodeEntity) {
  return {
    id: node.id,
    parentId: node.parentId,
    code: node.code,
    title: node.title,
    maxPoints: pointsToOutput(node.maxPoints),
    section: node.section,
    sortOrder: node.sortOrder,
    method: node.method,
    params: node.params,
    evidenceGuidance: node.evidenceGuidance,
    scoringGuidance: node.scoringGuidance,
    allowNotApplicable: node.allowNotApplicable,
    enteredByAssessor: node.enteredByAssessor,
    assessorEntryReason: node.assessorEntryReason,
  };
}

// ---------------------------------------------------------------------------
// locking

export function lockReason(year: AssessmentYearEntity, group: UnitGroupEntity): LocalizedText | null {
  if (year.status === YearStatus.PLANNING) return null;
  if (year.status === YearStatus.FINALIZED || year.status === YearStatus.PUBLISHED)
    return { vi: 'Bộ tiêu chí đã khóa vì kỳ đánh giá đã chốt kết quả', en: 'The criteria set is locked: the year is finalized' };
  if (group.criteriaReopened) return null;
  return {
    vi: 'Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá',
    en: 'The criteria set is locked because the year has opened self-assessment',
  };
}

function assertEditable(year: AssessmentYearEntity, group: UnitGroupEntity): void {
  const reason = lockReason(year, group);
  if (reason) throw conflict(reason.vi, reason.en, { yearStatus: year.status, reason: 'CRITERIA_LOCKED' });
}

async function editableGroup(
  manager: EntityManager,
  ctx: RequestContext,
  yearId: string,
  groupId: string,
): Promise<{ year: AssessmentYearEntity; group: UnitGroupEntity }> {
  const { year, group } = await administeredGroup(manager, ctx, yearId, groupId);
  assertEditable(year, group);
  return { year, group };
}

/** The year (locked for update) and one of its groups, for its province administrator. */
async function administeredGroup(
  manager: EntityManager,
  ctx: RequestContext,
  yearId: string,
  groupId: string,
): Promise<{ year: AssessmentYearEntity; group: UnitGroupEntity }> {
  assertId(groupId, 'groupId');
  const year = await getYearForUpdate(manager, yearId);
  requireProvinceAdmin(ctx, year.provinceUnitId);
  const group = await manager.findOneBy(UnitGroupEntity, { id: groupId, yearId: year.id });
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'No such group in this year.', { argument: 'groupId' });
  return { year, group };
}

/**
 * A node's year and set, read before the transaction only to know which year to lock first (a
 * node never changes set): read inside, before the year's lock, it would fix the transaction's
 * snapshot before the sheet writers the lock waited for (lock-order).
 */
async function locateNode(ctx: RequestContext, id: string): Promise<Pick<CriteriaNodeEntity, 'yearId' | 'groupId'> | null> {
  assertId(id, 'id');
  return ctx.db.getRepository(CriteriaNodeEntity).findOne({ where: { id }, select: { id: true, yearId: true, groupId: true } });
}

async function nodeInSet(
  manager: EntityManager,
  ctx: RequestContext,
  id: string,
  located: Pick<CriteriaNodeEntity, 'yearId' | 'groupId'> | null,
) {
  const missing = () => notFound('Không tìm thấy tiêu chí.', 'No such criterion.', { argument: 'id' });
  if (!located) throw missing();
  const { year, group } = await editableGroup(manager, ctx, located.yearId, located.groupId);
  const node = await manager.findOneBy(CriteriaNodeEntity, { id, groupId: group.id });
  if (!node) throw missing();
  return { node, year, group };
}

function criterionAudit(
  year: AssessmentYearEntity,
  node: CriteriaNodeEntity,
  action: string,
  before: unknown,
  after: unknown,
  reason?: string | null,
): AuditInput {
  return { yearId: year.id, entityType: AuditEntityType.CRITERION, entityId: node.id, criterionId: node.id, action, before, after, reason };
}

/** What a leaf's points are computed from: a change here re-scores sheets and flags appraisals. */
function ruleOf(node: CriteriaNodeEntity): string {
  return JSON.stringify([node.maxPoints, node.section, node.method, node.params, node.allowNotApplicable]);
}

/**
 * After an edit of a reopened set (sheets exist once the year left PLANNING): the group's sheets
 * follow the current rules in the same transaction — self-assessed and survey points from the
 * declared values, appraised points on changed leaves flagged for the appraiser, results and ranks.
 */
async function rescoreSet(
  manager: EntityManager,
  ctx: RequestContext,
  year: AssessmentYearEntity,
  groupId: string,
  changedRuleLeafIds: readonly string[],
): Promise<void> {
  if (year.status === YearStatus.PLANNING) return;
  // A leaf holding the assessor's records keeps taking them (accountability/assessor-leaf-guard).
  await assertRecordsStillFed(manager, year.id, groupId);
  await recomputeResults(manager, ctx, {
    yearId: year.id,
    scope: { kind: 'GROUPS', groupIds: [groupId] },
    rescoreDeclared: true,
    changedRuleLeafIds,
    // The sheets' cached answers show the set (titles, guidance, maxima) even when no result moves.
    bumpGroups: true,
  });
}

// ---------------------------------------------------------------------------
// reading

export interface CriteriaSetView {
  yearId: string;
  group: UnitGroupEntity;
  total: number;
  configuredTotal: number;
  locked: boolean;
  lockReason: string | null;
  nodes: CriteriaNodeEntity[];
  issues: CriteriaIssueType[];
  valid: boolean;
}

/** Depth-first order with each inner node's Σ children maxima, and the domain's validation. */
export function describeSet(
  year: AssessmentYearEntity,
  group: UnitGroupEntity,
  rows: CriteriaNodeEntity[],
  locale: Locale,
): CriteriaSetView {
  const byId = new Map(rows.map((n) => [n.id, n]));
  const tree = buildCriteriaTree(rows.map((n) => ({ ...n, method: n.method, params: n.params })));
  const ordered: CriteriaNodeEntity[] = [];
  for (const t of walkTree(tree.roots)) {
    const node = byId.get(t.node.id);
    if (!node) continue;
    node.childrenTotal = t.children.length ? pointsToOutput(t.children.reduce((sum, c) => sum + c.node.maxPoints, 0)) : null;
    ordered.push(node);
  }
  // Orphans and cycles are not in the walk; list them last so nothing stored is hidden.
  for (const node of rows) if (!ordered.includes(node)) ordered.push(node);
  const issues = setIssues(rows, group);
  const reason = lockReason(year, group);
  return {
    yearId: year.id,
    group,
    total: pointsToOutput(group.criteriaTotal) ?? 0,
    configuredTotal:
      pointsToOutput(
        rows
          .filter((n) => !n.parentId && (n.section === CriteriaSection.SCORED || n.section === CriteriaSection.SURVEY))
          .reduce((s, n) => s + n.maxPoints, 0),
      ) ?? 0,
    locked: reason !== null,
    lockReason: reason ? (locale === 'en' ? reason.en : reason.vi) : null,
    nodes: ordered,
    issues: issues.map((i) => ({ code: i.code, nodeCode: i.nodeCode, severity: i.severity, message: locale === 'en' ? i.en : i.vi })),
    valid: !issues.some((i) => i.severity === 'ERROR'),
  };
}

export async function readableGroup(ctx: RequestContext, manager: EntityManager, yearId: string, groupId: string) {
  assertId(groupId, 'groupId');
  const year = await getYear(manager, yearId);
  await requireProvinceReader(ctx, manager, year.provinceUnitId);
  const group = await manager.findOneBy(UnitGroupEntity, { id: groupId, yearId: year.id });
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'No such group in this year.', { argument: 'groupId' });
  return { year, group };
}

export async function readCriteriaSet(ctx: RequestContext, yearId: string, groupId: string): Promise<CriteriaSetView> {
  const { year, group } = await readableGroup(ctx, ctx.db.manager, yearId, groupId);
  return describeSet(year, group, await loadSetNodes(ctx.db.manager, group.id), ctx.locale);
}

// ---------------------------------------------------------------------------
// single-node edits

async function assertCodeFree(manager: EntityManager, groupId: string, code: string, exceptId?: string): Promise<void> {
  const clash = await manager.findOneBy(CriteriaNodeEntity, { groupId, code });
  if (clash && clash.id !== exceptId)
    throw conflict(`Mã tiêu chí ${code} đã có trong bộ chỉ số.`, `Code ${code} already exists in this set.`, { argument: 'code' });
}

/** Puts `node` at `position` among its siblings and renumbers their sortOrder 1..n. */
async function placeAmongSiblings(manager: EntityManager, node: CriteriaNodeEntity, position: number | null | undefined): Promise<void> {
  const siblings = (
    await manager.find(CriteriaNodeEntity, { where: { groupId: node.groupId }, order: { sortOrder: 'ASC', code: 'ASC' } })
  ).filter((n) => n.parentId === node.parentId && n.id !== node.id);
  const at = position === null || position === undefined ? siblings.length : Math.max(0, Math.min(position, siblings.length));
  siblings.splice(at, 0, node);
  for (const [i, sibling] of siblings.entries()) {
    if (sibling.sortOrder !== i + 1 || sibling === node) {
      sibling.sortOrder = i + 1;
      if (sibling !== node) await manager.update(CriteriaNodeEntity, { id: sibling.id }, { sortOrder: i + 1 });
    }
  }
}

export async function addCriterion(ctx: RequestContext, input: AddCriterionInput): Promise<CriteriaNodeEntity> {
  const draft = requireDraft(input, `Tiêu chí ${text(input.code)}`);
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await editableGroup(manager, ctx, input.yearId, input.groupId);
    let depth = 1;
    if (input.parentId) {
      assertId(input.parentId, 'parentId');
      const parent = await manager.findOneBy(CriteriaNodeEntity, { id: input.parentId, groupId: group.id });
      if (!parent)
        throw notFound('Không tìm thấy tiêu chí cha trong bộ chỉ số này.', 'No such parent in this set.', { argument: 'parentId' });
      depth = parent.depth + 1;
    }
    await assertCodeFree(manager, group.id, draft.code);
    const node = manager.create(CriteriaNodeEntity, {
      ...draft,
      id: randomUUID(),
      yearId: year.id,
      groupId: group.id,
      parentId: input.parentId ?? null,
      depth,
      sortOrder: 0,
    });
    await placeAmongSiblings(manager, node, input.position);
    await manager.save(CriteriaNodeEntity, node);
    await recordAudit(manager, ctx, criterionAudit(year, node, 'CREATE', null, nodeSnapshot(node)));
    await rescoreSet(manager, ctx, year, group.id, []);
    return node;
  });
}

export async function updateCriterion(ctx: RequestContext, id: string, input: UpdateCriterionInput): Promise<CriteriaNodeEntity> {
  const located = await locateNode(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const { node, year } = await nodeInSet(manager, ctx, id, located);
    const before = nodeSnapshot(node);
    const merged: RawNode = {
      code: input.code ?? node.code,
      title: input.title ?? node.title,
      maxPoints: input.maxPoints ?? pointsToOutput(node.maxPoints),
      section: input.section ?? node.section,
      method: input.method === undefined ? node.method : input.method,
      params: input.params === undefined ? (node.params === null ? null : JSON.stringify(node.params)) : input.params,
      evidenceGuidance: input.evidenceGuidance === undefined ? node.evidenceGuidance : input.evidenceGuidance,
      scoringGuidance: input.scoringGuidance === undefined ? node.scoringGuidance : input.scoringGuidance,
      allowNotApplicable: input.allowNotApplicable ?? node.allowNotApplicable,
      enteredByAssessor: input.enteredByAssessor ?? node.enteredByAssessor,
      assessorEntryReason: input.assessorEntryReason === undefined ? node.assessorEntryReason : input.assessorEntryReason,
    };
    const draft = requireDraft(merged, `Tiêu chí ${node.code}`);
    if (draft.code !== node.code) await assertCodeFree(manager, node.groupId, draft.code, node.id);
    const ruleBefore = ruleOf(node);
    Object.assign(node, draft);
    await manager.save(CriteriaNodeEntity, node);
    const after = nodeSnapshot(node);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordAudit(manager, ctx, criterionAudit(year, node, 'UPDATE', before, after));
      // An assessor leaf follows its records under the new rule (its declared value is theirs, not a unit's).
      if (ruleOf(node) !== ruleBefore) await rederiveAssessorLeaf(manager, ctx, node, `Tiêu chí ${node.code} thay đổi cách tính điểm`);
      await rescoreSet(manager, ctx, year, node.groupId, ruleOf(node) === ruleBefore ? [] : [node.id]);
    }
    return node;
  });
}

/** Reparents and/or reorders a node; `renumber` rewrites the set's codes from the new order (domain renumberCodes). */
export async function moveCriterion(
  ctx: RequestContext,
  id: string,
  parentId: string | null,
  position: number | null,
  renumber: boolean,
): Promise<CriteriaNodeEntity> {
  const located = await locateNode(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const { node, year, group } = await nodeInSet(manager, ctx, id, located);
    const all = await loadSetNodes(manager, group.id);
    const before = nodeSnapshot(node);
    let depth = 1;
    if (parentId) {
      assertId(parentId, 'parentId');
      const parent = all.find((n) => n.id === parentId);
      if (!parent)
        throw notFound('Không tìm thấy tiêu chí cha trong bộ chỉ số này.', 'No such parent in this set.', { argument: 'parentId' });
      // Walk up from the new parent: meeting the node means it would become its own ancestor.
      const byId = new Map(all.map((n) => [n.id, n]));
      for (let cursor: CriteriaNodeEntity | undefined = parent; cursor; cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined)
        if (cursor.id === node.id)
          throw badInput(
            'Không thể chuyển tiêu chí vào chính nó hoặc tiêu chí con của nó.',
            'A node cannot move under itself or its descendants.',
            { argument: 'parentId' },
          );
      depth = parent.depth + 1;
    }
    node.parentId = parentId;
    await placeAmongSiblings(manager, node, position);
    // Depths of the moved subtree follow the new parent.
    const delta = depth - node.depth;
    if (delta !== 0) {
      const stack = [node.id];
      while (stack.length) {
        const current = stack.pop() as string;
        for (const child of all.filter((n) => n.parentId === current && n.id !== node.id)) {
          await manager.update(CriteriaNodeEntity, { id: child.id }, { depth: child.depth + delta });
          stack.push(child.id);
        }
      }
    }
    node.depth = depth;
    await manager.save(CriteriaNodeEntity, node);
    if (renumber) {
      const current = await loadSetNodes(manager, group.id);
      const codes = renumberCodes(current.map((n) => ({ ...n })));
      const changed = current.filter((n) => codes.get(n.id) && codes.get(n.id) !== n.code);
      // Two passes through temporary codes: the unique (group, code) index would trip on swaps.
      for (const n of changed) await manager.update(CriteriaNodeEntity, { id: n.id }, { code: `~${n.id.slice(0, 30)}` });
      for (const n of changed) {
        await manager.update(CriteriaNodeEntity, { id: n.id }, { code: codes.get(n.id) });
        if (n.id !== node.id)
          await recordAudit(manager, ctx, criterionAudit(year, n, 'RENUMBER', { code: n.code }, { code: codes.get(n.id) }));
      }
      node.code = codes.get(node.id) ?? node.code;
    }
    await recordAudit(manager, ctx, criterionAudit(year, node, 'MOVE', before, nodeSnapshot(node)));
    await rescoreSet(manager, ctx, year, group.id, []);
    return node;
  });
}

export async function deleteCriterion(ctx: RequestContext, id: string): Promise<string[]> {
  const located = await locateNode(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const { node, year, group } = await nodeInSet(manager, ctx, id, located);
    const all = await loadSetNodes(manager, group.id);
    const doomed = [node];
    for (let i = 0; i < doomed.length; i++) doomed.push(...all.filter((n) => n.parentId === doomed[i].id));
    await assertNoAssessorRecords(manager, year.id, doomed);
    await manager.delete(
      CriteriaNodeEntity,
      doomed.map((n) => n.id),
    );
    for (const n of doomed) await recordAudit(manager, ctx, criterionAudit(year, n, 'DELETE', nodeSnapshot(n), null));
    await rescoreSet(manager, ctx, year, group.id, []);
    return doomed.map((n) => n.id);
  });
}

// ---------------------------------------------------------------------------
// whole sets

export interface RowProblem {
  row: number;
  code: string;
  problems: LocalizedText[];
}

/**
 * Checks a whole set given as rows in order: each row on its own, codes unique, every parent code
 * present (the parent of "1.2.3" is "1.2"). Row numbers are the caller's (spreadsheet rows, or
 * 1-based list positions).
 */
export function checkRows(rows: { row: number; raw: RawNode }[]): { drafts: NodeDraft[]; problems: RowProblem[] } {
  const drafts: NodeDraft[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, raw } of rows) {
    const { draft, problems: own } = checkNode(raw);
    const code = text(raw.code);
    const list = [...own];
    if (code && seen.has(code))
      list.push({ vi: `mã ${code} trùng với dòng ${seen.get(code)}`, en: `code ${code} repeats row ${seen.get(code)}` });
    const parent = parentCode(code);
    if (CODE.test(code) && parent && !seen.has(parent))
      list.push({ vi: `không có tiêu chí cha mã ${parent} ở các dòng phía trên`, en: `no parent with code ${parent} on an earlier row` });
    if (code && !seen.has(code)) seen.set(code, row);
    if (list.length) problems.push({ row, code, problems: list });
    else if (draft) drafts.push(draft);
  }
  return { drafts, problems };
}

export function rowProblemsError(problems: RowProblem[], rowWord: { vi: string; en: string } = { vi: 'Dòng', en: 'Row' }): AppError {
  const shown = problems.slice(0, 20);
  const more = problems.length - shown.length;
  const vi = shown
    .map((p) => `${rowWord.vi} ${p.row}${p.code ? ` (mã ${p.code})` : ''}: ${p.problems.map((x) => x.vi).join('; ')}`)
    .join('. ');
  const en = shown
    .map((p) => `${rowWord.en} ${p.row}${p.code ? ` (code ${p.code})` : ''}: ${p.problems.map((x) => x.en).join('; ')}`)
    .join('. ');
  return badInput(
    `Bộ chỉ số có ${problems.length} dòng lỗi, chưa lưu gì. ${vi}${more > 0 ? `. … và ${more} dòng khác` : ''}.`,
    `${problems.length} bad row(s), nothing saved. ${en}${more > 0 ? `. … and ${more} more` : ''}.`,
    {
      rows: problems.map((p) => ({ row: p.row, code: p.code, problems: p.problems.map((x) => x.en) })),
    },
  );
}

/**
 * Replaces a set with `drafts` (in order) inside the caller's transaction. A draft keeps the node
 * named by `ids[i]` (the editor's saves: a reordered or renumbered criterion stays the same node)
 * or else the node whose code it has (copy, import), so sheets that reference a criterion of a
 * reopened set stay linked to the same criterion.
 */
export async function applySet(
  manager: EntityManager,
  ctx: RequestContext,
  year: AssessmentYearEntity,
  group: UnitGroupEntity,
  drafts: NodeDraft[],
  action: string,
  ids: readonly (string | null | undefined)[] = [],
): Promise<void> {
  const existing = await loadSetNodes(manager, group.id);
  const byId = new Map(existing.map((n) => [n.id, n]));
  const unknown = ids.find((id) => id && !byId.has(id));
  if (unknown)
    throw conflict(
      'Bộ chỉ số đã được sửa ở nơi khác (có tiêu chí không còn trong bộ), chưa lưu gì. Vui lòng tải lại trang rồi sửa lại.',
      'The set was changed elsewhere (a criterion is no longer in it); nothing saved. Reload the page and edit again.',
      { argument: 'nodes', reason: 'CRITERION_NOT_IN_SET', id: unknown },
    );
  const claimed = new Set(ids.filter((id): id is string => !!id));
  const byCode = new Map(existing.filter((n) => !claimed.has(n.id)).map((n) => [n.code, n]));
  const matched = drafts.map((d, i) => (ids[i] ? byId.get(ids[i] as string) : byCode.get(d.code)));
  const keep = new Set(matched.map((n) => n?.id));
  const removed = existing.filter((n) => !keep.has(n.id));
  await assertNoAssessorRecords(manager, year.id, removed);
  if (removed.length)
    await manager.delete(
      CriteriaNodeEntity,
      removed.map((n) => n.id),
    );
  for (const n of removed) await recordAudit(manager, ctx, criterionAudit(year, n, `${action}_DELETE`, nodeSnapshot(n), null));
  // Kept nodes whose code changes go through temporary codes first: the unique (group, code) index would trip on swaps.
  for (const [i, n] of matched.entries())
    if (n && n.code !== drafts[i]!.code) await manager.update(CriteriaNodeEntity, { id: n.id }, { code: `~${n.id.slice(0, 30)}` });
  const idOf = new Map<string, string>();
  const siblingsSeen = new Map<string, number>();
  const changedRules: string[] = [];
  for (const [i, draft] of drafts.entries()) {
    const parent = parentCode(draft.code);
    const parentId = parent ? (idOf.get(parent) ?? null) : null;
    const siblingKey = parent ?? '';
    const sortOrder = (siblingsSeen.get(siblingKey) ?? 0) + 1;
    siblingsSeen.set(siblingKey, sortOrder);
    const depth = codeSegments(draft.code).length;
    const current = matched[i];
    if (current) {
      const before = nodeSnapshot(current);
      const ruleBefore = ruleOf(current);
      Object.assign(current, draft, { parentId, sortOrder, depth });
      if (ruleOf(current) !== ruleBefore) changedRules.push(current.id);
      const after = nodeSnapshot(current);
      idOf.set(draft.code, current.id);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await manager.save(CriteriaNodeEntity, current);
        await recordAudit(manager, ctx, criterionAudit(year, current, `${action}_UPDATE`, before, after));
      }
    } else {
      const node = manager.create(CriteriaNodeEntity, {
        ...draft,
        id: randomUUID(),
        yearId: year.id,
        groupId: group.id,
        parentId,
        sortOrder,
        depth,
      });
      idOf.set(draft.code, node.id);
      await manager.save(CriteriaNodeEntity, node);
      await recordAudit(manager, ctx, criterionAudit(year, node, `${action}_CREATE`, null, nodeSnapshot(node)));
    }
  }
  await rescoreSet(manager, ctx, year, group.id, changedRules);
}

export async function replaceCriteriaSet(
  ctx: RequestContext,
  yearId: string,
  groupId: string,
  nodes: CriteriaNodeInput[],
): Promise<CriteriaSetView> {
  const { drafts, problems } = checkRows(nodes.map((raw, i) => ({ row: i + 1, raw })));
  if (problems.length) throw rowProblemsError(problems, { vi: 'Tiêu chí thứ', en: 'Node' });
  const ids = nodes.map((n) => n.id || null);
  const seen = new Set<string>();
  for (const id of ids) {
    if (!id) continue;
    assertId(id, 'nodes.id', { vi: 'tiêu chí', en: 'criterion' });
    if (seen.has(id))
      throw badInput(`Tiêu chí ${id} xuất hiện hai lần trong danh sách, chưa lưu gì.`, `Node ${id} appears twice; nothing saved.`, {
        argument: 'nodes',
      });
    seen.add(id);
  }
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await editableGroup(manager, ctx, yearId, groupId);
    await applySet(manager, ctx, year, group, drafts, 'REPLACE', ids);
    return describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
  });
}

export function draftsOf(nodes: CriteriaNodeEntity[]): NodeDraft[] {
  const tree = buildCriteriaTree(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ordered: CriteriaNodeEntity[] = [];
  for (const t of walkTree(tree.roots)) ordered.push(byId.get(t.node.id) as CriteriaNodeEntity);
  return ordered.map((n) => ({
    code: n.code,
    title: n.title,
    maxPoints: n.maxPoints,
    section: n.section,
    method: n.method,
    params: n.params,
    evidenceGuidance: n.evidenceGuidance,
    scoringGuidance: n.scoringGuidance,
    allowNotApplicable: n.allowNotApplicable,
    enteredByAssessor: n.enteredByAssessor,
    assessorEntryReason: n.assessorEntryReason,
  }));
}

/**
 * Stores the set's default-zero setting when it changes, audited under `action`, and keeps `group`
 * in step (the caller locks and recomputes what must follow).
 */
async function writeDefaultZero(
  manager: EntityManager,
  ctx: RequestContext,
  year: AssessmentYearEntity,
  group: UnitGroupEntity,
  enabled: boolean,
  action: 'COPY_BONUS_PENALTY_DEFAULT_ZERO' | 'SET_BONUS_PENALTY_DEFAULT_ZERO',
): Promise<void> {
  if (group.bonusPenaltyDefaultZero === enabled) return;
  await manager.update(UnitGroupEntity, { id: group.id }, { bonusPenaltyDefaultZero: enabled });
  await recordAudit(manager, ctx, {
    yearId: year.id,
    entityType: AuditEntityType.CRITERION,
    entityId: group.id,
    action,
    before: { bonusPenaltyDefaultZero: group.bonusPenaltyDefaultZero },
    after: { bonusPenaltyDefaultZero: enabled },
  });
  group.bonusPenaltyDefaultZero = enabled;
}

export async function copyCriteriaSet(
  ctx: RequestContext,
  fromYearId: string,
  fromGroupId: string,
  toYearId: string,
  toGroupId: string,
): Promise<CriteriaSetView> {
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await editableGroup(manager, ctx, toYearId, toGroupId);
    assertId(fromGroupId, 'fromGroupId');
    const source = await getYear(manager, fromYearId, 'fromYearId');
    if (source.provinceUnitId !== year.provinceUnitId)
      throw badInput('Chỉ sao chép được bộ chỉ số của cùng tỉnh.', 'Only a set of the same province can be copied.', {
        argument: 'fromYearId',
      });
    const sourceGroup = await manager.findOneBy(UnitGroupEntity, { id: fromGroupId, yearId: source.id });
    if (!sourceGroup) throw notFound('Không tìm thấy khối nguồn.', 'No such source group.', { argument: 'fromGroupId' });
    if (sourceGroup.id === group.id)
      throw badInput('Khối nguồn và khối đích trùng nhau.', 'Source and target are the same set.', { argument: 'toGroupId' });
    // The set's own setting travels with its nodes (the recompute of applySet reads it).
    await writeDefaultZero(manager, ctx, year, group, sourceGroup.bonusPenaltyDefaultZero, 'COPY_BONUS_PENALTY_DEFAULT_ZERO');
    await applySet(manager, ctx, year, group, draftsOf(await loadSetNodes(manager, sourceGroup.id)), 'COPY');
    return describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
  });
}

/**
 * The set's setting that an empty bonus/penalty leaf counts as 0, filled (domain default-zero).
 * Editable under the same lock as the nodes; it moves the sheets' progress (and whether they may
 * be submitted), never their points, and the stored results follow in the same transaction.
 */
export async function setBonusPenaltyDefaultZero(
  ctx: RequestContext,
  yearId: string,
  groupId: string,
  enabled: boolean,
): Promise<CriteriaSetView> {
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await editableGroup(manager, ctx, yearId, groupId);
    if (group.bonusPenaltyDefaultZero !== enabled) {
      // The group row is written before its recompute: its sheets and it are locked first, in the
      // recompute's order (a sheet action holding its sheet waits for the group: no deadlock).
      if (year.status !== YearStatus.PLANNING) await lockGroupsWithSheets(manager, year.id, [group.id]);
      await writeDefaultZero(manager, ctx, year, group, enabled, 'SET_BONUS_PENALTY_DEFAULT_ZERO');
      await recomputeResults(manager, ctx, { yearId: year.id, scope: { kind: 'GROUPS', groupIds: [group.id] } });
    }
    return describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
  });
}

/** The explicit, audited way to edit a set after the year opened (never after it is finalized). */
export async function reopenCriteriaSet(ctx: RequestContext, yearId: string, groupId: string, reason: string): Promise<CriteriaSetView> {
  if (!reason.trim()) throw badInput('Cần nêu lý do mở lại bộ chỉ số.', 'A reason is required to reopen the set.', { argument: 'reason' });
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await administeredGroup(manager, ctx, yearId, groupId);
    if (year.status === YearStatus.PLANNING)
      throw conflict('Kỳ đánh giá đang chuẩn bị: bộ chỉ số chưa khóa.', 'The year is in planning: the set is not locked.');
    if (year.status === YearStatus.FINALIZED || year.status === YearStatus.PUBLISHED)
      throw conflict('Kỳ đánh giá đã chốt kết quả, không thể mở lại bộ chỉ số.', 'The year is finalized; the set cannot be reopened.');
    if (group.criteriaReopened) throw conflict('Bộ chỉ số đang được mở lại.', 'The set is already reopened.');
    group.criteriaReopened = true;
    await manager.save(UnitGroupEntity, group);
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.CRITERION,
      entityId: group.id,
      action: 'REOPEN_SET',
      before: { locked: true },
      after: { locked: false },
      reason,
    });
    return describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
  });
}

/** Locks a reopened set again; refused while it has blocking issues (sheets are scored against it). */
export async function lockCriteriaSet(ctx: RequestContext, yearId: string, groupId: string): Promise<CriteriaSetView> {
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await administeredGroup(manager, ctx, yearId, groupId);
    if (!group.criteriaReopened) throw conflict('Bộ chỉ số không ở trạng thái mở lại.', 'The set is not reopened.');
    const view = describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
    if (!view.valid)
      throw conflict(
        `Bộ chỉ số còn lỗi, chưa thể khóa: ${view.issues
          .filter((i) => i.severity === 'ERROR')
          .map((i) => i.message)
          .join('; ')}`,
        'The set has errors and cannot be locked.',
        {
          issues: view.issues.map((i) => i.code),
        },
      );
    group.criteriaReopened = false;
    await manager.save(UnitGroupEntity, group);
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.CRITERION,
      entityId: group.id,
      action: 'LOCK_SET',
      before: { locked: false },
      after: { locked: true },
    });
    return { ...view, locked: true, lockReason: lockReason(year, group)?.[ctx.locale === 'en' ? 'en' : 'vi'] ?? null };
  });
}

// ---------------------------------------------------------------------------
// XLSX

export async function exportCriteriaSet(
  ctx: RequestContext,
  yearId: string,
  groupId: string,
): Promise<{ fileName: string; contentType: string; base64: string }> {
  const { year, group } = await readableGroup(ctx, ctx.db.manager, yearId, groupId);
  const view = describeSet(year, group, await loadSetNodes(ctx.db.manager, group.id), ctx.locale);
  const buffer = await criteriaSetToXlsx(view.nodes, `${year.name} – ${group.name}`);
  return {
    fileName: `bo-chi-so-${year.year}-${group.code.toLowerCase()}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    base64: buffer.toString('base64'),
  };
}

/** Every row is checked before anything is written; one bad row and the set stays as it was. */
export async function importCriteriaSet(ctx: RequestContext, yearId: string, groupId: string, base64: string): Promise<CriteriaSetView> {
  // Permission and lock first: nobody else gets a workbook parsed, and a locked set says so before row errors.
  await ctx.db.transaction((manager) => editableGroup(manager, ctx, yearId, groupId));
  const rows = await xlsxToRawNodes(base64);
  const { drafts, problems } = checkRows(rows);
  if (problems.length) throw rowProblemsError(problems);
  return ctx.db.transaction(async (manager) => {
    const { year, group } = await editableGroup(manager, ctx, yearId, groupId);
    await applySet(manager, ctx, year, group, drafts, 'IMPORT');
    return describeSet(year, group, await loadSetNodes(manager, group.id), ctx.locale);
  });
}
