import type { RouteRecordRaw } from 'vue-router'

// Kết quả & xếp hạng (index, ranking, classification) — built in a later phase. Routes are added here (lazy, with meta.capabilities) and the
// nav entry in layouts/nav.ts is added at the same time, so nobody sees an unfinished page.
export const resultRoutes: RouteRecordRaw[] = []
