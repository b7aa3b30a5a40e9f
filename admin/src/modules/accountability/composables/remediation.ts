import type { RemediationSource, RemediationStatus } from '@/graphql/generated/graphql';

/** The form of "Giao nội dung khắc phục" (by hand, or pre-filled from a sheet's row). */
export interface RemediationDraft {
  unitId: string;
  sourceType: RemediationSource;
  criterionId: string;
  title: string;
  deadline: string;
}

/** Badge tone of an item: overdue items are red whatever their status (issue 10 §4). */
export function remediationTone(item: {
  status: RemediationStatus;
  overdue: boolean;
}): 'danger' | 'warning' | 'success' | 'neutral' | 'primary' {
  if (item.overdue) return 'danger';
  switch (item.status) {
    case 'REPORTED':
      return 'warning';
    case 'RETURNED':
      return 'warning';
    case 'CLOSED':
      return 'success';
    case 'CANCELLED':
      return 'neutral';
    default:
      return 'primary';
  }
}

/** "Quá hạn 3 ngày" / "Còn 5 ngày" / "Hết hạn hôm nay" for a pending item; null when closed. */
export function deadlineHint(
  item: { status: RemediationStatus; daysLeft: number; overdue: boolean },
  t: (key: string, values?: Record<string, unknown>) => string,
): string | null {
  if (item.status === 'CLOSED' || item.status === 'CANCELLED') return null;
  if (item.overdue) return t('remediation.overdue', { n: -item.daysLeft });
  if (item.daysLeft === 0) return t('remediation.today');
  return t('remediation.daysLeft', { n: item.daysLeft });
}
