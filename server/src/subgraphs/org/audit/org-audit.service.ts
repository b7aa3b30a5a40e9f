/**
 * The org subgraph's audit trail (issue 7, item 10): user, role, API-key and org-unit changes
 * are recorded in the same transaction as the change, so a change without its row cannot exist.
 */
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { requireRole, type RequestContext } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { forbidden } from '../../../platform/errors/app-error';
import { pageSize, type Connection } from '../../../platform/graphql/connection';
import { newestFirstById } from '../../../platform/database/keyset-page';
import { assertId } from '../../../platform/graphql/ids';
import { administeredProvince } from '../../../platform/auth/admin-scope';
import { OrgAuditEventEntity, type OrgAuditEntityType } from './org-audit-event.entity';

export interface OrgAuditInput {
  provinceUnitId: string;
  entityType: OrgAuditEntityType;
  entityId: string;
  entityLabel: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export async function recordOrgAudit(manager: EntityManager, ctx: Pick<RequestContext, 'actor'>, events: OrgAuditInput[]): Promise<void> {
  if (events.length === 0) return;
  const at = new Date();
  await manager.insert(
    OrgAuditEventEntity,
    // Snapshots are any JSON; the column's transformer serializes them.
    events.map(
      (event) =>
        manager.create(OrgAuditEventEntity, {
          provinceUnitId: event.provinceUnitId,
          entityType: event.entityType,
          entityId: event.entityId,
          entityLabel: event.entityLabel.slice(0, 255),
          action: event.action,
          actorUserId: ctx.actor.userId,
          actorName: (ctx.actor.username ?? (ctx.actor.kind === 'anonymous' ? 'anonymous' : 'system')).slice(0, 255),
          at,
          before: event.before ?? null,
          after: event.after ?? null,
        }) as QueryDeepPartialEntity<OrgAuditEventEntity>,
    ),
  );
}

/** Only the fields that differ, before and after (a rename shows the two names, not the whole row). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

export interface OrgAuditFilter {
  entityType?: OrgAuditEntityType | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Newest first, the administrator's own province only, keyset-paginated on the id. */
export async function listOrgAudit(ctx: RequestContext, filter: OrgAuditFilter): Promise<Connection<OrgAuditEventEntity>> {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  const provinceUnitId = administeredProvince(actor);
  if (!provinceUnitId) throw forbidden();
  pageSize(filter.first); // a bad page size is refused before anything is read
  const query = ctx.db.manager
    .createQueryBuilder(OrgAuditEventEntity, 'a')
    .where('a.province_unit_id = :provinceUnitId', { provinceUnitId });
  if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId) {
    assertId(filter.entityId, 'entityId');
    query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  }
  return newestFirstById(query, 'a', filter);
}
