import type { YearStatus } from '@/graphql/generated/graphql';

/**
 * The year the results page opens on: the newest one whose figures the user may see. The
 * assessor side (dashboards) sees provisional figures from self-assessment on; a unit's officers
 * and head see no rank or classification before publication, so they open on the newest
 * published year (the server enforces the same; this only avoids opening on an empty page).
 */
export function resultsYearPreference(assessorSide: boolean): (y: { status: YearStatus }) => boolean {
  return assessorSide ? (y) => y.status !== 'PLANNING' : (y) => y.status === 'PUBLISHED';
}
