/**
 * In-app notifications ("Thông báo"): what lands on whose desk when a sheet or a year moves, and
 * how it reads. Pure: the notification service writes one row per (event, audience unit) with the
 * audience's roles as a bit mask, and a user reads the rows of his unit whose mask meets his roles.
 *
 * Why audiences and not one row per user: users live in the org subgraph, and the scoring
 * subgraph never reads org tables while scoring (architecture: it freezes the roster instead).
 * An audience (unit, roles) is known from the sheet and the roster alone, is resolved when the
 * user reads (his unit and roles come with his token), reaches an officer who joins the unit
 * later, and costs one row per unit, not per person. Read state is per user (notification_read).
 */
import type { LocalizedText } from './hundredths';
import type { DeadlineKey, Role, SheetAction, SheetState } from './workflow';

export const NOTIFICATION_KINDS = [
  'YEAR_OPENED',
  'SHEET_SUBMITTED',
  'EXPLANATION_REQUESTED',
  'EXPLANATION_SUBMITTED',
  'APPRAISAL_COMPLETED',
  'APPROVAL_REQUESTED',
  'RESULT_APPROVED',
  'RETURNED_TO_APPRAISAL',
  'SHEET_REOPENED',
  'RESULTS_PUBLISHED',
  'ATTESTATION_REQUESTED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One bit per role, so an audience of several roles is one row and matches with `mask & mine`. */
export const ROLE_BITS: Readonly<Record<Role, number>> = {
  PROVINCE_ADMIN: 1,
  APPRAISER: 2,
  ASSESSOR_CHAIR: 4,
  UNIT_OFFICER: 8,
  UNIT_HEAD: 16,
  VIEWER: 32,
};

export function roleMask(roles: readonly string[]): number {
  return roles.reduce((mask, role) => mask | (ROLE_BITS[role as Role] ?? 0), 0);
}

/** Whose desk: the assessed unit's own staff, or its assessor unit's council or chair. */
export interface NotificationAudience {
  kind: NotificationKind;
  side: 'UNIT' | 'ASSESSOR';
  roles: readonly Role[];
  /** The deadline the audience now works to, shown in the text. */
  deadlineKey?: DeadlineKey;
}

const UNIT_STAFF: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD'];

/**
 * What a sheet action puts on someone's desk. Saves (no state change) notify nobody; each state
 * change notifies the side that must act next (or learns of its result).
 */
export function sheetNotifications(action: SheetAction, from: SheetState, to: SheetState): NotificationAudience[] {
  if (from === to) return [];
  switch (action) {
    case 'SUBMIT':
      return [{ kind: 'SHEET_SUBMITTED', side: 'ASSESSOR', roles: ['APPRAISER'], deadlineKey: 'appraisalDeadline' }];
    case 'REQUEST_EXPLANATION':
      return [{ kind: 'EXPLANATION_REQUESTED', side: 'UNIT', roles: UNIT_STAFF, deadlineKey: 'explanationDeadline' }];
    case 'SUBMIT_EXPLANATION':
      return [{ kind: 'EXPLANATION_SUBMITTED', side: 'ASSESSOR', roles: ['APPRAISER'], deadlineKey: 'appraisalDeadline' }];
    case 'COMPLETE_APPRAISAL':
      return [
        { kind: 'APPRAISAL_COMPLETED', side: 'UNIT', roles: UNIT_STAFF },
        { kind: 'APPROVAL_REQUESTED', side: 'ASSESSOR', roles: ['ASSESSOR_CHAIR'] },
      ];
    case 'APPROVE':
      return [{ kind: 'RESULT_APPROVED', side: 'UNIT', roles: UNIT_STAFF }];
    case 'RETURN_TO_APPRAISAL':
    case 'REOPEN_APPRAISAL':
      return [{ kind: 'RETURNED_TO_APPRAISAL', side: 'ASSESSOR', roles: ['APPRAISER'] }];
    case 'REOPEN_SELF_ASSESSMENT':
      return [{ kind: 'SHEET_REOPENED', side: 'UNIT', roles: UNIT_STAFF, deadlineKey: 'selfAssessmentDeadline' }];
    default:
      return [];
  }
}

/** What a year's move puts on every roster unit's desk (null: nothing; steps back are corrections). */
export function yearNotification(from: string, to: string): NotificationAudience | null {
  if (from === 'PLANNING' && to === 'SELF_ASSESSMENT')
    return { kind: 'YEAR_OPENED', side: 'UNIT', roles: UNIT_STAFF, deadlineKey: 'selfAssessmentDeadline' };
  if (from === 'FINALIZED' && to === 'PUBLISHED') return { kind: 'RESULTS_PUBLISHED', side: 'UNIT', roles: UNIT_STAFF };
  return null;
}

/** Stored with the row so the text never needs another read. */
export interface NotificationParams {
  unitName: string | null;
  yearName: string;
  /** Inclusive ISO day of the deadline the recipient works to, if any. */
  deadline?: string | null;
  /** Who caused it (display name), if a person did. */
  actorName?: string | null;
  /** ATTESTATION_REQUESTED: the submission or the explanation. */
  purpose?: 'SUBMIT' | 'EXPLANATION';
}

/** dd/mm/yyyy, as every table shows dates. */
function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Title and one-line body of a notification in both languages. */
export function notificationText(kind: NotificationKind, p: NotificationParams): { title: LocalizedText; body: LocalizedText } {
  const unit = p.unitName ?? '';
  const due: LocalizedText = p.deadline ? { vi: ` Hạn: ${day(p.deadline)}.`, en: ` Due: ${day(p.deadline)}.` } : { vi: '', en: '' };
  const by: LocalizedText = p.actorName ? { vi: ` (${p.actorName})`, en: ` (${p.actorName})` } : { vi: '', en: '' };
  const t = (vi: string, en: string, bodyVi: string, bodyEn: string) => ({
    title: { vi, en },
    body: { vi: bodyVi, en: bodyEn },
  });
  switch (kind) {
    case 'YEAR_OPENED':
      return t(
        `Đã mở kỳ tự đánh giá ${p.yearName}`,
        `Self-assessment ${p.yearName} is open`,
        `${unit} cần nhập và nộp phiếu tự đánh giá.${due.vi}`,
        `${unit} must fill in and submit its self-assessment.${due.en}`,
      );
    case 'SHEET_SUBMITTED':
      return t(
        `${unit} đã nộp phiếu tự đánh giá`,
        `${unit} submitted its self-assessment`,
        `Phiếu ${p.yearName} chờ thẩm định${by.vi}.${due.vi}`,
        `The ${p.yearName} sheet awaits appraisal${by.en}.${due.en}`,
      );
    case 'EXPLANATION_REQUESTED':
      return t(
        'Đề nghị giải trình',
        'Explanation requested',
        `Đơn vị thẩm định đề nghị ${unit} giải trình phiếu ${p.yearName}${by.vi}.${due.vi}`,
        `The appraisers ask ${unit} to explain its ${p.yearName} sheet${by.en}.${due.en}`,
      );
    case 'EXPLANATION_SUBMITTED':
      return t(
        `${unit} đã gửi giải trình`,
        `${unit} sent its explanation`,
        `Phiếu ${p.yearName} chờ thẩm định vòng 2${by.vi}.${due.vi}`,
        `The ${p.yearName} sheet awaits round-2 appraisal${by.en}.${due.en}`,
      );
    case 'APPRAISAL_COMPLETED':
      return t(
        'Đã hoàn thành thẩm định',
        'Appraisal completed',
        `Phiếu ${p.yearName} của ${unit} đã được thẩm định, chờ phê duyệt.`,
        `${unit}’s ${p.yearName} sheet has been appraised and awaits approval.`,
      );
    case 'APPROVAL_REQUESTED':
      return t(
        `Chờ phê duyệt: ${unit}`,
        `Awaiting approval: ${unit}`,
        `Kết quả thẩm định phiếu ${p.yearName} của ${unit} chờ phê duyệt${by.vi}.`,
        `The appraisal of ${unit}’s ${p.yearName} sheet awaits your approval${by.en}.`,
      );
    case 'RESULT_APPROVED':
      return t(
        'Kết quả đã được phê duyệt',
        'Result approved',
        `Kết quả thẩm định phiếu ${p.yearName} của ${unit} đã được phê duyệt.`,
        `The appraisal of ${unit}’s ${p.yearName} sheet has been approved.`,
      );
    case 'RETURNED_TO_APPRAISAL':
      return t(
        `Trả lại để thẩm định lại: ${unit}`,
        `Returned for appraisal: ${unit}`,
        `Phiếu ${p.yearName} của ${unit} được trả lại để thẩm định lại${by.vi}.`,
        `${unit}’s ${p.yearName} sheet was returned for appraisal${by.en}.`,
      );
    case 'SHEET_REOPENED':
      return t(
        'Phiếu được mở lại để tự đánh giá',
        'Sheet reopened for self-assessment',
        `Phiếu ${p.yearName} của ${unit} được mở lại để chỉnh sửa và nộp lại${by.vi}.`,
        `${unit}’s ${p.yearName} sheet was reopened to be corrected and submitted again${by.en}.`,
      );
    case 'RESULTS_PUBLISHED':
      return t(
        `Đã công bố kết quả ${p.yearName}`,
        `${p.yearName} results published`,
        `Kết quả Chỉ số CCHC ${p.yearName} của ${unit} đã được công bố.`,
        `${unit}’s ${p.yearName} PAR Index result has been published.`,
      );
    case 'ATTESTATION_REQUESTED':
      return t(
        'Đề nghị người đứng đầu xác nhận',
        'Head’s attestation requested',
        `${p.purpose === 'EXPLANATION' ? 'Giải trình' : 'Phiếu tự đánh giá'} ${p.yearName} của ${unit} chờ người đứng đầu xác nhận${by.vi}.`,
        `${unit}’s ${p.yearName} ${p.purpose === 'EXPLANATION' ? 'explanation' : 'self-assessment'} awaits the head’s attestation${by.en}.`,
      );
  }
}
