import type { RouteRecordRaw } from 'vue-router';

export const userRoutes: RouteRecordRaw[] = [
  {
    path: 'users',
    name: 'users',
    component: () => import('./pages/UsersPage.vue'),
    meta: { capabilities: ['users.manage'], titleKey: 'users.title' },
  },
];
