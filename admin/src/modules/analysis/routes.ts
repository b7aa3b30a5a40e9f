import type { RouteRecordRaw } from 'vue-router';

// Phân tích & báo cáo: /analysis?year=<id>&group=<id>&district=<id>&tab=criteria|heatmap|unit|compare
export const analysisRoutes: RouteRecordRaw[] = [
  {
    path: 'analysis',
    name: 'analysis',
    component: () => import('./pages/AnalysisPage.vue'),
    meta: { capabilities: ['analysis.read'], titleKey: 'analysis.title' },
  },
];
