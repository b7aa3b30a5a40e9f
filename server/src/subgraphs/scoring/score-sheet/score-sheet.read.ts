import {
  isAssessorSide,
  organisesProvince,
  compareVietnamese,
  explainActions,
  isPastDeadline,
  SHEET_TRANSITIONS,
  type SheetAction,
  type SheetState,
} from '../../../domain/scoring';
import { hasRole, requireUser } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { attestationRefusal, type AttestationPurpose } from '../../../domain/accountability';
import { notFound } from '../../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../../../platform/graphql/connection';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { ScoringContext } from '../scoring-context';
import { assertId } from '../../../platform/graphql/ids';
import {
  assertCanRead,
  assignmentMatters,
  decisionContext,
  effectiveState,
  scopesFor,
  sheetNotFound,
  toDomainActor,
  type AccessView,
} from './sheet-access';
import { ensureSheetsForYear } from './sheet-creation';
import { ScoreSheetEntity } from './score-sheet.entity';
import type { ScoreSheetsArgs } from './score-sheet.types';

const WORKING_YEAR = new Set(['SELF_ASSESSMENT', 'APPRAISAL']);

/** Loads the parts the access rules need through the request's loaders. */
export async function accessView(ctx: ScoringContext, sheet: ScoreSheetEntity): Promise<AccessView> {
  const l = ctx.loaders.scoreSheets;
  const [year, roster, group] = await Promise.all([
    l.yearById.load(sheet.yearId),
    l.rosterById.load(sheet.rosterEntryId),
    l.groupById.load(sheet.groupId),
  ]);
  if (!year || !roster || !group) throw sheetNotFound();
  return { sheet, year, roster, group };
}

export async function getSheet(ctx: ScoringContext, id: string): Promise<ScoreSheetEntity> {
  requireUser(ctx);
  assertId(id, 'id');
  const sheet = await ctx.loaders.scoreSheets.sheetById.load(id);
  if (!sheet) throw sheetNotFound();
  assertCanRead(ctx.actor, await accessView(ctx, sheet));
  return sheet;
}

/** The sheet of one unit in one year; sheets are created on first need once the year has opened. */
export async function getSheetFor(ctx: ScoringContext, yearId: string, unitId: string): Promise<ScoreSheetEntity | null> {
  requireUser(ctx);
  assertId(yearId, 'yearId');
  assertId(unitId, 'unitId');
  const year = await ctx.loaders.scoreSheets.yearById.load(yearId);
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  const repo = ctx.db.getRepository(ScoreSheetEntity);
  let sheet = await repo.findOneBy({ yearId, unitId });
  if (!sheet && year.status !== 'PLANNING' && (await ctx.db.getRepository(RosterEntryEntity).existsBy({ yearId, unitId }))) {
    await ensureSheetsForYear(ctx.db, yearId);
    sheet = await repo.findOneBy({ yearId, unitId });
  }
  if (!sheet) return null;
  assertCanRead(ctx.actor, await accessView(ctx, sheet));
  return sheet;
}

/** The deadline of the sheet's current step, if it has one. */
export function currentDeadline(year: AssessmentYearEntity, state: SheetState): string | null {
  switch (state) {
    case 'DRAFT':
      return year.selfAssessmentDeadline;
    case 'EXPLANATION_REQUESTED':
      return year.explanationDeadline;
    case 'SUBMITTED':
    case 'UNDER_APPRAISAL':
    case 'EXPLAINED':
      return year.appraisalDeadline;
    default:
      return null;
  }
}

export function isOverdue(year: AssessmentYearEntity, state: SheetState, now = new Date()): boolean {
  const deadline = currentDeadline(year, state);
  return WORKING_YEAR.has(year.status) && deadline !== null && isPastDeadline(now, deadline);
}

/**
 * Dashboard list. One statement for the sheets (scope filter in SQL), then the year and roster
 * through loaders; sorted by name the Vietnamese way and paged in memory (a year has at most a
 * few hundred sheets per assessor).
 */
export async function listSheets(ctx: ScoringContext, args: ScoreSheetsArgs): Promise<Connection<ScoreSheetEntity>> {
  const actor = requireUser(ctx);
  assertId(args.yearId, 'yearId');
  const limit = pageSize(args.first);
  const year = await ctx.loaders.scoreSheets.yearById.load(args.yearId);
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  if (year.status !== 'PLANNING') await ensureSheetsForYear(ctx.db, year.id);

  const query = ctx.db.getRepository(ScoreSheetEntity).createQueryBuilder('s').where('s.year_id = :yearId', { yearId: year.id });
  if (args.groupId) query.andWhere('s.group_id = :groupId', { groupId: args.groupId });
  if (args.assessorUnitId) query.andWhere('s.assessor_unit_id = :assessor', { assessor: args.assessorUnitId });
  // Read scope in SQL (same rule as domain canReadSheet): once published everyone sees all; before,
  // the assessor side of the province sees all, that of an assessor unit or district its units, and
  // anyone else (unit officers and heads) only their own unit. The province's administrator sees
  // every unit of his province wherever his own unit sits (Sở Nội vụ: domain organisesProvince).
  if (year.status !== 'PUBLISHED' && !organisesProvince(toDomainActor(actor), year.provinceUnitId)) {
    if (!isAssessorSide(actor)) query.andWhere('s.unit_id = :me', { me: actor.unitId });
    else if (actor.unitId !== year.provinceUnitId)
      query.andWhere('(s.unit_id = :me OR s.assessor_unit_id = :me OR s.district_unit_id = :me)', { me: actor.unitId });
  }
  const rows = await query.getMany();
  const now = new Date();
  let sheets = rows.filter((s) => {
    const state = effectiveState({ sheet: s, year });
    if (args.status && state !== args.status) return false;
    if (args.overdue !== null && args.overdue !== undefined && isOverdue(year, state, now) !== args.overdue) return false;
    return true;
  });
  sheets.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.id < b.id ? -1 : 1));
  for (const s of sheets) ctx.loaders.scoreSheets.sheetById.prime(s.id, s);
  const totalCount = sheets.length;
  if (args.after) {
    const [afterId] = decodeCursor(args.after);
    const at = sheets.findIndex((s) => s.id === afterId);
    sheets = sheets.slice(at + 1);
  }
  return toConnection(sheets, limit, totalCount, (s) => encodeCursor([s.id]), Boolean(args.after));
}

/** Every action with whether the current user may take it now (DHIS2-style: the SPA never re-implements rules). */
export async function actionStates(ctx: ScoringContext, sheet: ScoreSheetEntity) {
  const view = await accessView(ctx, sheet);
  const assignment =
    ctx.actor.kind === 'user' && assignmentMatters(ctx.actor, view.roster)
      ? await ctx.loaders.scoreSheets.assignment.load(`${sheet.yearId}|${ctx.actor.userId}`)
      : null;
  const scopes = scopesFor(ctx.actor, view, assignment);
  const decisionCtx = decisionContext(ctx.actor, view, scopes, new Date());
  const explained = explainActions(decisionCtx);
  // Sending the sheet also needs the head's word (issue 10 §1); read attestations only when it matters.
  const needsWord = (action: SheetAction) => ATTESTED_ACTIONS[action as 'SUBMIT' | 'SUBMIT_EXPLANATION'];
  const head = ctx.actor.kind === 'user' && hasRole(ctx.actor, Role.UNIT_HEAD) && scopes.includes('OWN_UNIT');
  const attestations =
    !head && explained.some((e) => e.decision.allowed && needsWord(e.action))
      ? await ctx.loaders.accountability.attestationsBySheet.load(sheet.id)
      : [];
  return explained.map(({ action, decision }) => {
    const purpose = needsWord(action);
    const refusal =
      decision.allowed && purpose
        ? attestationRefusal({
            actorIsHead: head,
            purpose,
            record: attestations.find((a) => a.purpose === purpose) ?? null,
            currentVersion: sheet.version,
          })
        : null;
    return {
      action,
      label: SHEET_TRANSITIONS.find((r) => r.action === action)?.labelVi ?? action,
      allowed: decision.allowed && !refusal,
      reason: refusal
        ? ctx.locale === 'en'
          ? refusal.en
          : refusal.vi
        : decision.allowed
          ? null
          : ctx.locale === 'en'
            ? decision.reasonEn
            : decision.reasonVi,
    };
  });
}

const ATTESTED_ACTIONS: Partial<Record<SheetAction, AttestationPurpose>> = { SUBMIT: 'SUBMIT', SUBMIT_EXPLANATION: 'EXPLANATION' };

const SAVE_ACTIONS: readonly SheetAction[] = ['SAVE_SELF', 'SAVE_EXPLANATION', 'SAVE_APPRAISAL'];

/**
 * Why the current user cannot edit the sheet now (null when he can): the refusal of the save
 * action that matches his role and the sheet's step, e.g. "Phiếu đã khóa vì đã nộp".
 */
export async function lockReason(ctx: ScoringContext, sheet: ScoreSheetEntity): Promise<string | null> {
  const states = await actionStates(ctx, sheet);
  if (states.some((s) => SAVE_ACTIONS.includes(s.action) && s.allowed)) return null;
  const state = effectiveState({ sheet, year: (await accessView(ctx, sheet)).year });
  const unitRole = hasRole(ctx.actor, Role.UNIT_OFFICER, Role.UNIT_HEAD);
  const appraiser = hasRole(ctx.actor, Role.APPRAISER);
  const relevant: SheetAction =
    unitRole && state === 'EXPLANATION_REQUESTED'
      ? 'SAVE_EXPLANATION'
      : unitRole
        ? 'SAVE_SELF'
        : appraiser
          ? 'SAVE_APPRAISAL'
          : 'SAVE_SELF';
  const reason = states.find((s) => s.action === relevant)?.reason ?? null;
  if (!unitRole && !appraiser) return ctx.locale === 'en' ? 'You can only read this sheet.' : 'Bạn chỉ có quyền xem phiếu này.';
  return reason;
}

// ---------------------------------------------------------------------------
// the whole sheet served as stored text (response-cache.ts)

/**
 * The fields a cached `scoreSheet(id)` answer may read, by type (response-cache.ts `fields`):
 * those whose value follows from what the key below covers — the sheet, year, group and roster
 * rows and the caller (read fresh on every request), and the rows behind the sheet (entries,
 * result, criteria, attestations, assessor records) through the sheet's version and the group's
 * results_version, which every write of them moves in its own transaction (runAction,
 * applyAssessorRecords, recomputeResults, the head's attestation). Other fields (the unit's org
 * record, remediation lists, a year's other groups) make a document run normally.
 */
const SHEET_ANSWER_FIELDS: Record<string, string> = {
  ScoreSheet:
    'id yearId unitId groupId assessorUnitId unitName version submittedAt submittedBy approvedAt approvedBy lockedAt updatedAt status year group unitCode assessorUnitName totals ruleReview ruleReviewCount progress areas criteriaIndices deadline historyReadable overdue availableActions actions lockReason criteria entries attestations',
  AssessmentYear:
    'id provinceUnitId year name model status selfAssessmentDeadline explanationDeadline appraisalDeadline publicationDeadline copiedFromYearId rosterFrozenAt createdAt updatedAt bonusCap penaltyCap',
  UnitGroup: 'id yearId code name assessorRule sortOrder criteriaReopened bonusPenaltyDefaultZero createdAt updatedAt',
  CriteriaNode:
    'id yearId groupId parentId code title section sortOrder depth method evidenceGuidance scoringGuidance allowNotApplicable enteredByAssessor assessorEntryReason createdAt updatedAt maxPoints params',
  ScoreEntry:
    'criterionId criterion code title depth section method params maxPoints allowNotApplicable evidenceGuidance declaredValue notApplicable selfPoints selfNote selfEvidence round1Points round1Note explanationRequested explanationRequestNote explanationText supplementaryEvidence round2Points round2Note finalPoints surveyPoints ruleReview enteredByAssessor assessorEntryReason assessorRecords updatedBy updatedAt',
  EvidenceReference: 'fileId file documentNumber documentDate issuer title',
  // A file's row never changes once uploaded (only the sheet it is attached to, not shown here).
  EvidenceFile: 'id fileName contentType size sha256 createdAt',
  AssessorRecord: 'id quantity sourceType sourceId sourceLabel reference note enteredBy enteredAt',
  AssessorReference: 'documentNumber documentDate issuer title',
  SheetTotals:
    'maxApplicable selfTotal appraisedTotal surveyPoints bonusPoints penaltyPoints index selfIndex gapPoints gapIndex provisional appraisalComplete appraisedCriteria criteriaToAppraise',
  SheetProgress: 'total filled appraised',
  ComponentIndex: 'criterionId code title maxPoints maxApplicable selfPoints finalPoints index selfIndex',
  RuleReviewNotice: 'count criteria message',
  SheetActionState: 'action label allowed reason',
  SheetAttestation: 'purpose status sheetVersion attestedByName attestedAt headName statement requestedByName requestedAt',
};
export const SHEET_ANSWER_FIELD_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SHEET_ANSWER_FIELDS).map(([type, fields]) => [type, new Set(fields.split(' '))]),
);

/**
 * What `scoreSheet(id)` answers depends on besides the document, for this caller (the response
 * cache's key): the caller himself (user, unit, province, roles — his scopes, disclosure and
 * actions follow from them — and the language of messages), his appraiser assignment in the
 * year, the sheet, year, group and roster rows as just read (the sheet's version and the group's
 * results_version stand for everything read through them), and which of the year's deadlines
 * have passed (overdue, deadline refusals). A caller who may not read the sheet, a sheet that is
 * gone, or a year in planning (its criteria may change without a recompute) is not cached: the
 * normal execution answers.
 */
export async function scoreSheetCacheKey(ctx: ScoringContext, args: { id: string }): Promise<string | null> {
  const actor = requireUser(ctx);
  assertId(args.id, 'id');
  const l = ctx.loaders.scoreSheets;
  const sheet = await l.sheetById.load(args.id);
  if (!sheet) return null;
  const [view, assignment] = await Promise.all([
    accessView(ctx, sheet),
    actor.userId ? l.assignment.load(`${sheet.yearId}|${actor.userId}`) : Promise.resolve(null),
  ]);
  assertCanRead(ctx.actor, view);
  const { year, group, roster } = view;
  if (year.status === 'PLANNING' || typeof group.resultsVersion !== 'number') return null;
  const now = new Date();
  const passed = [year.selfAssessmentDeadline, year.explanationDeadline, year.appraisalDeadline].map((d) =>
    d === null ? null : isPastDeadline(now, d),
  );
  const who = ctx.actor.kind === 'user' ? ctx.actor : null;
  return JSON.stringify([
    [actor.userId, actor.unitId, who?.provinceUnitId ?? null, [...actor.roles].sort(), ctx.locale],
    assignment,
    sheet,
    year,
    group,
    roster,
    passed,
  ]);
}
