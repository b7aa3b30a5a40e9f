import type { RouteRecordRaw } from 'vue-router';

// Kỳ đánh giá: the province administrator configures; appraisers, chairs and viewers read.
export const yearRoutes: RouteRecordRaw[] = [
  {
    path: 'years',
    name: 'years',
    component: () => import('./pages/YearsPage.vue'),
    meta: { capabilities: ['years.read'], titleKey: 'years.title' },
  },
  {
    path: 'years/:id',
    name: 'year',
    component: () => import('./pages/YearDetailPage.vue'),
    props: true,
    meta: { capabilities: ['years.read'], titleKey: 'years.title' },
  },
];
