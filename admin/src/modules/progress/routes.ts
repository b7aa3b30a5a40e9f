import type { RouteRecordRaw } from 'vue-router';

// Theo dõi tiến độ: assessor dashboards (the server limits the rows to the user's scope).
export const progressRoutes: RouteRecordRaw[] = [
  {
    path: 'progress',
    name: 'progress',
    component: () => import('./pages/ProgressPage.vue'),
    meta: { capabilities: ['progress.view'], titleKey: 'progress.title' },
  },
];
