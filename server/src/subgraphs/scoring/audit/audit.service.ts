import type { EntityManager } from 'typeorm';
import { insertRows } from '../../../platform/database/insert-rows';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AuditEventEntity, AuditEntityType } from './audit-event.entity';
import { JsonText } from './json-column';

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

/**
 * A snapshot's JSON text, made once: dates and class instances become plain JSON so snapshots
 * read the same on SQLite and MySQL. A writer that already serialised the value passes its JsonText.
 */
function snapshotText(value: unknown): JsonText | null {
  if (value === undefined || value === null) return null;
  return value instanceof JsonText ? value : new JsonText(JSON.stringify(value));
}

/** The snapshot as the stored row reads back (plain JSON). */
function snapshot(value: unknown): unknown {
  const text = snapshotText(value);
  return text === null ? null : (JSON.parse(text.text) as unknown);
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
  const row = auditRow(ctx, event, new Date());
  return manager.save(AuditEventEntity, Object.assign(row, { before: snapshot(event.before), after: snapshot(event.after) }));
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
  // Snapshots go as their JSON text, which the column stores as it is (nothing is read back).
  const rows = events.map((event) =>
    Object.assign(auditRow(ctx, event, at), { before: snapshotText(event.before), after: snapshotText(event.after) }),
  );
  await insertRows(manager, AuditEventEntity, rows, { rowsPerStatement: AUDIT_CHUNK });
}

/** The row of one event, its snapshots left to the caller (parsed or as text). */
function auditRow(ctx: Pick<RequestContext, 'actor'>, event: AuditInput, at: Date): AuditEventEntity {
  return Object.assign(new AuditEventEntity(), {
    yearId: event.yearId,
    entityType: event.entityType,
    entityId: event.entityId,
    sheetId: event.sheetId ?? null,
    criterionId: event.criterionId ?? null,
    action: event.action,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.username ?? (ctx.actor.kind === 'anonymous' ? 'anonymous' : 'system'),
    at,
    reason: event.reason?.trim() ? event.reason.trim() : null,
  });
}
