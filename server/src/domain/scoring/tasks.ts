/**
 * The task inbox ("Việc cần làm"): which piece of work a sheet puts on the current user's desk,
 * and how far its deadline is. Pure: the inbox service feeds it the actions the workflow table
 * allows right now, so the inbox never re-implements who may do what.
 */
import type { LocalizedText } from './hundredths';
import { VIETNAM_UTC_OFFSET_MS, type DeadlineKey, type SheetAction } from './workflow';

/** Kinds of work the scoring subgraph itself knows of; other modules contribute their own kinds. */
export const SHEET_TASK_KINDS = ['FILL', 'SUBMIT', 'EXPLAIN', 'APPRAISE', 'APPROVE'] as const;
export type SheetTaskKind = (typeof SHEET_TASK_KINDS)[number];

export interface SheetTask {
  kind: SheetTaskKind;
  /** Which deadline binds this step (null: the step has none, e.g. the chair's approval). */
  deadlineKey: DeadlineKey | null;
}

/**
 * The one task a sheet gives the user, from the actions he may take now (the province
 * administrator's REOPEN_* overrides are corrections, not work waiting for him, so they never
 * count). A draft is "to fill" while leaves are empty and "to submit" once all are filled.
 */
export function sheetTask(allowed: readonly SheetAction[], progress: { filled: number; total: number }): SheetTask | null {
  const can = (a: SheetAction) => allowed.includes(a);
  if (can('SUBMIT') || can('SAVE_SELF'))
    return { kind: progress.filled < progress.total ? 'FILL' : 'SUBMIT', deadlineKey: 'selfAssessmentDeadline' };
  if (can('SUBMIT_EXPLANATION') || can('SAVE_EXPLANATION')) return { kind: 'EXPLAIN', deadlineKey: 'explanationDeadline' };
  if (can('START_APPRAISAL') || can('SAVE_APPRAISAL') || can('COMPLETE_APPRAISAL') || can('CLOSE_EXPLANATION'))
    return { kind: 'APPRAISE', deadlineKey: 'appraisalDeadline' };
  if (can('APPROVE')) return { kind: 'APPROVE', deadlineKey: null };
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of the calendar day `instant` falls on in Vietnam (UTC+7, no DST). */
function vietnamDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + VIETNAM_UTC_OFFSET_MS) / DAY_MS);
}

/**
 * Whole calendar days from today (Vietnam time) to an inclusive deadline day: 0 on the day
 * itself, 1 the day before, -1 the day after (overdue).
 */
export function daysLeft(now: Date, isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS) - vietnamDayNumber(now);
}

/** What a deadline is for, as the inbox labels it ("Hạn giải trình"). */
export const DEADLINE_PURPOSE: Readonly<Record<DeadlineKey | 'publicationDeadline', LocalizedText>> = {
  selfAssessmentDeadline: { vi: 'Hạn nộp tự đánh giá', en: 'Self-assessment due' },
  explanationDeadline: { vi: 'Hạn giải trình', en: 'Explanation due' },
  appraisalDeadline: { vi: 'Hạn thẩm định', en: 'Appraisal due' },
  publicationDeadline: { vi: 'Hạn công bố', en: 'Publication due' },
};

/** Most urgent first: overdue, then nearest deadline, then undated; then older years; then by title (Vietnamese order). */
export function compareTasks(
  a: { daysLeft: number | null; year: number; title: string },
  b: { daysLeft: number | null; year: number; title: string },
  collator: Intl.Collator,
): number {
  const da = a.daysLeft ?? Number.POSITIVE_INFINITY;
  const db = b.daysLeft ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.year - b.year || collator.compare(a.title, b.title);
}
