import type { Actor } from './tokens';
import { Role } from './roles';

/**
 * "What may this administrator touch", in one place for both subgraphs.
 *
 * A PROVINCE_ADMIN (Sở Nội vụ – phòng CCHC) administers the province his own unit belongs to,
 * wherever in that province's tree the unit sits: the province unit itself or one of its
 * departments (Sở Nội vụ is a department). The province is the root of the unit's path, read
 * from the org tables when the gateway checks the session and carried in the actor, so the
 * scoring subgraph applies the same rule without joining org tables. There is no national role:
 * nobody may touch another province (importUnits included).
 *
 * Pure: no database, no GraphQL.
 */
export function administeredProvince(actor: Actor): string | null {
  if (actor.kind !== 'user' || !actor.provinceUnitId) return null;
  return actor.roles.includes(Role.PROVINCE_ADMIN) ? actor.provinceUnitId : null;
}

/** Whether the actor administers the province with this id (a year's provinceUnitId, an app's province…). */
export function administersProvince(actor: Actor, provinceUnitId: string): boolean {
  const own = administeredProvince(actor);
  return own !== null && own === provinceUnitId;
}

/** Whether the actor administers the unit at this materialized path ("/<provinceId>/…/<id>/"). */
export function administersUnitPath(actor: Actor, unitPath: string): boolean {
  const own = administeredProvince(actor);
  return own !== null && unitPath.startsWith(`/${own}/`);
}
