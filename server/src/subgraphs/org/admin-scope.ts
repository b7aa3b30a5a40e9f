import { administeredProvince, administersUnitPath } from '../../platform/auth/admin-scope';
import { requireRole, type SignedInActor } from '../../platform/auth/request-context';
import { Role } from '../../platform/auth/roles';
import { forbidden } from '../../platform/errors/app-error';
import type { OrgContext } from './org-context';

/**
 * A province administrator manages his own province only: with the whole country imported, the
 * Quảng Ninh administrator must not rename units of Hà Nội or reset its users' passwords. The
 * rule itself is platform/auth/admin-scope.ts, shared with the scoring subgraph.
 */
export interface AdminScope {
  actor: SignedInActor;
  /** Id of the province (root unit) the administrator belongs to. */
  rootId: string;
  /** Materialized path prefix of that province, "/<rootId>/". */
  rootPath: string;
}

export function requireProvinceAdmin(ctx: Pick<OrgContext, 'actor'>): AdminScope {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  const rootId = administeredProvince(actor);
  if (!rootId) throw forbidden();
  return { actor, rootId, rootPath: `/${rootId}/` };
}

export function isInScope(scope: AdminScope, unit: { path: string }): boolean {
  return administersUnitPath(scope.actor, unit.path);
}

export function assertInScope(scope: AdminScope, unit: { path: string; name: string }): void {
  if (!isInScope(scope, unit))
    throw forbidden(
      `Bạn chỉ quản trị được các đơn vị thuộc tỉnh của mình; "${unit.name}" nằm ngoài phạm vi đó.`,
      `You can manage only the units of your own province; "${unit.name}" is outside it.`,
    );
}
