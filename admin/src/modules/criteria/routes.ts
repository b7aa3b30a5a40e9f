import type { RouteRecordRaw } from 'vue-router'

// Bộ tiêu chí (criteria sets and weights) — built in a later phase. Routes are added here (lazy, with meta.capabilities) and the
// nav entry in layouts/nav.ts is added at the same time, so nobody sees an unfinished page.
export const criteriaRoutes: RouteRecordRaw[] = []
