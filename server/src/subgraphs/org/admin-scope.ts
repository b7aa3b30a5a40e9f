import { pathIds } from '../../domain/org/hierarchy';
import { requireRole, type SignedInActor } from '../../platform/auth/request-context';
import { Role } from '../../platform/auth/roles';
import { forbidden } from '../../platform/errors/app-error';
import type { OrgContext } from './org-context';

/**
 * A province administrator manages his own province only: with the whole country imported, the
 * Quảng Ninh administrator must not rename units of Hà Nội or reset its users' passwords.
 */
export interface AdminScope {
  actor: SignedInActor;
  /** Id of the province (root unit) the administrator belongs to. */
  rootId: string;
  /** Materialized path prefix of that province, "/<rootId>/". */
  rootPath: string;
}

export async function requireProvinceAdmin(ctx: OrgContext): Promise<AdminScope> {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  const own = await ctx.loaders.unitById.load(actor.unitId);
  if (!own) throw forbidden();
  const rootId = pathIds(own.path)[0];
  return { actor, rootId, rootPath: `/${rootId}/` };
}

export function isInScope(scope: AdminScope, unit: { path: string }): boolean {
  return unit.path.startsWith(scope.rootPath);
}

export function assertInScope(scope: AdminScope, unit: { path: string; name: string }): void {
  if (!isInScope(scope, unit))
    throw forbidden(
      `Bạn chỉ quản trị được các đơn vị thuộc tỉnh của mình; "${unit.name}" nằm ngoài phạm vi đó.`,
      `You can manage only the units of your own province; "${unit.name}" is outside it.`,
    );
}
