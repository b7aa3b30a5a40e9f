import type { ReportStatus } from '@/graphql/generated/graphql';

/** Colours of the report matrix: green on time, amber late, red missing, grey not yet due. */
export const STATUS_COLOR: Record<ReportStatus, { bg: string; fg: string }> = {
  ON_TIME: { bg: '#E8F5E9', fg: '#1B5E20' },
  LATE: { bg: '#FFF3E0', fg: '#8A4B00' },
  MISSING: { bg: '#FDECEA', fg: '#B3261E' },
  PENDING: { bg: '#F1F3F4', fg: '#3C4043' },
};

/** "2025-07-10" → "10/07/2025". */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
