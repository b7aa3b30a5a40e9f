import type { EntityManager } from 'typeorm';
import { insertRows } from '../../../platform/database/insert-rows';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AuditEventEntity, AuditEntityType } from './audit-event.entity';

export { AuditEntityType };

export interface AuditInput {
  yearId: string;
  entityType: AuditEntityType;
  entityId: string;
  sheetId?: string | null;
  criterionId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Dates and class instances become plain JSON so snapshots read the same on SQLite and MySQL. */
function snapshot(value: unknown): unknown {
  return value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Records one change inside the caller's transaction (pass its manager), so the change and its
 * audit row commit or roll back together. The only write path to audit_event: there is no update
 * or delete anywhere.
 */
export async function recordAudit(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor'>,
  event: AuditInput,
): Promise<AuditEventEntity> {
  return manager.save(AuditEventEntity, auditRow(manager, ctx, event, new Date()));
}

/** Rows per multi-row INSERT (12 placeholders a row: well under both databases' limits). */
const AUDIT_CHUNK = 400;

/**
 * Records many changes (a whole-sheet save) in one multi-row INSERT per chunk, inside the
 * caller's transaction like recordAudit. The rows keep the order given, so their auto-increment
 * ids still order the trail; nothing is read back.
 */
export async function recordAuditMany(manager: EntityManager, ctx: Pick<RequestContext, 'actor'>, events: AuditInput[]): Promise<void> {
  const at = new Date();
  const rows = events.map((event) => auditRow(manager, ctx, event, at));
  // Snapshots are typed unknown (any JSON); the column's transformer serializes them.
  await insertRows(manager, AuditEventEntity, rows, { rowsPerStatement: AUDIT_CHUNK });
}

function auditRow(manager: EntityManager, ctx: Pick<RequestContext, 'actor'>, event: AuditInput, at: Date): AuditEventEntity {
  return manager.create(AuditEventEntity, {
    yearId: event.yearId,
    entityType: event.entityType,
    entityId: event.entityId,
    sheetId: event.sheetId ?? null,
    criterionId: event.criterionId ?? null,
    action: event.action,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.username ?? (ctx.actor.kind === 'anonymous' ? 'anonymous' : 'system'),
    at,
    before: snapshot(event.before),
    after: snapshot(event.after),
    reason: event.reason?.trim() ? event.reason.trim() : null,
  });
}
