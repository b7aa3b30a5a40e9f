import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { routes } from '@/router';
import { ADMIN_ROUTE_ROOTS, GATEWAY_PATHS, pathKind } from '../../../server/src/gateway/admin-paths';

/** First segment of every concrete route (children joined to their parents), the catch-all left out. */
function routeRoots(records: readonly RouteRecordRaw[], parent = ''): string[] {
  return records.flatMap((r) => {
    const full = r.path.startsWith('/') ? r.path : `${parent.replace(/\/$/, '')}/${r.path}`;
    if (full.includes(':pathMatch')) return [];
    const own = full.split('/').filter(Boolean)[0];
    return [...(own ? [own] : []), ...routeRoots(r.children ?? [], full)];
  });
}

/**
 * The gateway answers index.html only for `/` and the admin's route roots (server admin-paths.ts):
 * a route added here without its root there would be a 404 when reloaded or opened from a link.
 */
describe('the gateway knows the admin’s routes', () => {
  it('ADMIN_ROUTE_ROOTS are exactly the first segments of the router’s routes', () => {
    expect([...new Set(routeRoots(routes))].sort()).toEqual([...ADMIN_ROUTE_ROOTS].sort());
  });

  it('every route is a page for the gateway, and none is under a gateway path', () => {
    for (const root of ADMIN_ROUTE_ROOTS) {
      expect(pathKind(`/${root}`), root).toBe('page');
      expect(GATEWAY_PATHS.map((p) => p.slice(1))).not.toContain(root);
    }
  });
});
