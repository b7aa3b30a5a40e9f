import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type Router } from 'vue-router';
import type { Capability } from '@/permissions';
import { useSessionStore } from '@/stores/session';
import { useToastStore } from '@/stores/toast';
import { t } from '@/i18n';
import { authRoutes } from '@/modules/auth/routes';
import { homeRoutes } from '@/modules/home/routes';
import { orgUnitRoutes } from '@/modules/org-units/routes';
import { userRoutes } from '@/modules/users/routes';
import { yearRoutes } from '@/modules/years/routes';
import { criteriaRoutes } from '@/modules/criteria/routes';
import { scoreSheetRoutes } from '@/modules/score-sheets/routes';
import { progressRoutes } from '@/modules/progress/routes';
import { resultRoutes } from '@/modules/results/routes';
import { apiClientRoutes } from '@/modules/api-clients/routes';
import { analysisRoutes } from '@/modules/analysis/routes';
import { surveyRoutes } from '@/modules/survey/routes';
import { accountabilityRoutes } from '@/modules/accountability/routes';
import { reportsRoutes } from '@/modules/reports/routes';

type SessionStore = ReturnType<typeof useSessionStore>;

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (sign-in). */
    public?: boolean;
    /** Any of these capabilities opens the route. */
    capabilities?: Capability[];
    /** Extra check that needs the route params (e.g. "own unit only"). */
    allow?: (to: RouteLocationNormalized, session: SessionStore) => boolean;
    /** i18n key of the document title. */
    titleKey?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  {
    path: '/',
    component: () => import('@/layouts/AppShell.vue'),
    children: [
      ...homeRoutes,
      ...orgUnitRoutes,
      ...userRoutes,
      // Later phases fill these modules; they are empty (and out of the nav) until built.
      ...yearRoutes,
      ...criteriaRoutes,
      ...scoreSheetRoutes,
      ...progressRoutes,
      ...resultRoutes,
      ...apiClientRoutes,
      ...analysisRoutes,
      ...surveyRoutes,
      ...accountabilityRoutes,
      ...reportsRoutes,
      {
        path: ':pathMatch(.*)*',
        name: 'notFound',
        component: () => import('@/layouts/NotFoundPage.vue'),
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
];

/** Route access for the current session: the single place the UI decides who may open what. */
export function canOpen(to: RouteLocationNormalized, session: SessionStore): boolean {
  for (const record of to.matched) {
    const caps = record.meta.capabilities;
    const allowed = caps ? caps.some((c) => session.hasCapability(c)) : true;
    const extra = record.meta.allow ? record.meta.allow(to, session) : false;
    if (caps || record.meta.allow) {
      if (!allowed && !extra) return false;
    }
  }
  return true;
}

export function installGuards(router: Router) {
  router.beforeEach((to, from) => {
    const session = useSessionStore();
    if (to.meta.public) {
      if (to.name === 'login' && session.isAuthenticated && session.isValid()) {
        const redirect = typeof to.query.redirect === 'string' ? to.query.redirect : '/';
        return redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
      }
      return true;
    }
    if (!session.isAuthenticated || !session.isValid()) {
      if (session.user) session.end('expired');
      return { name: 'login', query: { redirect: to.fullPath } };
    }
    if (!canOpen(to, session)) {
      useToastStore().error(t('errors.title.FORBIDDEN'), t('errors.forbiddenRoute'), 'FORBIDDEN');
      return from.matched.length > 0 ? false : { name: 'home' };
    }
    return true;
  });
  router.afterEach((to) => {
    const base = t('app.name');
    const key = [...to.matched].reverse().find((r) => r.meta.titleKey)?.meta.titleKey;
    document.title = key ? `${t(key)} · ${base}` : base;
  });
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory('/'),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  installGuards(router);
  return router;
}
