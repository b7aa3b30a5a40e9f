import type { RouteRecordRaw } from 'vue-router';

// Ứng dụng khai thác: API keys of external apps that read published results (province administrator).
export const apiClientRoutes: RouteRecordRaw[] = [
  {
    path: 'api-clients',
    name: 'apiClients',
    component: () => import('./pages/ApiClientsPage.vue'),
    meta: { capabilities: ['apiClients.manage'], titleKey: 'apiClients.title' },
  },
];
