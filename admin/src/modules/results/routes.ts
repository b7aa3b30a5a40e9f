import type { RouteRecordRaw } from 'vue-router';

// Kết quả & xếp hạng: /results?year=<id>&group=<id>&district=<id>&unit=<id>
export const resultRoutes: RouteRecordRaw[] = [
  {
    path: 'results',
    name: 'results',
    component: () => import('./pages/ResultsPage.vue'),
    meta: { capabilities: ['results.read'], titleKey: 'results.title' },
  },
];
