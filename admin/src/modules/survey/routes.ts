import type { RouteRecordRaw } from 'vue-router';

// Nhập điều tra XHH: /survey-import?year=<id>
export const surveyRoutes: RouteRecordRaw[] = [
  {
    path: 'survey-import',
    name: 'surveyImport',
    component: () => import('./pages/SurveyImportPage.vue'),
    meta: { capabilities: ['surveys.import'], titleKey: 'survey.title' },
  },
];
