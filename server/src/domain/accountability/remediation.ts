/**
 * Remediation items (khắc phục hạn chế, issue 10 §4): what a unit must fix, by when, and the
 * path to closing it. The unit reports progress with evidence; the assessor accepts (closes) or
 * returns the report with a reason. Pure: the services apply these rules, the admin shows them.
 *
 *   OPEN ──REPORT──▶ REPORTED ──ACCEPT──▶ CLOSED
 *     ▲                │  ▲                 │
 *     │             RETURN│REPORT            │REOPEN (assessor, with a reason)
 *     │                ▼  │                 │
 *     └──────────── RETURNED ◀──────────────┘ (back to OPEN)
 *
 * CANCELLED: the finding the item came from was removed (or the assessor withdrew it); final.
 */
import type { LocalizedText } from '../scoring';
import { daysLeft } from '../scoring/tasks';

export const REMEDIATION_STATUSES = ['OPEN', 'REPORTED', 'RETURNED', 'CLOSED', 'CANCELLED'] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export const REMEDIATION_ACTIONS = ['REPORT', 'ACCEPT', 'RETURN', 'REOPEN', 'CANCEL'] as const;
export type RemediationAction = (typeof REMEDIATION_ACTIONS)[number];

/** Where an item comes from: a leaf that lost points in appraisal, an inspection finding, or by hand. */
export const REMEDIATION_SOURCES = ['APPRAISAL', 'INSPECTION', 'MANUAL'] as const;
export type RemediationSource = (typeof REMEDIATION_SOURCES)[number];

/** Who acts: the unit itself (its officer or head), or its assessor (province, or district for its communes). */
export type RemediationSide = 'UNIT' | 'ASSESSOR';

interface Transition {
  readonly action: RemediationAction;
  readonly side: RemediationSide;
  readonly from: readonly RemediationStatus[];
  readonly to: RemediationStatus;
  /** The action needs a written reason / report text. */
  readonly needsText: boolean;
}

export const REMEDIATION_TRANSITIONS: readonly Transition[] = [
  { action: 'REPORT', side: 'UNIT', from: ['OPEN', 'RETURNED', 'REPORTED'], to: 'REPORTED', needsText: true },
  { action: 'ACCEPT', side: 'ASSESSOR', from: ['REPORTED'], to: 'CLOSED', needsText: false },
  { action: 'RETURN', side: 'ASSESSOR', from: ['REPORTED'], to: 'RETURNED', needsText: true },
  { action: 'REOPEN', side: 'ASSESSOR', from: ['CLOSED'], to: 'OPEN', needsText: true },
  { action: 'CANCEL', side: 'ASSESSOR', from: ['OPEN', 'REPORTED', 'RETURNED'], to: 'CANCELLED', needsText: true },
];

const STATUS_LABEL: Readonly<Record<RemediationStatus, LocalizedText>> = {
  OPEN: { vi: 'đang khắc phục', en: 'open' },
  REPORTED: { vi: 'đã báo cáo, chờ chấp nhận', en: 'reported, awaiting acceptance' },
  RETURNED: { vi: 'bị trả lại', en: 'returned' },
  CLOSED: { vi: 'đã hoàn thành', en: 'closed' },
  CANCELLED: { vi: 'đã hủy', en: 'cancelled' },
};

export interface RemediationRefusal extends LocalizedText {
  readonly reason: 'REMEDIATION_STATE' | 'REMEDIATION_SIDE' | 'REASON_REQUIRED';
}

/** The state an action leads to, or why it may not be taken (coded, Vietnamese first). */
export function remediationTransition(
  status: RemediationStatus,
  action: RemediationAction,
  side: RemediationSide,
  text: string | null | undefined,
): { to: RemediationStatus } | { refusal: RemediationRefusal } {
  const t = REMEDIATION_TRANSITIONS.find((x) => x.action === action)!;
  if (t.side !== side)
    return {
      refusal:
        t.side === 'UNIT'
          ? {
              reason: 'REMEDIATION_SIDE',
              vi: 'Chỉ đơn vị được giao khắc phục mới báo cáo kết quả khắc phục.',
              en: 'Only the unit that must remediate reports progress.',
            }
          : {
              reason: 'REMEDIATION_SIDE',
              vi: 'Chỉ cơ quan đánh giá của đơn vị mới được chấp nhận, trả lại, mở lại hoặc hủy nội dung khắc phục.',
              en: 'Only the unit’s assessor accepts, returns, reopens or cancels a remediation item.',
            },
    };
  if (!t.from.includes(status))
    return {
      refusal: {
        reason: 'REMEDIATION_STATE',
        vi: `Nội dung khắc phục ${STATUS_LABEL[status].vi}, không thể ${ACTION_LABEL[action].vi}.`,
        en: `The item is ${STATUS_LABEL[status].en}; it cannot be ${ACTION_LABEL[action].en}.`,
      },
    };
  if (t.needsText && !(text ?? '').trim())
    return {
      refusal: {
        reason: 'REASON_REQUIRED',
        vi: action === 'REPORT' ? 'Cần nêu kết quả khắc phục đã thực hiện.' : `Cần nêu lý do ${ACTION_LABEL[action].vi}.`,
        en: action === 'REPORT' ? 'Describe what was done.' : `A reason is required to ${ACTION_LABEL[action].en.replace(/ed$/, '')}.`,
      },
    };
  return { to: t.to };
}

const ACTION_LABEL: Readonly<Record<RemediationAction, LocalizedText>> = {
  REPORT: { vi: 'báo cáo kết quả', en: 'reported' },
  ACCEPT: { vi: 'chấp nhận', en: 'accepted' },
  RETURN: { vi: 'trả lại', en: 'returned' },
  REOPEN: { vi: 'mở lại', en: 'reopened' },
  CANCEL: { vi: 'hủy', en: 'cancelled' },
};

/** Actions a side may take on an item in this status (the admin's buttons). */
export function remediationActions(status: RemediationStatus, side: RemediationSide): RemediationAction[] {
  return REMEDIATION_TRANSITIONS.filter((t) => t.side === side && t.from.includes(status)).map((t) => t.action);
}

/** Still something to do (not closed, not cancelled). */
export function isPending(status: RemediationStatus): boolean {
  return status !== 'CLOSED' && status !== 'CANCELLED';
}

/**
 * Overdue: still pending once the deadline day is over in Vietnam (UTC+7, no DST). The deadline
 * is inclusive: 23:59 Vietnam time of that day is on time, 00:00 of the next day is overdue.
 */
export function isOverdue(item: { status: RemediationStatus; deadline: string }, now: Date): boolean {
  return isPending(item.status) && daysLeft(now, item.deadline) < 0;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** An ISO day `days` after another (calendar arithmetic, no time zone involved). */
export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Problems of an item's content: what to fix and the deadline. */
export function validateRemediation(input: { title: string; deadline: string }): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (!input.title.trim()) problems.push({ vi: 'cần nêu nội dung phải khắc phục', en: 'describe what must be fixed' });
  if (input.title.length > 2000)
    problems.push({ vi: 'nội dung khắc phục dài quá 2000 ký tự', en: 'the description is limited to 2000 characters' });
  if (!isIsoDay(input.deadline)) problems.push({ vi: 'thời hạn khắc phục không hợp lệ (YYYY-MM-DD)', en: 'invalid deadline (YYYY-MM-DD)' });
  // The window of every date the API takes (the Date scalar refuses the others before they get here).
  else if (input.deadline < '1900-01-01' || input.deadline > '2199-12-31')
    problems.push({ vi: 'thời hạn khắc phục phải trong khoảng năm 1900–2199', en: 'the deadline must fall within 1900–2199' });
  return problems;
}

/** Days a finding's remediation gets when the inspection does not set one. */
export const DEFAULT_REMEDIATION_DAYS = 60;

/** Whole days left to an inclusive deadline day in Vietnam (0: today, negative: overdue). */
export function daysLeftToDeadline(now: Date, deadline: string): number {
  return daysLeft(now, deadline);
}

/** The longest reason an edit takes. */
export const MAX_REMEDIATION_REASON = 2000;

export interface RemediationEditRefusal extends LocalizedText {
  readonly reason: 'REMEDIATION_STATE' | 'REASON_REQUIRED' | 'INVALID_REMEDIATION' | 'NO_CHANGE';
}

/** What an edit changed, before and after (kept with the item's history). */
export interface RemediationEditChange {
  readonly title?: { readonly before: string; readonly after: string };
  readonly deadline?: { readonly before: string; readonly after: string };
}

/** Whether the item's text and deadline may still be changed (by its assessor): while it is pending. */
export function remediationEditable(status: RemediationStatus): boolean {
  return isPending(status);
}

const dayVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * An assessor's edit of a pending item's text and/or deadline (null or absent: unchanged), with a
 * required reason: the item as it will be and what changed, or the coded refusal. A closed or
 * cancelled item is history (reopen it first); a moved deadline may not fall before today in
 * Vietnam (an item would be overdue the moment it is saved) — an unchanged one is not checked, so
 * the text of an overdue item can still be corrected.
 */
export function remediationEdit(
  item: { readonly status: RemediationStatus; readonly title: string; readonly deadline: string },
  change: { readonly title?: string | null; readonly deadline?: string | null; readonly reason?: string | null },
  now: Date,
): { next: { title: string; deadline: string }; changed: RemediationEditChange } | { refusal: RemediationEditRefusal } {
  const refuse = (reason: RemediationEditRefusal['reason'], vi: string, en: string) => ({ refusal: { reason, vi, en } });
  if (!remediationEditable(item.status))
    return refuse(
      'REMEDIATION_STATE',
      `Nội dung khắc phục ${STATUS_LABEL[item.status].vi}: không sửa được nội dung và thời hạn${item.status === 'CLOSED' ? ' (mở lại trước nếu cần)' : ''}.`,
      `The item is ${STATUS_LABEL[item.status].en}: its text and deadline can no longer be changed${item.status === 'CLOSED' ? ' (reopen it first)' : ''}.`,
    );
  const reason = (change.reason ?? '').trim();
  if (!reason) return refuse('REASON_REQUIRED', 'Cần nêu lý do thay đổi.', 'A reason is required.');
  if (reason.length > MAX_REMEDIATION_REASON)
    return refuse(
      'INVALID_REMEDIATION',
      `Lý do dài quá ${MAX_REMEDIATION_REASON} ký tự.`,
      `The reason is limited to ${MAX_REMEDIATION_REASON} characters.`,
    );
  const title = change.title === null || change.title === undefined ? item.title : change.title.trim();
  const deadline = change.deadline === null || change.deadline === undefined ? item.deadline : change.deadline;
  const problems = validateRemediation({ title, deadline });
  if (deadline !== item.deadline && problems.length === 0 && daysLeft(now, deadline) < 0)
    problems.push({
      vi: `thời hạn mới (${dayVi(deadline)}) đã qua; thời hạn phải từ hôm nay trở đi`,
      en: `the new deadline (${deadline}) has passed; it must be today or later`,
    });
  if (problems.length)
    return refuse(
      'INVALID_REMEDIATION',
      `Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`,
      `Not saved: ${problems.map((p) => p.en).join('; ')}.`,
    );
  const changed: { title?: { before: string; after: string }; deadline?: { before: string; after: string } } = {};
  if (title !== item.title) changed.title = { before: item.title, after: title };
  if (deadline !== item.deadline) changed.deadline = { before: item.deadline, after: deadline };
  if (!changed.title && !changed.deadline)
    return refuse('NO_CHANGE', 'Nội dung và thời hạn không thay đổi: không có gì để lưu.', 'Neither the text nor the deadline changed.');
  return { next: { title, deadline }, changed };
}
