import type { EntityManager } from 'typeorm';
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
  const row = manager.create(AuditEventEntity, {
    yearId: event.yearId,
    entityType: event.entityType,
    entityId: event.entityId,
    sheetId: event.sheetId ?? null,
    criterionId: event.criterionId ?? null,
    action: event.action,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.username ?? (ctx.actor.kind === 'anonymous' ? 'anonymous' : 'system'),
    at: new Date(),
    before: snapshot(event.before),
    after: snapshot(event.after),
    reason: event.reason?.trim() ? event.reason.trim() : null,
  });
  return manager.save(AuditEventEntity, row);
}

/** Records several changes at once (bulk saves), still inside the caller's transaction. */
export async function recordAudits(manager: EntityManager, ctx: Pick<RequestContext, 'actor'>, events: AuditInput[]): Promise<void> {
  for (const event of events) await recordAudit(manager, ctx, event);
}
