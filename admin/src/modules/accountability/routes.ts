import type { RouteRecordRaw } from 'vue-router';

// Trách nhiệm người đứng đầu: /accountability/heads?year=<id>&group=<id>
export const accountabilityRoutes: RouteRecordRaw[] = [
  {
    path: 'accountability/heads',
    name: 'accountabilityHeads',
    component: () => import('./pages/HeadsPage.vue'),
    meta: { capabilities: ['accountability.assess'], titleKey: 'accountability.heads.title' },
  },
];
