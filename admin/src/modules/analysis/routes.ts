import type { RouteRecordRaw } from 'vue-router';

// Phân tích & báo cáo: /analysis?year=<id>&group=<id>&district=<id>&tab=criteria|heatmap|unit|compare
export const analysisRoutes: RouteRecordRaw[] = [
  {
    path: 'analysis',
    name: 'analysis',
    component: () => import('./pages/AnalysisPage.vue'),
    meta: { capabilities: ['analysis.read'], titleKey: 'analysis.title' },
  },
  {
    // ?year=<id>&district=<id>: the annual report (printable, XLSX)
    path: 'analysis/report',
    name: 'annualReport',
    component: () => import('./pages/AnnualReportPage.vue'),
    meta: { capabilities: ['analysis.read'], titleKey: 'analysis.reportDoc.pageTitle' },
  },
  {
    // ?year=<id>&group=<id>&draftYear=<id>&draftGroup=<id>: re-score with a draft set, in memory
    path: 'analysis/what-if',
    name: 'whatIf',
    component: () => import('./pages/WhatIfPage.vue'),
    meta: { capabilities: ['years.manage'], titleKey: 'analysis.whatIfPage.title' },
  },
  {
    // PAR INDEX, SIPAS, PAPI, PCI over the years beside the province's own index; DDCI per unit
    path: 'analysis/national-indices',
    name: 'nationalIndices',
    component: () => import('./pages/NationalIndicesPage.vue'),
    meta: { capabilities: ['analysis.read'], titleKey: 'analysis.national.title' },
  },
];
