import type { ProgressSheetsQuery, SheetStatus } from '@/graphql/generated/graphql';
import { compareNames } from '@/i18n/format';
import { foldVietnamese } from './fold';

/** A sheet of the table with its group's name (looked up in the year's groups). */
export type ProgressRow = ProgressSheetsQuery['scoreSheets']['edges'][number]['node'] & { groupName: string };

export type SortKey = 'unit' | 'group' | 'assessor' | 'status' | 'progress' | 'deadline' | 'selfTotal' | 'finalTotal';

export interface ProgressFilter {
  groupId: string | null;
  assessorUnitId: string | null;
  status: SheetStatus | null;
  overdueOnly: boolean;
  term: string;
}

export function filterRows(rows: readonly ProgressRow[], f: ProgressFilter): ProgressRow[] {
  const needle = foldVietnamese(f.term.trim());
  return rows.filter(
    (r) =>
      (!f.groupId || r.groupId === f.groupId) &&
      (!f.assessorUnitId || r.assessorUnitId === f.assessorUnitId) &&
      (!f.status || r.status === f.status) &&
      (!f.overdueOnly || r.overdue) &&
      (!needle || foldVietnamese(r.unitName).includes(needle)),
  );
}

const STATE_ORDER: SheetStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_APPRAISAL',
  'EXPLANATION_REQUESTED',
  'EXPLAINED',
  'APPRAISED',
  'APPROVED',
  'FINALIZED',
  'PUBLISHED',
];

function num(v: number | null | undefined): number {
  return v === null || v === undefined ? -1 : v;
}

/** Stable sort; ties fall back to the unit name in Vietnamese order. */
export function sortRows(rows: readonly ProgressRow[], key: SortKey, dir: 1 | -1): ProgressRow[] {
  const cmp = (a: ProgressRow, b: ProgressRow): number => {
    switch (key) {
      case 'unit':
        return compareNames(a.unitName, b.unitName);
      case 'group':
        return compareNames(a.groupName, b.groupName);
      case 'assessor':
        return compareNames(a.assessorUnitName ?? '', b.assessorUnitName ?? '');
      case 'status':
        return STATE_ORDER.indexOf(a.status) - STATE_ORDER.indexOf(b.status);
      case 'progress':
        return (
          (a.progress.total ? a.progress.filled / a.progress.total : 0) - (b.progress.total ? b.progress.filled / b.progress.total : 0)
        );
      case 'deadline':
        return (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
      case 'selfTotal':
        return num(a.totals.selfTotal) - num(b.totals.selfTotal);
      case 'finalTotal':
        return num(a.totals.appraisedTotal) - num(b.totals.appraisedTotal);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) * dir || compareNames(a.unitName, b.unitName));
}
