import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  canEditLeaf,
  checkAppraisalNote,
  computeLeafPoints,
  parseScaled,
  unfilledLeaves,
  validatePoints,
  type LocalizedText,
  type Scope,
  type SheetAction,
} from '../../../domain/scoring';
import { requireUser, type SignedInActor } from '../../../platform/auth/request-context';
import { AppError, badInput, conflict, forbidden } from '../../../platform/errors/app-error';
import { insertRows } from '../../../platform/database/insert-rows';
import { assertId, isId } from '../../../platform/graphql/ids';
import type { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { recordAuditMany, AuditEntityType, type AuditInput } from '../audit/audit.service';
import { JsonText } from '../audit/json-column';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { attachEvidenceFiles } from '../evidence/evidence-attach';
import { assertYearAsPlanned, planAgainIfYearMoved } from '../year-plan';
import { recomputeResults } from '../results/recompute.service';
import { leafDefaultsOf, toCriteriaNodes } from '../results/results.service';
import type { ScoringContext } from '../scoring-context';
import {
  assertAllowed,
  assertCanRead,
  assignmentMatters,
  decisionContext,
  loadSheetBundle,
  scopesFor,
  toDomainActor,
  type SheetBundle,
} from './sheet-access';
import { newScoreEntry, ScoreEntryEntity, type EvidenceItem } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import type {
  AppraisalEntryInput,
  EvidenceInput,
  ExplanationEntryInput,
  ExplanationRequestInput,
  SelfAssessmentEntryInput,
} from './score-sheet.types';
import { asPoints } from './score-sheet.types';
import { actsAsHead, assertAttested, writeAttestation } from '../accountability/attestation.service';
import { assessorBaseline } from '../accountability/assessor-entry.service';
import type { AttestationPurpose } from '../../../domain/accountability';
import { notifySheetChange } from '../notification/notification.service';

const MAX_NOTE = 4000;
const MAX_TEXT = 500;

/** One problem with one leaf of a bulk save; all are collected before anything is written. */
interface EntryProblem extends LocalizedText {
  criterionId: string;
  code: string;
}

function entriesRejected(problems: EntryProblem[]): AppError {
  const codes = [...new Set(problems.map((p) => p.code))];
  const shown = problems.slice(0, 5);
  return badInput(
    `Phiếu chưa được lưu: ${codes.length} tiêu chí có lỗi (${codes.join(', ')}). ${shown.map((p) => p.vi).join('; ')}`,
    `Nothing was saved: ${codes.length} criteria have errors (${codes.join(', ')}). ${shown.map((p) => p.en).join('; ')}`,
    {
      reason: 'INVALID_ENTRIES',
      criteria: codes,
      problems: problems.map((p) => ({ criterionId: p.criterionId, code: p.code, vi: p.vi, en: p.en })),
    },
  );
}

/** A problem with one leaf, prefixed with its code so a list of them reads on its own. */
function leafProblem(leaf: CriteriaNodeEntity, text: LocalizedText): EntryProblem {
  return { criterionId: leaf.id, code: leaf.code, vi: `${leaf.code}: ${text.vi}`, en: `${leaf.code}: ${text.en}` };
}

function staleVersion(current: number): AppError {
  return conflict(
    `Phiếu đã được người khác cập nhật (phiên bản hiện tại ${current}); hãy tải lại phiếu rồi thực hiện lại. Không có thay đổi nào được lưu.`,
    `The sheet was changed by someone else (current version ${current}); reload it and try again. Nothing was saved.`,
    { reason: 'STALE_VERSION', currentVersion: current },
  );
}

function leavesOf(nodes: readonly CriteriaNodeEntity[]): Map<string, CriteriaNodeEntity> {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id): id is string => id !== null));
  return new Map(nodes.filter((n) => !parents.has(n.id)).map((n) => [n.id, n]));
}

function clean(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  return value === '' ? null : value;
}

/** What an action writes, prepared (and fully validated) before the transaction starts. */
interface SheetWrite {
  entries: ScoreEntryEntity[];
  audits: AuditInput[];
  patch: Partial<
    Pick<ScoreSheetEntity, 'submittedAt' | 'submittedBy' | 'approvedAt' | 'approvedBy' | 'lockedAt' | 'lockedBy' | 'explanationRound'>
  >;
  attachFileIds: string[];
  /** Further writes of the action inside its transaction (the head's own attestation on submission). */
  alsoWrite?: (manager: EntityManager) => Promise<void>;
}

interface PlanInput {
  bundle: SheetBundle;
  user: SignedInActor;
  scopes: Scope[];
  assignment: AppraiserAssignmentEntity | null;
  manager: EntityManager;
}

const emptyWrite = (): SheetWrite => ({ entries: [], audits: [], patch: {}, attachFileIds: [] });

/**
 * Queues one leaf for writing with its audit row, so no change is written unrecorded, unless
 * nothing the action shows changed: an untouched leaf costs neither a write nor an audit row.
 * Answers whether it was queued.
 */
function queueEntryChange(
  write: SheetWrite,
  bundle: SheetBundle,
  entry: ScoreEntryEntity,
  change: { action: string; before: unknown; after: unknown; reason: string | null },
): boolean {
  // Compared as the audit row stores them: the texts go on to it, serialised once.
  const before = new JsonText(JSON.stringify(change.before));
  const after = new JsonText(JSON.stringify(change.after));
  if (before.text === after.text) return false;
  write.entries.push(entry);
  write.audits.push({
    yearId: bundle.year.id,
    entityType: AuditEntityType.SCORE,
    entityId: entry.id,
    sheetId: bundle.sheet.id,
    criterionId: entry.criterionId,
    action: change.action,
    before,
    after,
    reason: change.reason,
  });
  return true;
}

function entryFor(bundle: SheetBundle, criterionId: string, user: SignedInActor): ScoreEntryEntity {
  const existing = bundle.entries.find((e) => e.criterionId === criterionId);
  if (existing)
    return Object.assign(new ScoreEntryEntity(), existing, {
      selfEvidence: [...existing.selfEvidence],
      supplementaryEvidence: [...existing.supplementaryEvidence],
    });
  return newScoreEntry({ id: randomUUID(), sheetId: bundle.sheet.id, criterionId, updatedBy: user.userId });
}

/**
 * Runs one workflow action: read access, the domain decision (role, scope, year, state,
 * deadline), the version check, the plan (all validation, nothing written), then one
 * transaction that bumps the version only if it is still the one the client read, writes the
 * entries, the audit trail and the recomputed result.
 */
async function runActionOnce(
  ctx: ScoringContext,
  sheetId: string,
  version: number,
  action: SheetAction,
  reason: string | null,
  plan: (input: PlanInput) => Promise<SheetWrite> | SheetWrite,
): Promise<ScoreSheetEntity> {
  const user = requireUser(ctx);
  assertId(sheetId, 'sheetId');
  const { bundle, assignment } = await loadSheetBundle(ctx.db, sheetId, ctx.actor);
  assertCanRead(ctx.actor, bundle);
  const scopes = scopesFor(ctx.actor, bundle, assignment);
  const { from, to } = assertAllowed(action, decisionContext(ctx.actor, bundle, scopes, new Date(), reason));
  if (bundle.sheet.version !== version) throw staleVersion(bundle.sheet.version);
  const write = await plan({ bundle, user, scopes, assignment, manager: ctx.db.manager });
  // A save that changes nothing (the same values sent again, an empty list) writes nothing: no
  // version bump that would make another editor's copy stale, no result recomputation.
  const nothingChanges =
    from === to &&
    !reason &&
    write.entries.length === 0 &&
    write.audits.length === 0 &&
    write.attachFileIds.length === 0 &&
    Object.keys(write.patch).length === 0;
  if (nothingChanges) return bundle.sheet;
  // Whole seconds: what both databases store of a DATETIME, so the rows answered from memory
  // below (the sheet, the entries) equal the stored ones.
  const now = wholeSeconds(new Date());
  const patch = storedPatch(write.patch);
  // The sheet's entries once written (the changed ones are the objects written below).
  const changed = new Set(write.entries.map((e) => e.criterionId));
  const entries = [...bundle.entries.filter((e) => !changed.has(e.criterionId)), ...write.entries];

  const saved = await ctx.db.transaction(async (manager) => {
    // The lock order's first level (lock-order): the year shared, before the sheet's version UPDATE.
    // Its state_version tells whether a year-wide write (caps, bands, deadlines, a transition, a
    // criteria edit) committed since the plan read the year: then the action is planned again.
    await assertYearAsPlanned(manager, bundle.year);
    const updated = await manager
      .createQueryBuilder()
      .update(ScoreSheetEntity)
      .set({ ...patch, status: to as ScoreSheetEntity['status'], version: () => 'version + 1', updatedAt: now })
      .where('id = :id AND version = :version', { id: sheetId, version })
      .execute();
    if (updated.affected !== 1) {
      const current = await manager.getRepository(ScoreSheetEntity).findOneBy({ id: sheetId });
      throw staleVersion(current?.version ?? version);
    }
    for (const entry of write.entries) {
      entry.updatedBy = user.userId;
      entry.updatedAt = now;
    }
    await upsertEntries(manager, write.entries, bundle.entries);
    // Under the file rows' locks, after the sheet's: a file swept or taken by another sheet since the plan refuses the save.
    await attachEvidenceFiles(manager, write.attachFileIds, sheetId);
    const audits = [...write.audits];
    if (from !== to || reason)
      audits.push({
        yearId: bundle.year.id,
        entityType: AuditEntityType.SHEET,
        entityId: sheetId,
        sheetId,
        action,
        before: { status: from, version },
        after: { status: to, version: version + 1 },
        reason,
      });
    await recordAuditMany(manager, ctx, audits);
    // Whoever the move puts work on hears of it, in this transaction (domain sheetNotifications).
    await notifySheetChange(manager, ctx, bundle.sheet, bundle.year, action, from, to);
    if (write.alsoWrite) await write.alsoWrite(manager);
    // The rows this action read and wrote are current in this transaction: no need to read them again.
    const { sheet, year } = bundle;
    await recomputeResults(manager, ctx, {
      yearId: year.id,
      scope: { kind: 'SHEETS', sheetIds: [sheetId] },
      preloaded: {
        year,
        sheets: [
          {
            id: sheetId,
            unitId: sheet.unitId,
            groupId: sheet.groupId,
            assessorUnitId: sheet.assessorUnitId,
            unitName: sheet.unitName,
            status: to,
          },
        ],
        entries: entries.map((e) => ({ ...e, sheetId })),
        nodes: new Map([[sheet.groupId, toCriteriaNodes(bundle.nodes)]]),
        defaults: new Map([[sheet.groupId, leafDefaultsOf(bundle.group)]]),
      },
    });
    // The row as the update left it: the version check proved the rest is the row read before.
    return Object.assign(new ScoreSheetEntity(), sheet, patch, {
      status: to as ScoreSheetEntity['status'],
      version: version + 1,
      updatedAt: now,
    });
  });
  // The answer (the admin asks for the whole sheet back) reads what this action already holds:
  // the rows it wrote and those it read that no sheet action changes (year, roster, criteria, the
  // caller's assignment). The result, the group (its results_version moved) and the attestations are read again.
  const l = ctx.loaders.scoreSheets;
  l.sheetById.clear(sheetId).prime(sheetId, saved);
  l.entriesBySheet.clear(sheetId).prime(sheetId, entries);
  l.resultBySheet.clear(sheetId);
  l.componentsBySheet.clear(sheetId);
  l.groupById.clear(bundle.group.id);
  l.yearById.prime(bundle.year.id, bundle.year);
  l.rosterById.prime(bundle.roster.id, bundle.roster);
  l.nodesByGroup.prime(bundle.group.id, bundle.nodes);
  if (assignmentMatters(ctx.actor, bundle.roster)) l.assignment.prime(`${bundle.year.id}|${user.userId}`, assignment);
  ctx.loaders.accountability.attestationsBySheet.clear(sheetId);
  return saved;
}

function wholeSeconds(time: Date): Date {
  return new Date(Math.floor(time.getTime() / 1000) * 1000);
}

/** An action's sheet columns as the database keeps them (its times in whole seconds). */
function storedPatch(patch: SheetWrite['patch']): SheetWrite['patch'] {
  return Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value instanceof Date ? wholeSeconds(value) : value]));
}

/**
 * runActionOnce, planned again from fresh rows when a year-wide write committed between its plan
 * and its transaction (the rules, caps, bands, deadlines or state it was planned under moved); a
 * year that moves again meanwhile refuses it (CONFLICT YEAR_CHANGED, nothing written).
 */
async function runAction(...args: Parameters<typeof runActionOnce>): Promise<ScoreSheetEntity> {
  return planAgainIfYearMoved(() => runActionOnce(...args));
}

/** Entries per upsert (20 placeholders a row: well under both databases' limits). */
const ENTRY_CHUNK = 400;
/** Set by the insert only: a row never moves to another sheet or leaf. */
const ENTRY_KEYS = new Set(['id', 'sheetId', 'criterionId']);

/** Whether two values of a column store the same: scalars by identity, JSON values and dates by their JSON. */
function sameStored(a: unknown, b: unknown): boolean {
  return a === b || (a instanceof Object && b instanceof Object && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Writes changed entries in one INSERT … ON CONFLICT/ON DUPLICATE KEY UPDATE per chunk instead of
 * a SELECT plus one UPDATE or INSERT per leaf. New rows are inserted whole; existing rows get only
 * the columns some entry of the write actually changed (compared with the rows read before the
 * transaction, which the version check proves are still current), so a column the action never
 * touches, such as imported survey points, is not written back from a stale copy.
 */
async function upsertEntries(manager: EntityManager, changed: ScoreEntryEntity[], read: readonly ScoreEntryEntity[]): Promise<void> {
  if (changed.length === 0) return;
  const readById = new Map(read.map((e) => [e.id, e]));
  const columns = manager.connection.getMetadata(ScoreEntryEntity).columns.filter((column) => !ENTRY_KEYS.has(column.propertyName));
  const differs = (column: (typeof columns)[number], entry: ScoreEntryEntity, old: ScoreEntryEntity | undefined) =>
    !old || !sameStored(column.getEntityValue(entry), column.getEntityValue(old));
  const overwrite = columns
    .filter((column) => changed.some((entry) => differs(column, entry, readById.get(entry.id))))
    .map((column) => column.databaseName);
  await insertRows(manager, ScoreEntryEntity, changed, { updateOnConflict: overwrite, rowsPerStatement: ENTRY_CHUNK });
}

// ---------------------------------------------------------------------------
// evidence

async function evidenceFrom(
  input: PlanInput,
  items: readonly EvidenceInput[],
  criterion: CriteriaNodeEntity,
  problems: EntryProblem[],
  files: Map<string, EvidenceFileEntity>,
): Promise<EvidenceItem[]> {
  const result: EvidenceItem[] = [];
  const problem = (vi: string, en: string) => problems.push(leafProblem(criterion, { vi, en }));
  for (const item of items) {
    const fileId = clean(item.fileId);
    const documentNumber = clean(item.documentNumber);
    const title = clean(item.title);
    const issuer = clean(item.issuer);
    if (!fileId && !documentNumber && !title) {
      problem('minh chứng cần có tệp, số ký hiệu hoặc tên văn bản', 'evidence needs a file, a document number or a title');
      continue;
    }
    if ([documentNumber, title, issuer].some((t) => t !== null && t.length > MAX_TEXT)) {
      problem(`thông tin văn bản dài quá ${MAX_TEXT} ký tự`, `document fields are limited to ${MAX_TEXT} characters`);
      continue;
    }
    if (fileId) {
      const file = files.get(fileId);
      if (!file || file.uploaderUnitId !== input.bundle.sheet.unitId) {
        problem(
          'tệp minh chứng không tồn tại hoặc không do đơn vị tải lên',
          'the evidence file does not exist or was not uploaded by the unit',
        );
        continue;
      }
      if (file.sheetId !== null && file.sheetId !== input.bundle.sheet.id) {
        problem('tệp minh chứng đã gắn với phiếu khác', 'the evidence file is attached to another sheet');
        continue;
      }
    }
    result.push({ fileId, documentNumber, documentDate: item.documentDate ?? null, issuer, title });
  }
  return result;
}

async function loadFiles(
  input: PlanInput,
  lists: readonly (readonly EvidenceInput[] | null | undefined)[],
): Promise<Map<string, EvidenceFileEntity>> {
  const ids = [
    ...new Set(lists.flatMap((list) => (list ?? []).map((e) => clean(e.fileId)).filter((id): id is string => id !== null && isId(id)))),
  ];
  if (ids.length === 0) return new Map();
  const rows = await input.manager.getRepository(EvidenceFileEntity).findBy({ id: In(ids) });
  return new Map(rows.map((r) => [r.id, r]));
}

function fileIdsOf(items: readonly EvidenceItem[]): string[] {
  return items.map((e) => e.fileId).filter((id): id is string => !!id);
}

/** Resolves each input's leaf, reporting unknown and repeated criteria. */
function resolveLeaves<T extends { criterionId: string }>(
  bundle: SheetBundle,
  inputs: readonly T[],
  problems: EntryProblem[],
): { input: T; leaf: CriteriaNodeEntity }[] {
  const leaves = leavesOf(bundle.nodes);
  const seen = new Set<string>();
  const out: { input: T; leaf: CriteriaNodeEntity }[] = [];
  for (const input of inputs) {
    const leaf = leaves.get(input.criterionId);
    if (!leaf) {
      problems.push({
        criterionId: input.criterionId,
        code: input.criterionId,
        vi: `tiêu chí ${input.criterionId} không phải tiêu chí lá của bộ chỉ số của phiếu`,
        en: `criterion ${input.criterionId} is not a leaf of this sheet’s criteria set`,
      });
      continue;
    }
    if (seen.has(leaf.id)) {
      problems.push(leafProblem(leaf, { vi: 'tiêu chí bị lặp lại', en: 'listed twice' }));
      continue;
    }
    seen.add(leaf.id);
    out.push({ input, leaf });
  }
  return out;
}

function checkNote(note: string | null, leaf: CriteriaNodeEntity, problems: EntryProblem[]): void {
  if (note !== null && note.length > MAX_NOTE)
    problems.push(leafProblem(leaf, { vi: `ghi chú dài quá ${MAX_NOTE} ký tự`, en: `note longer than ${MAX_NOTE} characters` }));
}

function editDenied(input: PlanInput, mode: 'SELF' | 'APPRAISAL' | 'EXPLANATION', leaf: CriteriaNodeEntity): LocalizedText | null {
  const decision = canEditLeaf({
    mode,
    roles: toDomainActor(input.user).roles,
    scopes: input.scopes,
    leaf: { code: leaf.code, section: leaf.section, enteredByAssessor: leaf.enteredByAssessor },
    assignment: input.assignment ? { unitIds: input.assignment.unitIds, areaCodes: input.assignment.areaCodes } : null,
  });
  return decision.allowed ? null : { vi: decision.reasonVi, en: decision.reasonEn };
}

// ---------------------------------------------------------------------------
// self-assessment

export function saveSelfAssessment(ctx: ScoringContext, sheetId: string, version: number, inputs: SelfAssessmentEntryInput[]) {
  return runAction(ctx, sheetId, version, 'SAVE_SELF', null, async (input) => {
    // Leaves the assessor enters are refused as a whole (coded), not as one problem among others:
    // the unit never types its own penalty (issue 10 §2).
    const byAssessor = [...leavesOf(input.bundle.nodes).values()].filter(
      (leaf) => leaf.enteredByAssessor && inputs.some((i) => i.criterionId === leaf.id),
    );
    if (byAssessor.length > 0) {
      const codes = byAssessor.map((l) => l.code).join(', ');
      throw forbidden(
        `Phiếu chưa được lưu: tiêu chí ${codes} do cơ quan đánh giá nhập (${byAssessor[0].assessorEntryReason ?? 'điểm thưởng, điểm trừ theo kết luận, báo cáo'}); đơn vị không tự chấm.`,
        `Nothing was saved: criteria ${codes} are entered by the assessor, not by the unit.`,
        { reason: 'ASSESSOR_ENTERED', criteria: byAssessor.map((l) => l.code) },
      );
    }
    const problems: EntryProblem[] = [];
    const write = emptyWrite();
    const files = await loadFiles(
      input,
      inputs.map((i) => i.evidence),
    );
    for (const { input: entryInput, leaf } of resolveLeaves(input.bundle, inputs, problems)) {
      const before = problems.length;
      const denied = editDenied(input, 'SELF', leaf);
      if (denied) {
        problems.push(leafProblem(leaf, denied));
        continue;
      }
      const notApplicable = entryInput.notApplicable ?? false;
      if (notApplicable && !leaf.allowNotApplicable)
        problems.push(leafProblem(leaf, { vi: 'tiêu chí không cho phép chọn "không áp dụng"', en: '"not applicable" is not allowed' }));
      const declared = clean(entryInput.declaredValue);
      if (declared !== null && declared.length > 255)
        problems.push(leafProblem(leaf, { vi: 'giá trị kê khai quá dài', en: 'declared value too long' }));
      let points: number | null = null;
      if (declared !== null && !notApplicable && leaf.method) {
        const computed = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, declared, { code: leaf.code });
        if ('error' in computed) problems.push({ criterionId: leaf.id, code: leaf.code, vi: computed.error.vi, en: computed.error.en });
        else points = computed.points;
      }
      const note = clean(entryInput.note);
      checkNote(note, leaf, problems);
      const evidence = entryInput.evidence ? await evidenceFrom(input, entryInput.evidence, leaf, problems, files) : null;
      if (problems.length > before) continue;

      const entry = entryFor(input.bundle, leaf.id, input.user);
      const old = {
        declaredValue: entry.declaredValue,
        notApplicable: entry.notApplicable,
        selfPoints: asPoints(entry.selfPoints),
        selfNote: entry.selfNote,
        evidence: entry.selfEvidence,
      };
      entry.declaredValue = declared;
      entry.notApplicable = notApplicable;
      entry.selfPoints = notApplicable ? null : points;
      entry.selfNote = note;
      if (evidence) entry.selfEvidence = evidence;
      const now = {
        declaredValue: entry.declaredValue,
        notApplicable: entry.notApplicable,
        selfPoints: asPoints(entry.selfPoints),
        selfNote: entry.selfNote,
        evidence: entry.selfEvidence,
      };
      if (queueEntryChange(write, input.bundle, entry, { action: 'SAVE_SELF', before: old, after: now, reason: note }))
        write.attachFileIds.push(...fileIdsOf(entry.selfEvidence));
    }
    if (problems.length > 0) throw entriesRejected(problems);
    return write;
  });
}

/** Codes of the leaves still empty for a step, by the domain rule (the set's default 0 included). */
function unfilledCodes(bundle: SheetBundle, step: 'SELF' | 'APPRAISAL'): string[] {
  const byCriterion = new Map(bundle.entries.map((e) => [e.criterionId, e]));
  return unfilledLeaves([...leavesOf(bundle.nodes).values()], (id) => byCriterion.get(id), step, leafDefaultsOf(bundle.group)).map(
    (leaf) => leaf.code,
  );
}

/**
 * The head's word before a sheet leaves the unit (issue 10 §1): an officer needs a valid
 * attestation of this very version; the head's own action is his attestation and is recorded as one.
 */
async function headsWord(input: PlanInput, purpose: AttestationPurpose, ctx: ScoringContext): Promise<Pick<SheetWrite, 'alsoWrite'>> {
  await assertAttested(input.manager, input.user, input.scopes, input.bundle.sheet, purpose);
  if (!actsAsHead(input.user, input.scopes)) return {};
  const version = input.bundle.sheet.version;
  return {
    alsoWrite: async (manager) => {
      await writeAttestation(manager, ctx, input.bundle, purpose, version, 'ATTEST_BY_SUBMISSION');
    },
  };
}

export function submitSelfAssessment(ctx: ScoringContext, sheetId: string, version: number) {
  return runAction(ctx, sheetId, version, 'SUBMIT', null, async (input) => {
    const { bundle, user } = input;
    const missing = unfilledCodes(bundle, 'SELF');
    if (missing.length > 0)
      throw badInput(
        `Chưa thể nộp: còn ${missing.length} tiêu chí chưa tự chấm (${missing.join(', ')}).`,
        `Cannot submit: ${missing.length} criteria have no self points (${missing.join(', ')}).`,
        { reason: 'INCOMPLETE', criteria: missing },
      );
    const attested = await headsWord(input, 'SUBMIT', ctx);
    const write = emptyWrite();
    // Assessor leaves without a record yet get their baseline (no violation, no bonus) so the
    // submitted sheet counts them; later records re-derive them (accountability/assessor-entry).
    for (const leaf of leavesOf(bundle.nodes).values()) {
      const baseline = bundle.entries.some((e) => e.criterionId === leaf.id) ? null : assessorBaseline(leaf);
      if (!baseline) continue;
      const entry = entryFor(bundle, leaf.id, user);
      Object.assign(entry, {
        declaredValue: baseline.declared,
        selfPoints: baseline.points,
        round1Points: baseline.points,
        finalPoints: baseline.points,
      });
      queueEntryChange(write, bundle, entry, {
        action: 'ASSESSOR_BASELINE',
        before: null,
        after: { declaredValue: baseline.declared, points: asPoints(baseline.points) },
        reason: null,
      });
    }
    const now = new Date();
    return { ...write, ...attested, patch: { submittedAt: now, submittedBy: user.userId, lockedAt: now, lockedBy: user.userId } };
  });
}

export function withdrawSubmission(ctx: ScoringContext, sheetId: string, version: number, reason: string | null) {
  return runAction(ctx, sheetId, version, 'WITHDRAW', clean(reason), () => ({
    ...emptyWrite(),
    patch: { submittedAt: null, submittedBy: null, lockedAt: null, lockedBy: null },
  }));
}

// ---------------------------------------------------------------------------
// appraisal

export function startAppraisal(ctx: ScoringContext, sheetId: string, version: number) {
  return runAction(ctx, sheetId, version, 'START_APPRAISAL', null, () => emptyWrite());
}

function parsePoints(value: number): { points: number } | { error: LocalizedText } {
  if (!Number.isFinite(value)) return { error: { vi: 'điểm không phải là số', en: 'points are not a number' } };
  const parsed = parseScaled(value, 2);
  if (!parsed.ok)
    return parsed.reason === 'OUT_OF_RANGE'
      ? { error: { vi: 'điểm quá lớn', en: 'points are too large' } }
      : parsed.reason === 'TOO_MANY_DECIMALS'
        ? { error: { vi: 'điểm chỉ được có tối đa 2 chữ số thập phân', en: 'points may have at most 2 decimals' } }
        : { error: { vi: 'điểm không phải là số', en: 'points are not a number' } };
  return { points: parsed.value };
}

export function saveAppraisal(ctx: ScoringContext, sheetId: string, version: number, round: number, inputs: AppraisalEntryInput[]) {
  if (round !== 1 && round !== 2)
    throw badInput('Vòng thẩm định phải là 1 hoặc 2.', 'The appraisal round must be 1 or 2.', { argument: 'round' });
  return runAction(ctx, sheetId, version, 'SAVE_APPRAISAL', null, (input) => {
    if (round === 2 && !input.bundle.sheet.explanationRound)
      throw badInput(
        'Chưa có vòng giải trình nên chưa thể chấm thẩm định vòng 2.',
        'There was no explanation round, so round-2 points cannot be given yet.',
        { reason: 'NO_EXPLANATION_ROUND', argument: 'round' },
      );
    const problems: EntryProblem[] = [];
    const write = emptyWrite();
    for (const { input: entryInput, leaf } of resolveLeaves(input.bundle, inputs, problems)) {
      const fail = (t: LocalizedText) => problems.push(leafProblem(leaf, t));
      const denied = editDenied(input, 'APPRAISAL', leaf);
      if (denied) {
        fail(denied);
        continue;
      }
      const entry = entryFor(input.bundle, leaf.id, input.user);
      if (entry.notApplicable) {
        fail({ vi: 'đơn vị đã chọn "không áp dụng" cho tiêu chí này', en: 'the unit declared this criterion not applicable' });
        continue;
      }
      const baseline = round === 1 ? entry.selfPoints : (entry.round1Points ?? entry.selfPoints);
      let points: number;
      if (entryInput.points === null || entryInput.points === undefined) {
        if (baseline === null) {
          fail({ vi: 'chưa có điểm tự chấm, cần nhập điểm thẩm định', en: 'no self points to accept; enter appraisal points' });
          continue;
        }
        points = baseline;
      } else {
        const parsed = parsePoints(entryInput.points);
        if ('error' in parsed) {
          fail(parsed.error);
          continue;
        }
        const invalid = validatePoints(parsed.points, leaf.maxPoints, { code: leaf.code });
        if (invalid) {
          problems.push({ criterionId: leaf.id, code: leaf.code, vi: invalid.vi, en: invalid.en });
          continue;
        }
        points = parsed.points;
      }
      const note = clean(entryInput.note);
      checkNote(note, leaf, problems);
      const refusal = checkAppraisalNote({ previousPoints: baseline, newPoints: points, note, nodeCode: leaf.code });
      if (refusal) {
        problems.push({ criterionId: leaf.id, code: leaf.code, vi: refusal.reasonVi, en: refusal.reasonEn });
        continue;
      }
      const old = {
        round: round,
        points: asPoints(round === 1 ? entry.round1Points : entry.round2Points),
        note: round === 1 ? entry.round1Note : entry.round2Note,
        finalPoints: asPoints(entry.finalPoints),
        ...(entry.ruleReview ? { ruleReview: true } : {}),
      };
      // Saving the leaf again is the appraiser's review of points given under an older rule.
      const reviewed = entry.ruleReview ? { ruleReview: false } : {};
      entry.ruleReview = false;
      if (round === 1) {
        entry.round1Points = points;
        entry.round1Note = note;
      } else {
        entry.round2Points = points;
        entry.round2Note = note;
      }
      entry.finalPoints = entry.round2Points ?? entry.round1Points;
      const now = { round, points: asPoints(points), note, finalPoints: asPoints(entry.finalPoints), ...reviewed };
      queueEntryChange(write, input.bundle, entry, { action: `SAVE_APPRAISAL_ROUND_${round}`, before: old, after: now, reason: note });
    }
    if (problems.length > 0) throw entriesRejected(problems);
    return write;
  });
}

/**
 * The appraiser's review of appraised points given under an older rule of a reopened set, when he
 * keeps them: the flag goes and the audit trail says so (changing the points is saveAppraisal,
 * which clears the flag too). An appraisal act: allowed where saving appraisal points is.
 */
export function confirmRuleReview(ctx: ScoringContext, sheetId: string, version: number, criterionIds: string[]) {
  return runAction(ctx, sheetId, version, 'SAVE_APPRAISAL', null, (input) => {
    if (criterionIds.length === 0)
      throw badInput('Cần chọn ít nhất một tiêu chí đã rà soát.', 'Select at least one reviewed criterion.', { argument: 'criterionIds' });
    const problems: EntryProblem[] = [];
    const write = emptyWrite();
    for (const { leaf } of resolveLeaves(
      input.bundle,
      criterionIds.map((criterionId) => ({ criterionId })),
      problems,
    )) {
      const denied = editDenied(input, 'APPRAISAL', leaf);
      if (denied) {
        problems.push(leafProblem(leaf, denied));
        continue;
      }
      const entry = entryFor(input.bundle, leaf.id, input.user);
      if (!entry.ruleReview) {
        problems.push(leafProblem(leaf, { vi: 'tiêu chí này không cần rà soát', en: 'this criterion is not flagged for review' }));
        continue;
      }
      entry.ruleReview = false;
      const points = { round1Points: asPoints(entry.round1Points), round2Points: asPoints(entry.round2Points) };
      queueEntryChange(write, input.bundle, entry, {
        action: 'CONFIRM_RULE_REVIEW',
        before: { ...points, ruleReview: true },
        after: { ...points, ruleReview: false },
        reason: 'Giữ nguyên điểm thẩm định sau khi rà soát theo quy tắc mới của bộ chỉ số',
      });
    }
    if (problems.length > 0) throw entriesRejected(problems);
    return write;
  });
}

export function requestExplanation(ctx: ScoringContext, sheetId: string, version: number, items: ExplanationRequestInput[]) {
  return runAction(ctx, sheetId, version, 'REQUEST_EXPLANATION', null, (input) => {
    if (items.length === 0)
      throw badInput('Cần chọn ít nhất một tiêu chí đề nghị giải trình.', 'Select at least one criterion to be explained.', {
        argument: 'items',
      });
    const problems: EntryProblem[] = [];
    const write = emptyWrite();
    for (const { input: item, leaf } of resolveLeaves(input.bundle, items, problems)) {
      const denied = editDenied(input, 'APPRAISAL', leaf);
      const note = clean(item.note);
      if (denied) problems.push(leafProblem(leaf, denied));
      else if (!note) problems.push(leafProblem(leaf, { vi: 'cần nêu nội dung đề nghị giải trình', en: 'say what must be explained' }));
      else checkNote(note, leaf, problems);
      if (problems.some((p) => p.criterionId === leaf.id)) continue;
      const entry = entryFor(input.bundle, leaf.id, input.user);
      const old = { explanationRequested: entry.explanationRequested, note: entry.explanationRequestNote };
      entry.explanationRequested = true;
      entry.explanationRequestNote = note;
      queueEntryChange(write, input.bundle, entry, {
        action: 'REQUEST_EXPLANATION',
        before: old,
        after: { explanationRequested: true, note },
        reason: note,
      });
    }
    if (problems.length > 0) throw entriesRejected(problems);
    write.patch.explanationRound = true;
    return write;
  });
}

export function saveExplanation(ctx: ScoringContext, sheetId: string, version: number, items: ExplanationEntryInput[]) {
  return runAction(ctx, sheetId, version, 'SAVE_EXPLANATION', null, async (input) => {
    const problems: EntryProblem[] = [];
    const write = emptyWrite();
    const files = await loadFiles(
      input,
      items.map((i) => i.evidence),
    );
    for (const { input: item, leaf } of resolveLeaves(input.bundle, items, problems)) {
      const before = problems.length;
      const denied = editDenied(input, 'EXPLANATION', leaf);
      const entry = entryFor(input.bundle, leaf.id, input.user);
      if (denied) problems.push(leafProblem(leaf, denied));
      else if (!entry.explanationRequested)
        problems.push(leafProblem(leaf, { vi: 'tiêu chí này không có đề nghị giải trình', en: 'no explanation was requested for it' }));
      const text = clean(item.explanation);
      checkNote(text, leaf, problems);
      const evidence = item.evidence ? await evidenceFrom(input, item.evidence, leaf, problems, files) : null;
      if (problems.length > before) continue;
      const old = { explanationText: entry.explanationText, evidence: entry.supplementaryEvidence };
      entry.explanationText = text;
      if (evidence) entry.supplementaryEvidence = evidence;
      const queued = queueEntryChange(write, input.bundle, entry, {
        action: 'SAVE_EXPLANATION',
        before: old,
        after: { explanationText: entry.explanationText, evidence: entry.supplementaryEvidence },
        reason: null,
      });
      if (queued) write.attachFileIds.push(...fileIdsOf(entry.supplementaryEvidence));
    }
    if (problems.length > 0) throw entriesRejected(problems);
    return write;
  });
}

export function submitExplanation(ctx: ScoringContext, sheetId: string, version: number) {
  return runAction(ctx, sheetId, version, 'SUBMIT_EXPLANATION', null, async (input) => ({
    ...emptyWrite(),
    ...(await headsWord(input, 'EXPLANATION', ctx)),
  }));
}

export function closeExplanation(ctx: ScoringContext, sheetId: string, version: number, reason: string | null) {
  return runAction(ctx, sheetId, version, 'CLOSE_EXPLANATION', clean(reason), () => emptyWrite());
}

export function completeAppraisal(ctx: ScoringContext, sheetId: string, version: number) {
  return runAction(ctx, sheetId, version, 'COMPLETE_APPRAISAL', null, ({ bundle }) => {
    const missing = unfilledCodes(bundle, 'APPRAISAL');
    if (missing.length > 0)
      throw badInput(
        `Chưa thể hoàn thành thẩm định: còn ${missing.length} tiêu chí chưa có điểm thẩm định (${missing.join(', ')}).`,
        `Cannot complete the appraisal: ${missing.length} criteria have no appraisal points (${missing.join(', ')}).`,
        { reason: 'INCOMPLETE', criteria: missing },
      );
    return emptyWrite();
  });
}

export function returnToAppraisal(ctx: ScoringContext, sheetId: string, version: number, reason: string | null) {
  return runAction(ctx, sheetId, version, 'RETURN_TO_APPRAISAL', clean(reason), () => ({
    ...emptyWrite(),
    patch: { approvedAt: null, approvedBy: null },
  }));
}

export function approveScoreSheet(ctx: ScoringContext, sheetId: string, version: number) {
  return runAction(ctx, sheetId, version, 'APPROVE', null, ({ user }) => ({
    ...emptyWrite(),
    patch: { approvedAt: new Date(), approvedBy: user.userId },
  }));
}

export function reopenScoreSheet(
  ctx: ScoringContext,
  sheetId: string,
  version: number,
  target: 'SELF_ASSESSMENT' | 'APPRAISAL',
  reason: string,
) {
  const action = target === 'SELF_ASSESSMENT' ? 'REOPEN_SELF_ASSESSMENT' : 'REOPEN_APPRAISAL';
  return runAction(ctx, sheetId, version, action, clean(reason), () => ({
    ...emptyWrite(),
    patch:
      target === 'SELF_ASSESSMENT'
        ? { submittedAt: null, submittedBy: null, lockedAt: null, lockedBy: null, approvedAt: null, approvedBy: null }
        : { approvedAt: null, approvedBy: null },
  }));
}
