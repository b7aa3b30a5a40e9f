import type { RouteRecordRaw } from 'vue-router';

// Phiếu chấm điểm. Who may read or act on a sheet is decided by the server (delegation scope);
// the page shows its "not found / not allowed" state when the API refuses.
export const scoreSheetRoutes: RouteRecordRaw[] = [
  {
    path: 'score-sheets',
    name: 'scoreSheets',
    component: () => import('./pages/ScoreSheetsHomePage.vue'),
    meta: { capabilities: ['scoreSheets.own', 'progress.view'], titleKey: 'scoreSheets.title' },
  },
  {
    path: 'score-sheets/:id',
    name: 'scoreSheet',
    component: () => import('./pages/ScoreSheetPage.vue'),
    props: true,
    meta: { capabilities: ['scoreSheets.own', 'progress.view'], titleKey: 'scoreSheets.title' },
  },
];
