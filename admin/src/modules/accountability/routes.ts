import type { RouteRecordRaw } from 'vue-router';

// Trách nhiệm người đứng đầu: /accountability/heads?year=<id>&group=<id>
export const accountabilityRoutes: RouteRecordRaw[] = [
  {
    path: 'accountability/heads',
    name: 'accountabilityHeads',
    component: () => import('./pages/HeadsPage.vue'),
    meta: { capabilities: ['accountability.assess'], titleKey: 'accountability.heads.title' },
  },
  // Kiểm tra: /accountability/inspections?year=<id>&unit=<id>
  {
    path: 'accountability/inspections',
    name: 'accountabilityInspections',
    component: () => import('./pages/InspectionsPage.vue'),
    meta: { capabilities: ['accountability.assess'], titleKey: 'inspections.title' },
  },
  // Kiểm tra của chính đơn vị (qua các năm): /accountability/my-inspections
  {
    path: 'accountability/my-inspections',
    name: 'unitInspections',
    component: () => import('./pages/UnitInspectionsPage.vue'),
    meta: { capabilities: ['accountability.unit'], titleKey: 'inspections.unitPage.title' },
  },
  // Khắc phục: /accountability/remediation?year=<id>&unit=<id>&status=<s>&overdue=1&item=<id>
  {
    path: 'accountability/remediation',
    name: 'accountabilityRemediation',
    component: () => import('./pages/RemediationPage.vue'),
    meta: { capabilities: ['accountability.assess', 'accountability.unit'], titleKey: 'remediation.title' },
  },
];
