import type { RouteRecordRaw } from 'vue-router';

// Báo cáo định kỳ: /reports?year=<id>&group=<id>; Thi đua, khen thưởng: /emulation?year=<id>&group=<id>
export const reportsRoutes: RouteRecordRaw[] = [
  {
    path: 'reports',
    name: 'periodicReports',
    component: () => import('./pages/ReportsPage.vue'),
    meta: { capabilities: ['accountability.assess', 'accountability.unit'], titleKey: 'reports.title' },
  },
  {
    path: 'emulation',
    name: 'emulation',
    component: () => import('./pages/EmulationPage.vue'),
    // A unit's officers and head read the published list too (the server says what of it).
    meta: { capabilities: ['accountability.assess', 'accountability.unit'], titleKey: 'emulation.title' },
  },
];
