import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import {
  availableActions,
  canReadSheet,
  decide,
  detailsVisible,
  explainActions,
  scopeOf,
  sheetStateForYear,
  type Actor as DomainActor,
  type DecisionContext,
  type ReadSheetArgs,
  resultAudience,
  resultDisclosure,
  type ResultAudience,
  type ResultDisclosure,
  type Role as DomainRole,
  type Scope,
  type SheetAction,
  type SheetState,
} from '../../../domain/scoring';
import type { Actor } from '../../../platform/auth/tokens';
import type { AppConfig } from '../../../platform/config/config';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import { findEntities } from '../../../platform/database/raw-rows';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { SheetArchiveEntity } from './sheet-archive.entity';
import { canActorReadReportFile } from '../accountability/report-file-access';

/** Everything the rules need about one sheet, read in a handful of statements. */
export interface SheetBundle {
  sheet: ScoreSheetEntity;
  year: AssessmentYearEntity;
  roster: RosterEntryEntity;
  group: UnitGroupEntity;
  nodes: CriteriaNodeEntity[];
  entries: ScoreEntryEntity[];
}

/** The parts of a bundle the access rules look at (list views have no entries). */
export type AccessView = Pick<SheetBundle, 'sheet' | 'year' | 'roster' | 'group'>;

export function sheetNotFound(): AppError {
  return notFound('Không tìm thấy phiếu đánh giá.', 'Score sheet not found.');
}

/**
 * A sheet edit's transaction found the year's settings or state moved since the edit read them
 * (its first statement, yearStateShared, compares state_version): nothing is written.
 */
export function yearChangedMeanwhile(): AppError {
  return conflict(
    'Cấu hình hoặc trạng thái của kỳ đánh giá vừa thay đổi trong lúc thực hiện; hãy tải lại phiếu rồi thực hiện lại. Không có thay đổi nào được lưu.',
    'The year’s settings or state changed meanwhile; reload the sheet and try again. Nothing was saved.',
    { reason: 'YEAR_CHANGED' },
  );
}

/**
 * The sheet's bundle and the caller's appraiser assignment of its year (null when he has none, or
 * when it cannot matter for this sheet: see assignmentMatters), read together: the assignment needs
 * only the sheet's year and roster entry, so it goes with the bundle's other reads instead of one
 * round trip later.
 */
export async function loadSheetBundle(
  manager: EntityManager | DataSource,
  sheetId: string,
  actor: Actor,
): Promise<{ bundle: SheetBundle; assignment: AppraiserAssignmentEntity | null }> {
  const [sheet] = await findEntities(manager, ScoreSheetEntity, { id: sheetId });
  if (!sheet) throw sheetNotFound();
  const one = <T extends ObjectLiteral>(rows: T[]) =>
    rows[0] ?? Promise.reject(new Error(`sheet ${sheetId}: a row it refers to is missing`));
  const rosterRead = findEntities(manager, RosterEntryEntity, { id: sheet.rosterEntryId }).then(one);
  const [year, roster, group, nodes, entries, assignment] = await Promise.all([
    findEntities(manager, AssessmentYearEntity, { id: sheet.yearId }).then(one),
    rosterRead,
    findEntities(manager, UnitGroupEntity, { id: sheet.groupId }).then(one),
    findEntities(manager, CriteriaNodeEntity, { groupId: sheet.groupId }),
    findEntities(manager, ScoreEntryEntity, { sheetId }),
    rosterRead.then((roster) => (assignmentMatters(actor, roster) ? assignmentFor(manager, actor, sheet.yearId) : null)),
  ]);
  return { bundle: { sheet, year, roster, group, nodes, entries }, assignment };
}

export function toDomainActor(actor: Actor): DomainActor {
  return {
    unitId: actor.unitId,
    roles: actor.roles as readonly string[] as DomainRole[],
    provinceUnitId: actor.kind === 'user' ? actor.provinceUnitId : null,
  };
}

export function effectiveState(view: Pick<SheetBundle, 'sheet' | 'year'>): SheetState {
  return sheetStateForYear(view.sheet.status, view.year.status);
}

/**
 * Whether the caller's appraiser assignment can change what he may do on a sheet of this roster
 * entry: only when he works in its assessor unit (scopeOf limits the ASSESSOR scope by it, and
 * canEditLeaf's area limits apply only under that scope). A unit officer saving his own sheet, a
 * district chairman reading a commune of another assessor: no assignment is read for them.
 */
export function assignmentMatters(actor: Actor, roster: Pick<RosterEntryEntity, 'assessorUnitId'>): boolean {
  return actor.kind === 'user' && Boolean(actor.userId) && actor.unitId === roster.assessorUnitId;
}

export function scopesFor(actor: Actor, view: AccessView, assignment: AppraiserAssignmentEntity | null): Scope[] {
  if (actor.kind !== 'user') return ['NONE'];
  const relevant = assignment && assignment.assessorUnitId === view.roster.assessorUnitId ? assignment : null;
  return scopeOf(
    toDomainActor(actor),
    { unitId: view.roster.unitId, assessorUnitId: view.roster.assessorUnitId, groupCode: view.group.code },
    view.year.provinceUnitId,
    relevant ? { unitIds: relevant.unitIds, areaCodes: relevant.areaCodes } : null,
  );
}

export function decisionContext(actor: Actor, view: AccessView, scopes: Scope[], now: Date, reason?: string | null): DecisionContext {
  return {
    roles: toDomainActor(actor).roles,
    scopes,
    sheetState: effectiveState(view),
    yearStatus: view.year.status,
    now,
    deadlines: {
      selfAssessmentDeadline: view.year.selfAssessmentDeadline,
      explanationDeadline: view.year.explanationDeadline,
      appraisalDeadline: view.year.appraisalDeadline,
    },
    reason,
  };
}

/** What the read rules look at of a year and a roster entry. */
export interface ReadView {
  year: Pick<AssessmentYearEntity, 'provinceUnitId' | 'status'>;
  roster: Pick<RosterEntryEntity, 'unitId' | 'assessorUnitId' | 'parentDistrictId'>;
}

function readArgs(actor: Actor, view: ReadView): ReadSheetArgs {
  return {
    actor: actor.kind === 'user' ? toDomainActor(actor) : null,
    rosterEntry: { unitId: view.roster.unitId, assessorUnitId: view.roster.assessorUnitId, groupCode: '' },
    provinceUnitId: view.year.provinceUnitId,
    yearStatus: view.year.status,
    assessedUnitAncestorIds: view.roster.parentDistrictId ? [view.roster.parentDistrictId] : [],
  };
}

export function canRead(actor: Actor, view: Pick<SheetBundle, 'year' | 'roster'>): boolean {
  return canReadSheet(readArgs(actor, view));
}

/** Whether the actor reads the unit as the public (published year), its assessor side, the unit itself, or not at all. */
export function audienceFor(actor: Actor, view: ReadView): ResultAudience {
  return resultAudience(readArgs(actor, view));
}

/** Which of a unit's figures the actor may see now (domain visibility rules); a published year shows all. */
export function disclosureFor(actor: Actor, view: Pick<SheetBundle, 'year' | 'roster'>, sheetState: SheetState): ResultDisclosure {
  return resultDisclosure(resultAudience(readArgs(actor, view)), sheetState);
}

/** Whether the actor sees the sheet's notes and evidence (inside the province only, even once published). */
export function detailsFor(actor: Actor, view: Pick<SheetBundle, 'year' | 'roster'>): boolean {
  return detailsVisible(
    resultAudience(readArgs(actor, view)),
    actor.kind === 'user' ? actor.provinceUnitId : null,
    view.year.provinceUnitId,
  );
}

/** Throws the coded reason when the actor may not read the sheet. */
export function assertCanRead(actor: Actor, view: Pick<SheetBundle, 'year' | 'roster'>): void {
  if (actor.kind !== 'user') throw unauthenticated();
  if (!canRead(actor, view))
    throw forbidden('Bạn không có quyền xem phiếu đánh giá của đơn vị này.', 'You are not allowed to read this unit’s score sheet.', {
      reason: 'SCOPE',
    });
}

/** Throws the domain's refusal (FORBIDDEN / CONFLICT / BAD_USER_INPUT with a Vietnamese reason). */
export function assertAllowed(action: SheetAction, ctx: DecisionContext): { from: SheetState; to: SheetState } {
  const decision = decide(action, ctx);
  if (!decision.allowed)
    throw new AppError(decision.code, { vi: decision.reasonVi, en: decision.reasonEn }, { reason: decision.reason, action });
  return { from: decision.from, to: decision.to };
}

export { availableActions, explainActions };

export async function assignmentFor(
  manager: EntityManager | DataSource,
  actor: Actor,
  yearId: string,
): Promise<AppraiserAssignmentEntity | null> {
  if (actor.kind !== 'user' || !actor.userId) return null;
  const [assignment] = await findEntities(manager, AppraiserAssignmentEntity, { yearId, userId: actor.userId });
  return assignment ?? null;
}

export interface AccessDeps {
  db: DataSource;
  config: AppConfig;
  log: Logger;
  actor: Actor;
  requestId: string;
}

/** For the file download route: may the actor read the sheet a file is attached to? */
export async function canActorReadSheet(deps: AccessDeps, sheetId: string): Promise<boolean> {
  const sheet = await deps.db.getRepository(ScoreSheetEntity).findOneBy({ id: sheetId });
  if (!sheet) {
    // The sheet of a unit removed from the roster: its files stay readable by whoever could read it.
    const archive = await deps.db.getRepository(SheetArchiveEntity).findOneBy({ id: sheetId });
    const archivedYear = archive ? await deps.db.getRepository(AssessmentYearEntity).findOneBy({ id: archive.yearId }) : null;
    // A periodic report's file (accountability): its owner id is the report's.
    if (!archive) return canActorReadReportFile(deps.db, deps.actor, sheetId);
    if (!archivedYear) return false;
    const view = { year: archivedYear, roster: archive.rosterEntry as RosterEntryEntity };
    return canRead(deps.actor, view) && detailsFor(deps.actor, view);
  }
  const [year, roster] = await Promise.all([
    deps.db.getRepository(AssessmentYearEntity).findOneBy({ id: sheet.yearId }),
    deps.db.getRepository(RosterEntryEntity).findOneBy({ id: sheet.rosterEntryId }),
  ]);
  // Evidence is a sheet detail: readable by those who read the sheet, and only inside the province.
  return year !== null && roster !== null && canRead(deps.actor, { year, roster }) && detailsFor(deps.actor, { year, roster });
}
