/**
 * Periodic reform reports (báo cáo CCHC định kỳ, issue 10 §5): the province sets reporting
 * periods for a year (quarter, half-year, year), each with a due day and the unit groups that must
 * report; every unit of those groups sends its report online or on paper. A report's status
 * is read on Vietnam calendar days (Asia/Ho_Chi_Minh, UTC+7 all year):
 *
 * - ON_TIME: received on or before the due day;
 * - LATE: received after the due day;
 * - MISSING: the due day is over (from 00:00 the next day, Vietnam time) and nothing was received;
 * - PENDING: nothing received yet and the due day has not passed.
 */
import type { LocalizedText } from '../scoring';
import { isPastDeadline, VIETNAM_UTC_OFFSET_MS } from '../scoring';
import { isIsoDay } from './remediation';

export const REPORT_PERIOD_KINDS = ['QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export const REPORT_STATUSES = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, LocalizedText>> = {
  ON_TIME: { vi: 'Đúng hạn', en: 'On time' },
  LATE: { vi: 'Chậm', en: 'Late' },
  MISSING: { vi: 'Chưa gửi (quá hạn)', en: 'Missing' },
  PENDING: { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

export const REPORT_PERIOD_KIND_LABELS: Readonly<Record<ReportPeriodKind, LocalizedText>> = {
  QUARTER: { vi: 'Quý', en: 'Quarter' },
  HALF_YEAR: { vi: '6 tháng', en: 'Half-year' },
  YEAR: { vi: 'Năm', en: 'Year' },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Vietnam calendar day (YYYY-MM-DD) an instant falls on. */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

export interface ReportState {
  readonly status: ReportStatus;
  /** Calendar days after the due day the report came (LATE), or has been missing (MISSING); else null. */
  readonly daysLate: number | null;
}

/**
 * The status of one unit's report for one period. `receivedOn` is the Vietnam calendar day the
 * report was received (an online submission's day in Vietnam time, or the paper report's
 * received day), null when nothing was received.
 */
export function reportState(dueDate: string, receivedOn: string | null, now: Date): ReportState {
  if (receivedOn !== null) {
    const late = dayNumber(receivedOn) - dayNumber(dueDate);
    return late > 0 ? { status: 'LATE', daysLate: late } : { status: 'ON_TIME', daysLate: null };
  }
  if (!isPastDeadline(now, dueDate)) return { status: 'PENDING', daysLate: null };
  return { status: 'MISSING', daysLate: dayNumber(vietnamDay(now)) - dayNumber(dueDate) };
}

/** A late or missing report may cost points (the period's penalty leaf), at the assessor's click. */
export function penaltyApplies(status: ReportStatus): boolean {
  return status === 'LATE' || status === 'MISSING';
}

export interface ReportPeriodDraft {
  readonly kind: string;
  readonly title: string;
  readonly dueDate: string;
  readonly groupIds: readonly string[];
}

/**
 * Problems of a period definition. The due day may fall in the year or in the next (the yearly
 * report of year N is due in December of N or early N+1; a summary report may be asked for while
 * year N is under appraisal, during N+1).
 */
export function validateReportPeriod(period: ReportPeriodDraft, year: number, knownGroupIds: readonly string[]): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (!(REPORT_PERIOD_KINDS as readonly string[]).includes(period.kind))
    problems.push({ vi: 'loại kỳ báo cáo phải là quý, 6 tháng hoặc năm', en: 'the kind must be QUARTER, HALF_YEAR or YEAR' });
  const title = period.title.trim();
  if (title === '') problems.push({ vi: 'cần nhập tên kỳ báo cáo', en: 'the title is required' });
  if (title.length > 200) problems.push({ vi: 'tên kỳ báo cáo dài quá 200 ký tự', en: 'the title is limited to 200 characters' });
  if (!isIsoDay(period.dueDate)) problems.push({ vi: 'hạn gửi không hợp lệ (YYYY-MM-DD)', en: 'invalid due date (YYYY-MM-DD)' });
  else if (period.dueDate < `${year}-01-01` || period.dueDate > `${year + 1}-12-31`)
    problems.push({
      vi: `hạn gửi phải trong năm ${year} hoặc năm ${year + 1}`,
      en: `the due date must fall in ${year} or ${year + 1}`,
    });
  if (period.groupIds.length === 0)
    problems.push({ vi: 'cần chọn ít nhất một khối phải báo cáo', en: 'choose at least one unit group that must report' });
  if (period.groupIds.some((g) => !knownGroupIds.includes(g)))
    problems.push({ vi: 'khối được chọn không thuộc kỳ đánh giá này', en: 'a chosen group does not belong to this year' });
  return problems;
}

/** Whole days from today (Vietnam time) to the due day: 0 on the day, negative once overdue. */
export function reportDaysLeft(now: Date, dueDate: string): number {
  return dayNumber(dueDate) - dayNumber(vietnamDay(now));
}

/** What an applied report penalty rests on: the unit's group, the report's received day, the leaf it was written on. */
export interface AppliedReportPenalty {
  readonly groupId: string;
  readonly receivedOn: string | null;
  readonly leafCode: string | null;
}

/**
 * Whether a penalty applied for a late or missing report is still justified by the period as it
 * is (or would become): the unit's group still reports in it, the penalty leaf is still the one
 * the penalty was written on, and the report is still late or missing on this due day. An edit
 * of the period or of a paper report's received day that breaks this would leave points off a
 * unit for a report that is on time, not due, or not required: the assessor withdraws the
 * penalty first (with a reason), then edits.
 */
export function reportPenaltyStillApplies(
  period: { readonly dueDate: string; readonly groupIds: readonly string[]; readonly penaltyLeafCode: string | null },
  applied: AppliedReportPenalty,
  now: Date,
): boolean {
  if (!period.groupIds.includes(applied.groupId)) return false;
  if (applied.leafCode !== null && period.penaltyLeafCode !== applied.leafCode) return false;
  return penaltyApplies(reportState(period.dueDate, applied.receivedOn, now).status);
}

/** "A, B, C và 4 đơn vị khác": names in an error an official reads. */
export function unitNamesVi(names: readonly string[], shown = 5): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} và ${names.length - shown} đơn vị khác`;
}
