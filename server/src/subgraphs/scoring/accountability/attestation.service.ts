import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  ATTESTATION_STATE,
  ATTESTATION_STATEMENT,
  attestationRefusal,
  attestationStatus,
  termOn,
  type AttestationPurpose,
  type AttestationStatus,
} from '../../../domain/accountability';
import { sheetStateForYear, VIETNAM_UTC_OFFSET_MS, type Scope } from '../../../domain/scoring';
import { hasRole, requireUser, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AuditEntityType, recordAudit, type AuditInput } from '../audit/audit.service';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import {
  assertAllowed,
  assertCanRead,
  decisionContext,
  effectiveState,
  loadSheetBundle,
  scopesFor,
  sheetNotFound,
  type SheetBundle,
} from '../score-sheet/sheet-access';
import { forUpdate } from '../lock-order';
import { assertYearAsPlanned, planAgainIfYearMoved } from '../year-plan';
import type { ScoringContext } from '../scoring-context';
import { HeadTermEntity } from './head-term.entity';
import { SheetAttestationEntity } from './sheet-attestation.entity';
import { notifyAttestationRequested } from '../notification/notification.service';
import { bumpResultsVersion } from '../results/recompute.service';

/** The Vietnamese calendar day of an instant (UTC+7 all year). */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether the actor acts as the unit's own head on this sheet. */
export function actsAsHead(actor: SignedInActor, scopes: readonly Scope[]): boolean {
  return hasRole(actor, Role.UNIT_HEAD) && scopes.includes('OWN_UNIT');
}

export function attestationsOf(manager: EntityManager | DataSource, sheetIds: readonly string[]): Promise<SheetAttestationEntity[]> {
  if (sheetIds.length === 0) return Promise.resolve([]);
  return manager.getRepository(SheetAttestationEntity).findBy({ sheetId: In([...sheetIds]) });
}

/**
 * The refusal (coded FORBIDDEN, Vietnamese reason) when an action needing the head's word is
 * taken by someone else without a valid attestation of the sheet's current version.
 */
export async function assertAttested(
  manager: EntityManager,
  actor: SignedInActor,
  scopes: readonly Scope[],
  sheet: Pick<ScoreSheetEntity, 'id' | 'version'>,
  purpose: AttestationPurpose,
): Promise<void> {
  const head = actsAsHead(actor, scopes);
  const record = head ? null : await manager.getRepository(SheetAttestationEntity).findOneBy({ sheetId: sheet.id, purpose });
  const refusal = attestationRefusal({ actorIsHead: head, purpose, record, currentVersion: sheet.version });
  if (refusal) throw forbidden(refusal.vi, refusal.en, { reason: refusal.reason, purpose });
}

async function headNameOn(manager: EntityManager, bundle: Pick<SheetBundle, 'sheet'>, at: Date): Promise<string | null> {
  const terms = await manager.getRepository(HeadTermEntity).findBy({ yearId: bundle.sheet.yearId, unitId: bundle.sheet.unitId });
  const term = termOn(terms, 'HEAD', vietnamDay(at)) ?? termOn(terms, 'DEPUTY', vietnamDay(at));
  return term ? `${term.fullName} – ${term.title}` : null;
}

function snapshot(row: SheetAttestationEntity | null) {
  return row
    ? {
        purpose: row.purpose,
        sheetVersion: row.sheetVersion,
        attestedByName: row.attestedByName,
        attestedAt: row.attestedAt,
        headName: row.headName,
        requestedByName: row.requestedByName,
      }
    : null;
}

/**
 * Records the head's attestation of `version` inside the caller's transaction (the head's own
 * submission records one too, so the printed sheet always names who vouched for it).
 */
export async function writeAttestation(
  manager: EntityManager,
  ctx: ScoringContext,
  bundle: Pick<SheetBundle, 'sheet'>,
  purpose: AttestationPurpose,
  version: number,
  via: 'ATTEST' | 'ATTEST_BY_SUBMISSION',
): Promise<SheetAttestationEntity> {
  const actor = requireUser(ctx);
  const repo = manager.getRepository(SheetAttestationEntity);
  const existing = await repo.findOneBy({ sheetId: bundle.sheet.id, purpose });
  const before = snapshot(existing);
  const now = new Date();
  const row = Object.assign(existing ?? new SheetAttestationEntity(), {
    id: existing?.id ?? randomUUID(),
    sheetId: bundle.sheet.id,
    yearId: bundle.sheet.yearId,
    unitId: bundle.sheet.unitId,
    purpose,
    requestedByName: existing?.requestedByName ?? null,
    requestedAt: existing?.requestedAt ?? null,
    sheetVersion: version,
    attestedBy: actor.userId,
    attestedByName: actor.username,
    attestedAt: now,
    headName: await headNameOn(manager, bundle, now),
    statement: ATTESTATION_STATEMENT,
  });
  await repo.save(row);
  const audit: AuditInput = {
    yearId: bundle.sheet.yearId,
    entityType: AuditEntityType.ATTESTATION,
    entityId: row.id,
    sheetId: bundle.sheet.id,
    action: via,
    before,
    after: { ...snapshot(row), statement: ATTESTATION_STATEMENT },
    reason: ATTESTATION_STATEMENT,
  };
  await recordAudit(manager, ctx, audit);
  return row;
}

async function sheetForUnitAction(ctx: ScoringContext, sheetId: string) {
  const actor = requireUser(ctx);
  assertId(sheetId, 'sheetId');
  const { bundle, assignment } = await loadSheetBundle(ctx.db, sheetId, ctx.actor);
  assertCanRead(ctx.actor, bundle);
  const scopes = scopesFor(ctx.actor, bundle, assignment);
  return { actor, bundle, scopes };
}

function wrongState(purpose: AttestationPurpose): Error {
  return conflict(
    purpose === 'SUBMIT'
      ? 'Chỉ xác nhận được phiếu đang tự đánh giá (chưa nộp).'
      : 'Chỉ xác nhận được giải trình khi phiếu đang có đề nghị giải trình.',
    purpose === 'SUBMIT'
      ? 'Only a sheet in self-assessment (not submitted) can be attested.'
      : 'An explanation can be attested only while one is requested.',
    { reason: 'STATE', purpose },
  );
}

/**
 * The sheet's version and status as they are now, inside the writer's transaction: locked for
 * update after the year's shared lock (lock-order levels 1 then 2), so a save or a submission of
 * the sheet waits for this writer or is seen by it.
 */
async function currentSheet(manager: EntityManager, sheetId: string): Promise<Pick<ScoreSheetEntity, 'version' | 'status'>> {
  const rows = (await manager.query(`SELECT version, status FROM score_sheet WHERE id = ?${forUpdate(manager)}`, [sheetId])) as {
    version: number | string;
    status: ScoreSheetEntity['status'];
  }[];
  if (rows.length === 0) throw sheetNotFound();
  return { version: Number(rows[0].version), status: rows[0].status };
}

/**
 * The head attests the sheet's current version (UNIT_HEAD of the unit). The year's phase and
 * deadline and the sheet's state are checked on the plan's rows, then hold under the locks: the
 * transaction starts with the year's state_version (planned again once when a transition or a
 * deadline change committed meanwhile) and the sheet's version, locked.
 */
export function attestScoreSheet(
  ctx: ScoringContext,
  sheetId: string,
  version: number,
  purpose: AttestationPurpose,
  confirmed: boolean,
): Promise<ScoreSheetEntity> {
  return planAgainIfYearMoved(() => attestOnce(ctx, sheetId, version, purpose, confirmed));
}

async function attestOnce(
  ctx: ScoringContext,
  sheetId: string,
  version: number,
  purpose: AttestationPurpose,
  confirmed: boolean,
): Promise<ScoreSheetEntity> {
  const { actor, bundle, scopes } = await sheetForUnitAction(ctx, sheetId);
  if (!actsAsHead(actor, scopes))
    throw forbidden(
      'Chỉ người đứng đầu đơn vị mới được xác nhận số liệu tự đánh giá.',
      'Only the head of the unit may attest the self-assessment.',
      { reason: 'NOT_HEAD' },
    );
  if (!confirmed)
    throw badInput(`Cần đánh dấu xác nhận: "${ATTESTATION_STATEMENT}".`, 'The attestation must be confirmed.', { argument: 'confirmed' });
  if (effectiveState(bundle) !== ATTESTATION_STATE[purpose]) throw wrongState(purpose);
  // Attesting is pointless when the sheet could not be sent now (year phase, deadline): say why.
  assertAllowed(purpose === 'SUBMIT' ? 'SUBMIT' : 'SUBMIT_EXPLANATION', decisionContext(ctx.actor, bundle, scopes, new Date()));
  if (bundle.sheet.version !== version)
    throw conflict(
      `Phiếu đã thay đổi (phiên bản hiện tại ${bundle.sheet.version}); hãy tải lại và xem lại số liệu trước khi xác nhận.`,
      `The sheet changed (current version ${bundle.sheet.version}); reload and review it before attesting.`,
      { reason: 'STALE_VERSION', currentVersion: bundle.sheet.version },
    );
  await ctx.db.transaction(async (manager) => {
    await assertYearAsPlanned(manager, bundle.year);
    // Re-check the version inside the transaction: a save between the read and here would make the attestation cover unseen figures.
    const current = await currentSheet(manager, sheetId);
    if (current.version !== version)
      throw conflict('Phiếu vừa được thay đổi; hãy tải lại và xác nhận lại.', 'The sheet just changed; reload and attest again.', {
        reason: 'STALE_VERSION',
        currentVersion: current.version,
      });
    await writeAttestation(manager, ctx, bundle, purpose, version, 'ATTEST');
    // The sheet's cached answers (its attestations, the officer's SUBMIT) follow the group's results_version.
    await bumpResultsVersion(manager, [bundle.sheet.groupId]);
  });
  ctx.loaders.accountability.attestationsBySheet.clear(sheetId);
  return bundle.sheet;
}

/**
 * An officer asks the head to attest (appears in the head's inbox). The sheet's state is checked
 * on the plan's rows and again under the locks, as an attestation's is.
 */
export function requestAttestation(ctx: ScoringContext, sheetId: string, purpose: AttestationPurpose): Promise<ScoreSheetEntity> {
  return planAgainIfYearMoved(() => requestOnce(ctx, sheetId, purpose));
}

async function requestOnce(ctx: ScoringContext, sheetId: string, purpose: AttestationPurpose): Promise<ScoreSheetEntity> {
  const { actor, bundle, scopes } = await sheetForUnitAction(ctx, sheetId);
  if (!scopes.includes('OWN_UNIT') || !hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD))
    throw forbidden('Chỉ cán bộ của đơn vị mới đề nghị người đứng đầu xác nhận.', 'Only the unit’s own staff may ask for attestation.', {
      reason: 'SCOPE',
    });
  if (effectiveState(bundle) !== ATTESTATION_STATE[purpose]) throw wrongState(purpose);
  await ctx.db.transaction(async (manager) => {
    await assertYearAsPlanned(manager, bundle.year);
    // A submission committed since the plan moved the sheet out of the state asked about.
    const current = await currentSheet(manager, sheetId);
    if (sheetStateForYear(current.status, bundle.year.status) !== ATTESTATION_STATE[purpose]) throw wrongState(purpose);
    const repo = manager.getRepository(SheetAttestationEntity);
    const existing = await repo.findOneBy({ sheetId, purpose });
    if (existing && attestationStatus(existing, current.version) === 'VALID')
      throw conflict('Người đứng đầu đã xác nhận phiên bản hiện tại của phiếu.', 'The head has already attested the current version.', {
        reason: 'ALREADY_ATTESTED',
      });
    const before = snapshot(existing);
    const row = Object.assign(existing ?? new SheetAttestationEntity(), {
      id: existing?.id ?? randomUUID(),
      sheetId,
      yearId: bundle.sheet.yearId,
      unitId: bundle.sheet.unitId,
      purpose,
      requestedByName: actor.username,
      requestedAt: new Date(),
      // A new request starts over: an earlier attestation covered figures that have changed since.
      sheetVersion: null,
      attestedBy: null,
      attestedByName: null,
      attestedAt: null,
      headName: null,
      statement: null,
    });
    await repo.save(row);
    await recordAudit(manager, ctx, {
      yearId: bundle.sheet.yearId,
      entityType: AuditEntityType.ATTESTATION,
      entityId: row.id,
      sheetId,
      action: 'REQUEST_ATTESTATION',
      before,
      after: snapshot(row),
    });
    await notifyAttestationRequested(manager, ctx, bundle.sheet, bundle.year, purpose);
    await bumpResultsVersion(manager, [bundle.sheet.groupId]);
  });
  ctx.loaders.accountability.attestationsBySheet.clear(sheetId);
  return bundle.sheet;
}

/** What the sheet shows about an attestation (status relative to the sheet's current version). */
export function attestationView(
  row: SheetAttestationEntity | null,
  purpose: AttestationPurpose,
  sheet: Pick<ScoreSheetEntity, 'version'>,
  state: string,
): { status: AttestationStatus | 'RECORDED'; row: SheetAttestationEntity | null } {
  if (state !== ATTESTATION_STATE[purpose]) return { status: row?.attestedAt ? 'RECORDED' : 'NONE', row: row?.attestedAt ? row : null };
  return { status: attestationStatus(row, sheet.version), row };
}
