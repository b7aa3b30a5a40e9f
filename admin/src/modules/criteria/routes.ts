import type { RouteRecordRaw } from 'vue-router';

// Bộ tiêu chí: /criteria?year=<id>&group=<id>; editable by the province administrator only.
export const criteriaRoutes: RouteRecordRaw[] = [
  {
    path: 'criteria',
    name: 'criteria',
    component: () => import('./pages/CriteriaPage.vue'),
    meta: { capabilities: ['years.read'], titleKey: 'criteria.title' },
  },
];
