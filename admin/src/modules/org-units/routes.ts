import type { RouteRecordRaw } from 'vue-router';

export const orgUnitRoutes: RouteRecordRaw[] = [
  {
    path: 'org-units/import',
    name: 'orgUnitsImport',
    component: () => import('./pages/OrgUnitImportPage.vue'),
    meta: { capabilities: ['orgUnits.import'], titleKey: 'orgUnits.import.title' },
  },
  {
    path: 'org-units',
    component: () => import('./pages/OrgUnitsPage.vue'),
    meta: {
      capabilities: ['orgUnits.browse'],
      // Unit officers and heads may open their own unit's page, not the tree.
      allow: (to, session) => typeof to.params.id === 'string' && to.params.id === session.user?.unit.id,
      titleKey: 'orgUnits.title',
    },
    children: [
      { path: '', name: 'orgUnits', component: () => import('./pages/OrgUnitSelectHint.vue') },
      { path: ':id', name: 'orgUnit', component: () => import('./pages/OrgUnitDetailPage.vue'), props: true },
    ],
  },
];
