/**
 * Score sheet and assessment year workflow (§6 of the domain brief) as data plus
 * pure decision functions. The API returns `availableActions` so that the SPA never
 * re-implements these rules, and every refusal carries a Vietnamese reason.
 *
 * Choices where the brief was open:
 * - SUBMIT / SUBMIT_EXPLANATION: UNIT_HEAD or UNIT_OFFICER of the assessed unit may
 *   submit (officers fill, and the head often delegates the click); a province that
 *   wants head-only submission passes a modified copy of SHEET_TRANSITIONS.
 * - Appraisal of a submitted sheet may start while the year is still in
 *   SELF_ASSESSMENT (early submitters are not kept waiting); self-assessment actions
 *   are only possible while the year is in SELF_ASSESSMENT.
 * - Appraiser actions are for APPRAISER; APPROVE / RETURN_TO_APPRAISAL for
 *   ASSESSOR_CHAIR. A chair who also appraises holds both roles.
 * - CLOSE_EXPLANATION lets the appraiser continue when the unit has not answered by the
 *   explanation deadline (EXPLANATION_REQUESTED → EXPLAINED, only after that deadline).
 * - Chair and admin actions have no deadline; appraisers are bound by the appraisal
 *   deadline, units by the self-assessment and explanation deadlines. Callers pass the
 *   effective deadlines of the sheet (the year's, or a unit's extension).
 * - REOPEN_SELF_ASSESSMENT (→ DRAFT) and REOPEN_APPRAISAL (→ UNDER_APPRAISAL) are
 *   PROVINCE_ADMIN overrides that require a reason (recorded in the audit log).
 * - Deadline refusals use code FORBIDDEN (the rule forbids it now); wrong sheet or year
 *   state is CONFLICT; missing input is BAD_USER_INPUT.
 */
import type { Hundredths, LocalizedText } from './hundredths';

export const SHEET_STATES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_APPRAISAL',
  'EXPLANATION_REQUESTED',
  'EXPLAINED',
  'APPRAISED',
  'APPROVED',
  'FINALIZED',
  'PUBLISHED',
] as const;
export type SheetState = (typeof SHEET_STATES)[number];

export const YEAR_STATUSES = ['PLANNING', 'SELF_ASSESSMENT', 'APPRAISAL', 'FINALIZED', 'PUBLISHED'] as const;
export type YearStatus = (typeof YEAR_STATUSES)[number];

export const ROLES = ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'UNIT_OFFICER', 'UNIT_HEAD', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The actor's relation to a sheet (computed by delegation.scopeOf). An actor may
 * hold several: the province's own staff are PROVINCE and, for departments, ASSESSOR.
 */
export type Scope = 'OWN_UNIT' | 'ASSESSOR' | 'PROVINCE' | 'NONE';

export const SHEET_ACTIONS = [
  'SAVE_SELF',
  'SUBMIT',
  'WITHDRAW',
  'START_APPRAISAL',
  'SAVE_APPRAISAL',
  'REQUEST_EXPLANATION',
  'SAVE_EXPLANATION',
  'SUBMIT_EXPLANATION',
  'CLOSE_EXPLANATION',
  'COMPLETE_APPRAISAL',
  'RETURN_TO_APPRAISAL',
  'APPROVE',
  'REOPEN_SELF_ASSESSMENT',
  'REOPEN_APPRAISAL',
] as const;
export type SheetAction = (typeof SHEET_ACTIONS)[number];

export type DeadlineKey = 'selfAssessmentDeadline' | 'explanationDeadline' | 'appraisalDeadline';

/** ISO calendar dates (YYYY-MM-DD); a missing deadline does not limit UNTIL rules. */
export type Deadlines = Partial<Record<DeadlineKey, string | null>>;

/**
 * UNTIL: allowed up to and including the deadline day (Vietnam time).
 * AFTER: allowed only once the deadline day is over (and refused when no deadline is set).
 */
export interface DeadlineRule {
  readonly key: DeadlineKey;
  readonly mode: 'UNTIL' | 'AFTER';
}

export interface Permission {
  readonly role: Role;
  readonly scope: Scope;
}

export interface TransitionRule {
  readonly action: SheetAction;
  readonly labelVi: string;
  readonly labelEn: string;
  readonly from: readonly SheetState[];
  /** null: the state does not change (save actions). */
  readonly to: SheetState | null;
  readonly who: readonly Permission[];
  readonly yearStatuses: readonly YearStatus[];
  readonly deadlines: readonly DeadlineRule[];
  /** The actor must give a reason (audited override). */
  readonly requiresReason?: boolean;
  /** Shown when the actor has a suitable role but not the scope. */
  readonly scopeRefusal: LocalizedText;
}

const OWN_UNIT_REFUSAL: LocalizedText = {
  vi: 'Bạn chỉ được thao tác trên phiếu tự đánh giá của đơn vị mình',
  en: 'You may only act on your own unit’s self-assessment',
};
const APPRAISE_REFUSAL: LocalizedText = {
  vi: 'Bạn không có quyền thẩm định đơn vị này',
  en: 'You are not allowed to appraise this unit',
};
const CHAIR_REFUSAL: LocalizedText = {
  vi: 'Bạn không có quyền phê duyệt kết quả của đơn vị này',
  en: 'You are not allowed to approve this unit’s results',
};
const PROVINCE_REFUSAL: LocalizedText = {
  vi: 'Chỉ quản trị viên cấp tỉnh mới được mở lại phiếu',
  en: 'Only the province administrator may reopen a sheet',
};

const UNIT: readonly Permission[] = [
  { role: 'UNIT_OFFICER', scope: 'OWN_UNIT' },
  { role: 'UNIT_HEAD', scope: 'OWN_UNIT' },
];
const APPRAISERS: readonly Permission[] = [{ role: 'APPRAISER', scope: 'ASSESSOR' }];
const CHAIR: readonly Permission[] = [{ role: 'ASSESSOR_CHAIR', scope: 'ASSESSOR' }];
const ADMIN: readonly Permission[] = [{ role: 'PROVINCE_ADMIN', scope: 'PROVINCE' }];

const WORKING_YEAR: readonly YearStatus[] = ['SELF_ASSESSMENT', 'APPRAISAL'];
const SELF_DEADLINE: readonly DeadlineRule[] = [{ key: 'selfAssessmentDeadline', mode: 'UNTIL' }];
const APPRAISAL_DEADLINE: readonly DeadlineRule[] = [{ key: 'appraisalDeadline', mode: 'UNTIL' }];
const EXPLANATION_DEADLINE: readonly DeadlineRule[] = [{ key: 'explanationDeadline', mode: 'UNTIL' }];

/** The transition table. Order = the order actions are listed to the user. */
export const SHEET_TRANSITIONS: readonly TransitionRule[] = [
  {
    action: 'SAVE_SELF',
    labelVi: 'lưu tự đánh giá',
    labelEn: 'save the self-assessment',
    from: ['DRAFT'],
    to: null,
    who: UNIT,
    yearStatuses: ['SELF_ASSESSMENT'],
    deadlines: SELF_DEADLINE,
    scopeRefusal: OWN_UNIT_REFUSAL,
  },
  {
    action: 'SUBMIT',
    labelVi: 'nộp phiếu tự đánh giá',
    labelEn: 'submit the self-assessment',
    from: ['DRAFT'],
    to: 'SUBMITTED',
    who: UNIT,
    yearStatuses: ['SELF_ASSESSMENT'],
    deadlines: SELF_DEADLINE,
    scopeRefusal: OWN_UNIT_REFUSAL,
  },
  {
    action: 'WITHDRAW',
    labelVi: 'rút lại phiếu đã nộp',
    labelEn: 'withdraw the submitted sheet',
    from: ['SUBMITTED'],
    to: 'DRAFT',
    who: UNIT,
    yearStatuses: ['SELF_ASSESSMENT'],
    deadlines: SELF_DEADLINE,
    scopeRefusal: OWN_UNIT_REFUSAL,
  },
  {
    action: 'START_APPRAISAL',
    labelVi: 'bắt đầu thẩm định',
    labelEn: 'start the appraisal',
    from: ['SUBMITTED'],
    to: 'UNDER_APPRAISAL',
    who: APPRAISERS,
    yearStatuses: WORKING_YEAR,
    deadlines: APPRAISAL_DEADLINE,
    scopeRefusal: APPRAISE_REFUSAL,
  },
  {
    action: 'SAVE_APPRAISAL',
    labelVi: 'lưu điểm thẩm định',
    labelEn: 'save appraisal points',
    from: ['UNDER_APPRAISAL', 'EXPLAINED'],
    to: null,
    who: APPRAISERS,
    yearStatuses: WORKING_YEAR,
    deadlines: APPRAISAL_DEADLINE,
    scopeRefusal: APPRAISE_REFUSAL,
  },
  {
    action: 'REQUEST_EXPLANATION',
    labelVi: 'đề nghị giải trình',
    labelEn: 'request an explanation',
    from: ['UNDER_APPRAISAL'],
    to: 'EXPLANATION_REQUESTED',
    who: APPRAISERS,
    yearStatuses: WORKING_YEAR,
    deadlines: APPRAISAL_DEADLINE,
    scopeRefusal: APPRAISE_REFUSAL,
  },
  {
    action: 'SAVE_EXPLANATION',
    labelVi: 'lưu nội dung giải trình',
    labelEn: 'save the explanation',
    from: ['EXPLANATION_REQUESTED'],
    to: null,
    who: UNIT,
    yearStatuses: WORKING_YEAR,
    deadlines: EXPLANATION_DEADLINE,
    scopeRefusal: OWN_UNIT_REFUSAL,
  },
  {
    action: 'SUBMIT_EXPLANATION',
    labelVi: 'gửi giải trình',
    labelEn: 'submit the explanation',
    from: ['EXPLANATION_REQUESTED'],
    to: 'EXPLAINED',
    who: UNIT,
    yearStatuses: WORKING_YEAR,
    deadlines: EXPLANATION_DEADLINE,
    scopeRefusal: OWN_UNIT_REFUSAL,
  },
  {
    action: 'CLOSE_EXPLANATION',
    labelVi: 'kết thúc giải trình (đơn vị không giải trình)',
    labelEn: 'close the explanation (no answer)',
    from: ['EXPLANATION_REQUESTED'],
    to: 'EXPLAINED',
    who: APPRAISERS,
    yearStatuses: WORKING_YEAR,
    deadlines: [{ key: 'explanationDeadline', mode: 'AFTER' }, ...APPRAISAL_DEADLINE],
    scopeRefusal: APPRAISE_REFUSAL,
  },
  {
    action: 'COMPLETE_APPRAISAL',
    labelVi: 'hoàn thành thẩm định',
    labelEn: 'complete the appraisal',
    from: ['UNDER_APPRAISAL', 'EXPLAINED'],
    to: 'APPRAISED',
    who: APPRAISERS,
    yearStatuses: WORKING_YEAR,
    deadlines: APPRAISAL_DEADLINE,
    scopeRefusal: APPRAISE_REFUSAL,
  },
  {
    action: 'RETURN_TO_APPRAISAL',
    labelVi: 'trả lại để thẩm định lại',
    labelEn: 'return for re-appraisal',
    from: ['APPRAISED'],
    to: 'UNDER_APPRAISAL',
    who: CHAIR,
    yearStatuses: WORKING_YEAR,
    deadlines: [],
    scopeRefusal: CHAIR_REFUSAL,
  },
  {
    action: 'APPROVE',
    labelVi: 'phê duyệt kết quả',
    labelEn: 'approve the results',
    from: ['APPRAISED'],
    to: 'APPROVED',
    who: CHAIR,
    yearStatuses: WORKING_YEAR,
    deadlines: [],
    scopeRefusal: CHAIR_REFUSAL,
  },
  {
    action: 'REOPEN_SELF_ASSESSMENT',
    labelVi: 'mở lại phiếu để đơn vị tự đánh giá',
    labelEn: 'reopen the self-assessment',
    from: ['SUBMITTED', 'UNDER_APPRAISAL', 'EXPLANATION_REQUESTED', 'EXPLAINED', 'APPRAISED', 'APPROVED'],
    to: 'DRAFT',
    who: ADMIN,
    yearStatuses: ['SELF_ASSESSMENT'],
    deadlines: [],
    requiresReason: true,
    scopeRefusal: PROVINCE_REFUSAL,
  },
  {
    action: 'REOPEN_APPRAISAL',
    labelVi: 'mở lại thẩm định',
    labelEn: 'reopen the appraisal',
    from: ['APPRAISED', 'APPROVED'],
    to: 'UNDER_APPRAISAL',
    who: ADMIN,
    yearStatuses: WORKING_YEAR,
    deadlines: [],
    requiresReason: true,
    scopeRefusal: PROVINCE_REFUSAL,
  },
];

export const SHEET_STATE_LABELS: Readonly<Record<SheetState, LocalizedText>> = {
  DRAFT: { vi: 'Đang tự đánh giá', en: 'Draft' },
  SUBMITTED: { vi: 'Đã nộp', en: 'Submitted' },
  UNDER_APPRAISAL: { vi: 'Đang thẩm định', en: 'Under appraisal' },
  EXPLANATION_REQUESTED: { vi: 'Đề nghị giải trình', en: 'Explanation requested' },
  EXPLAINED: { vi: 'Đã giải trình', en: 'Explained' },
  APPRAISED: { vi: 'Đã thẩm định', en: 'Appraised' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  FINALIZED: { vi: 'Đã chốt kết quả', en: 'Finalized' },
  PUBLISHED: { vi: 'Đã công bố', en: 'Published' },
};

export const YEAR_STATUS_LABELS: Readonly<Record<YearStatus, LocalizedText>> = {
  PLANNING: { vi: 'Chuẩn bị', en: 'Planning' },
  SELF_ASSESSMENT: { vi: 'Tự đánh giá', en: 'Self-assessment' },
  APPRAISAL: { vi: 'Thẩm định', en: 'Appraisal' },
  FINALIZED: { vi: 'Đã chốt kết quả', en: 'Finalized' },
  PUBLISHED: { vi: 'Đã công bố', en: 'Published' },
};

const DEADLINE_LABELS: Readonly<Record<DeadlineKey, LocalizedText>> = {
  selfAssessmentDeadline: { vi: 'tự đánh giá', en: 'self-assessment' },
  explanationDeadline: { vi: 'giải trình', en: 'explanation' },
  appraisalDeadline: { vi: 'thẩm định', en: 'appraisal' },
};

// ---------------------------------------------------------------------------
// deadlines

/**
 * Vietnam has used UTC+7 all year round since 1975 (no daylight saving), so
 * Asia/Ho_Chi_Minh is a fixed offset and needs no time-zone database.
 */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(isoDate: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) return { y, m, d };
  }
  throw new RangeError(`Invalid deadline date "${isoDate}", expected YYYY-MM-DD`);
}

/**
 * First instant after a deadline day: a deadline "2026-01-31" is open until
 * 2026-01-31 23:59:59.999 in Vietnam (= 16:59:59.999Z) and closed from
 * 2026-02-01 00:00 Vietnam time (= 2026-01-31T17:00:00Z).
 */
export function deadlineEnd(isoDate: string): Date {
  const { y, m, d } = parseIsoDate(isoDate);
  return new Date(Date.UTC(y, m - 1, d + 1) - VIETNAM_UTC_OFFSET_MS);
}

/** True when `now` is after the (inclusive) deadline day. */
export function isPastDeadline(now: Date, isoDate: string): boolean {
  return now.getTime() >= deadlineEnd(isoDate).getTime();
}

/** "2026-01-31" → "31/01/2026" (the Vietnamese way of writing dates). */
export function formatDateVi(isoDate: string): string {
  const { y, m, d } = parseIsoDate(isoDate);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

// ---------------------------------------------------------------------------
// decisions

export interface DecisionContext {
  readonly roles: readonly Role[];
  readonly scopes: Scope | readonly Scope[];
  readonly sheetState: SheetState;
  readonly yearStatus: YearStatus;
  readonly now: Date;
  /** Effective deadlines of this sheet (the year's, or a unit's extension). */
  readonly deadlines: Deadlines;
  /** Reason given by the actor; required by REOPEN_* actions. */
  readonly reason?: string | null;
}

export type RefusalCode = 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT';
/** Which rule refused, so callers and tests need not parse messages. */
export type RefusalReason = 'UNKNOWN_ACTION' | 'ROLE' | 'SCOPE' | 'YEAR_STATUS' | 'STATE' | 'DEADLINE' | 'INPUT';

export interface Refusal {
  readonly allowed: false;
  readonly code: RefusalCode;
  readonly reason: RefusalReason;
  readonly reasonVi: string;
  readonly reasonEn: string;
}
export type Decision =
  | { readonly allowed: true; readonly action: SheetAction; readonly from: SheetState; readonly to: SheetState }
  | Refusal;

function refuse(code: RefusalCode, reason: RefusalReason, vi: string, en: string): Refusal {
  return { allowed: false, code, reason, reasonVi: vi, reasonEn: en };
}

function scopesOf(ctx: DecisionContext): readonly Scope[] {
  return typeof ctx.scopes === 'string' ? [ctx.scopes] : ctx.scopes;
}

function yearRefusal(rule: TransitionRule, year: YearStatus): Refusal {
  const unitSelfAction = rule.yearStatuses.length === 1 && rule.yearStatuses[0] === 'SELF_ASSESSMENT';
  let vi: string;
  let en: string;
  if (year === 'PLANNING') {
    vi = unitSelfAction ? 'Kỳ đánh giá chưa mở tự đánh giá' : 'Kỳ đánh giá chưa bắt đầu';
    en = unitSelfAction ? 'The assessment year is not open for self-assessment yet' : 'The assessment year has not started';
  } else if (year === 'FINALIZED') {
    vi = 'Kỳ đánh giá đã chốt kết quả';
    en = 'The assessment year has been finalized';
  } else if (year === 'PUBLISHED') {
    vi = 'Kết quả kỳ đánh giá đã được công bố';
    en = 'The assessment year’s results have been published';
  } else if (year === 'APPRAISAL' && unitSelfAction) {
    vi = 'Kỳ đánh giá đã kết thúc giai đoạn tự đánh giá';
    en = 'The self-assessment phase of the year is over';
  } else {
    vi = `Không thể ${rule.labelVi} khi kỳ đánh giá ở giai đoạn "${YEAR_STATUS_LABELS[year].vi}"`;
    en = `Cannot ${rule.labelEn} while the year is in "${YEAR_STATUS_LABELS[year].en}"`;
  }
  return refuse('CONFLICT', 'YEAR_STATUS', vi, en);
}

const AFTER_SUBMISSION: readonly SheetState[] = [
  'SUBMITTED',
  'UNDER_APPRAISAL',
  'EXPLANATION_REQUESTED',
  'EXPLAINED',
  'APPRAISED',
  'APPROVED',
];

function stateRefusal(rule: TransitionRule, state: SheetState): Refusal {
  const label = SHEET_STATE_LABELS[state];
  if (state === 'FINALIZED' || state === 'PUBLISHED') {
    return refuse('CONFLICT', 'STATE', `Phiếu đã chốt kết quả, không thể ${rule.labelVi}`, `The sheet is final; cannot ${rule.labelEn}`);
  }
  if ((rule.action === 'SAVE_SELF' || rule.action === 'SUBMIT') && AFTER_SUBMISSION.includes(state)) {
    return refuse('CONFLICT', 'STATE', 'Phiếu đã khóa vì đã nộp', 'The sheet is locked because it has been submitted');
  }
  if (rule.action === 'WITHDRAW') {
    if (state === 'DRAFT') return refuse('CONFLICT', 'STATE', 'Phiếu chưa nộp nên không thể rút lại', 'The sheet has not been submitted');
    return refuse(
      'CONFLICT',
      'STATE',
      'Không thể rút lại vì đơn vị thẩm định đã bắt đầu thẩm định',
      'Cannot withdraw: the appraisal has already started',
    );
  }
  if ((rule.action === 'SAVE_EXPLANATION' || rule.action === 'SUBMIT_EXPLANATION') && state !== 'EXPLANATION_REQUESTED') {
    return refuse('CONFLICT', 'STATE', 'Phiếu không có đề nghị giải trình đang chờ', 'No explanation request is pending on this sheet');
  }
  return refuse(
    'CONFLICT',
    'STATE',
    `Không thể ${rule.labelVi} khi phiếu ở trạng thái "${label.vi}"`,
    `Cannot ${rule.labelEn} while the sheet is "${label.en}"`,
  );
}

function deadlineRefusal(rule: DeadlineRule, deadlines: Deadlines, now: Date): Refusal | null {
  const date = deadlines[rule.key] ?? null;
  const label = DEADLINE_LABELS[rule.key];
  if (rule.mode === 'UNTIL') {
    if (date !== null && isPastDeadline(now, date)) {
      return refuse(
        'FORBIDDEN',
        'DEADLINE',
        `Đã quá hạn ${label.vi} (${formatDateVi(date)})`,
        `The ${label.en} deadline (${date}) has passed`,
      );
    }
    return null;
  }
  if (date === null) {
    return refuse('FORBIDDEN', 'DEADLINE', `Chưa đặt hạn ${label.vi}`, `No ${label.en} deadline is set`);
  }
  if (!isPastDeadline(now, date)) {
    return refuse(
      'FORBIDDEN',
      'DEADLINE',
      `Chưa hết hạn ${label.vi} (${formatDateVi(date)})`,
      `The ${label.en} deadline (${date}) has not passed yet`,
    );
  }
  return null;
}

function evaluate(rule: TransitionRule, ctx: DecisionContext, checkInput: boolean): Decision {
  // 1. who: role, then scope (so the message says what is actually missing)
  const scopes = scopesOf(ctx);
  const roleMatches = rule.who.filter((p) => ctx.roles.includes(p.role));
  if (roleMatches.length === 0) {
    return refuse(
      'FORBIDDEN',
      'ROLE',
      `Bạn không có vai trò phù hợp để ${rule.labelVi}`,
      `Your role does not allow you to ${rule.labelEn}`,
    );
  }
  if (!roleMatches.some((p) => scopes.includes(p.scope))) {
    return refuse('FORBIDDEN', 'SCOPE', rule.scopeRefusal.vi, rule.scopeRefusal.en);
  }
  // 2. the year's phase, 3. the sheet's state
  if (!rule.yearStatuses.includes(ctx.yearStatus)) return yearRefusal(rule, ctx.yearStatus);
  if (!rule.from.includes(ctx.sheetState)) return stateRefusal(rule, ctx.sheetState);
  // 4. deadlines
  for (const d of rule.deadlines) {
    const r = deadlineRefusal(d, ctx.deadlines, ctx.now);
    if (r) return r;
  }
  // 5. input
  if (checkInput && rule.requiresReason && (ctx.reason ?? '').trim() === '') {
    return refuse('BAD_USER_INPUT', 'INPUT', `Cần nêu lý do để ${rule.labelVi}`, `A reason is required to ${rule.labelEn}`);
  }
  return { allowed: true, action: rule.action, from: ctx.sheetState, to: rule.to ?? ctx.sheetState };
}

/** Whether the actor may take `action` on the sheet now, and the resulting state. */
export function decide(action: SheetAction, ctx: DecisionContext, table: readonly TransitionRule[] = SHEET_TRANSITIONS): Decision {
  const rule = table.find((r) => r.action === action);
  if (!rule) return refuse('BAD_USER_INPUT', 'UNKNOWN_ACTION', `Thao tác "${action}" không tồn tại`, `Unknown action "${action}"`);
  return evaluate(rule, ctx, true);
}

/**
 * Actions the actor may take now, in table order. Input checks (the reason of a
 * reopen) are skipped: the action is available, the reason is asked for on use.
 */
export function availableActions(ctx: DecisionContext, table: readonly TransitionRule[] = SHEET_TRANSITIONS): SheetAction[] {
  return table.filter((rule) => evaluate(rule, ctx, false).allowed).map((rule) => rule.action);
}

/** Every action with its decision, for UIs that show disabled buttons with the reason. */
export function explainActions(
  ctx: DecisionContext,
  table: readonly TransitionRule[] = SHEET_TRANSITIONS,
): { readonly action: SheetAction; readonly decision: Decision }[] {
  return table.map((rule) => ({ action: rule.action, decision: evaluate(rule, ctx, false) }));
}

/**
 * FINALIZED and PUBLISHED follow the year: an APPROVED sheet becomes FINALIZED when
 * the year is finalized and PUBLISHED when it is published.
 */
export function sheetStateForYear(state: SheetState, yearStatus: YearStatus): SheetState {
  if (yearStatus === 'FINALIZED' && state === 'APPROVED') return 'FINALIZED';
  if (yearStatus === 'PUBLISHED' && (state === 'APPROVED' || state === 'FINALIZED')) return 'PUBLISHED';
  return state;
}

/**
 * An appraiser may change a point only with a note: compared with the previous
 * value (self points for round 1, round-1 points for round 2).
 */
export function checkAppraisalNote(args: {
  readonly previousPoints: Hundredths | null;
  readonly newPoints: Hundredths;
  readonly note?: string | null;
  readonly nodeCode?: string;
}): Refusal | null {
  if (args.newPoints === args.previousPoints || (args.note ?? '').trim() !== '') return null;
  const where = args.nodeCode ? ` ${args.nodeCode}` : '';
  return refuse(
    'BAD_USER_INPUT',
    'INPUT',
    `Cần ghi chú lý do khi thay đổi điểm của tiêu chí${where}`,
    `A note is required when changing the points of criterion${where}`,
  );
}

// ---------------------------------------------------------------------------
// year transitions

export interface YearPreconditions {
  readonly actorRoles: readonly Role[];
  /** Blocking issues over all of the year's criteria sets (validateCriteriaSet, ERROR). */
  readonly criteriaErrorCount: number;
  /** Blocking issues of the classification bands / head ratings. */
  readonly bandErrorCount: number;
  /** Units on the year's roster. */
  readonly rosterSize: number;
  /** Roster units without a group, assessor or criteria set. */
  readonly unassignedUnits: number;
  /** Number of sheets per state. */
  readonly sheetCounts: Partial<Record<SheetState, number>>;
  /** Required for backward moves (audited). */
  readonly reason?: string | null;
}

export type YearDecision =
  | { readonly allowed: true; readonly from: YearStatus; readonly to: YearStatus; readonly warnings: readonly LocalizedText[] }
  | Refusal;

const FORWARD: Readonly<Partial<Record<YearStatus, YearStatus>>> = {
  PLANNING: 'SELF_ASSESSMENT',
  SELF_ASSESSMENT: 'APPRAISAL',
  APPRAISAL: 'FINALIZED',
  FINALIZED: 'PUBLISHED',
};
/** Backward moves an administrator may make with a reason; PUBLISHED is terminal. */
const BACKWARD: Readonly<Partial<Record<YearStatus, YearStatus>>> = {
  SELF_ASSESSMENT: 'PLANNING',
  APPRAISAL: 'SELF_ASSESSMENT',
  FINALIZED: 'APPRAISAL',
};

function countSheets(counts: Partial<Record<SheetState, number>>, states: readonly SheetState[]): number {
  return states.reduce((s, st) => s + (counts[st] ?? 0), 0);
}

/** Whether the year may move from `from` to `to`, with every blocking reason spelled out. */
export function decideYearTransition(from: YearStatus, to: YearStatus, pre: YearPreconditions): YearDecision {
  if (!pre.actorRoles.includes('PROVINCE_ADMIN')) {
    return refuse(
      'FORBIDDEN',
      'ROLE',
      'Chỉ quản trị viên cấp tỉnh mới được chuyển giai đoạn kỳ đánh giá',
      'Only the province administrator may change the year’s status',
    );
  }
  const fromLabel = YEAR_STATUS_LABELS[from];
  const toLabel = YEAR_STATUS_LABELS[to];
  if (from === to) {
    return refuse('CONFLICT', 'STATE', `Kỳ đánh giá đã ở giai đoạn "${fromLabel.vi}"`, `The year is already "${fromLabel.en}"`);
  }
  if (from === 'PUBLISHED') {
    return refuse(
      'CONFLICT',
      'STATE',
      'Kết quả đã công bố, không thể chuyển giai đoạn kỳ đánh giá',
      'Results are published; the year can no longer change status',
    );
  }
  if (to === 'PUBLISHED' && from !== 'FINALIZED') {
    return refuse('CONFLICT', 'STATE', 'Chỉ công bố được kết quả sau khi đã chốt kết quả', 'Results can only be published once finalized');
  }
  const forward = FORWARD[from] === to;
  const backward = BACKWARD[from] === to;
  if (!forward && !backward) {
    return refuse(
      'CONFLICT',
      'STATE',
      `Không thể chuyển kỳ đánh giá từ "${fromLabel.vi}" sang "${toLabel.vi}"`,
      `The year cannot move from "${fromLabel.en}" to "${toLabel.en}"`,
    );
  }

  const warnings: LocalizedText[] = [];
  if (backward) {
    if ((pre.reason ?? '').trim() === '') {
      return refuse(
        'BAD_USER_INPUT',
        'INPUT',
        `Cần nêu lý do để đưa kỳ đánh giá về giai đoạn "${toLabel.vi}"`,
        `A reason is required to move the year back to "${toLabel.en}"`,
      );
    }
    if (to === 'PLANNING') {
      const started = countSheets(
        pre.sheetCounts,
        SHEET_STATES.filter((s) => s !== 'DRAFT'),
      );
      if (started > 0) {
        return refuse(
          'CONFLICT',
          'STATE',
          `Không thể quay lại giai đoạn chuẩn bị: đã có ${started} phiếu được nộp`,
          `Cannot go back to planning: ${started} sheet(s) already submitted`,
        );
      }
    }
    return { allowed: true, from, to, warnings };
  }

  // forward preconditions
  if (to === 'SELF_ASSESSMENT') {
    const problems: LocalizedText[] = [];
    if (pre.rosterSize === 0)
      problems.push({ vi: 'danh sách đơn vị được đánh giá đang trống', en: 'the roster of assessed units is empty' });
    if (pre.unassignedUnits > 0) {
      problems.push({
        vi: `${pre.unassignedUnits} đơn vị chưa được gán khối, đơn vị đánh giá hoặc bộ chỉ số`,
        en: `${pre.unassignedUnits} unit(s) lack a group, assessor or criteria set`,
      });
    }
    if (pre.criteriaErrorCount > 0) {
      problems.push({ vi: `bộ chỉ số còn ${pre.criteriaErrorCount} lỗi`, en: `the criteria sets have ${pre.criteriaErrorCount} error(s)` });
    }
    if (pre.bandErrorCount > 0) {
      problems.push({
        vi: `cấu hình xếp loại còn ${pre.bandErrorCount} lỗi`,
        en: `the classification settings have ${pre.bandErrorCount} error(s)`,
      });
    }
    if (problems.length > 0) {
      return refuse(
        'CONFLICT',
        'STATE',
        `Chưa thể mở tự đánh giá: ${problems.map((p) => p.vi).join('; ')}`,
        `Cannot open self-assessment: ${problems.map((p) => p.en).join('; ')}`,
      );
    }
  }
  if (to === 'APPRAISAL') {
    const drafts = pre.sheetCounts.DRAFT ?? 0;
    const missing = Math.max(0, pre.rosterSize - countSheets(pre.sheetCounts, SHEET_STATES));
    if (drafts + missing > 0) {
      warnings.push({
        vi: `Còn ${drafts + missing} đơn vị chưa nộp phiếu tự đánh giá`,
        en: `${drafts + missing} unit(s) have not submitted their self-assessment`,
      });
    }
  }
  if (to === 'FINALIZED') {
    const pending = SHEET_STATES.filter((s) => s !== 'APPROVED' && s !== 'FINALIZED' && s !== 'PUBLISHED' && (pre.sheetCounts[s] ?? 0) > 0);
    const pendingCount = countSheets(pre.sheetCounts, pending);
    const missing = Math.max(0, pre.rosterSize - countSheets(pre.sheetCounts, SHEET_STATES));
    if (pendingCount + missing > 0) {
      const partsVi = pending.map((s) => `${pre.sheetCounts[s]} ${SHEET_STATE_LABELS[s].vi.toLowerCase()}`);
      const partsEn = pending.map((s) => `${pre.sheetCounts[s]} ${SHEET_STATE_LABELS[s].en.toLowerCase()}`);
      if (missing > 0) {
        partsVi.push(`${missing} chưa có phiếu`);
        partsEn.push(`${missing} without a sheet`);
      }
      return refuse(
        'CONFLICT',
        'STATE',
        `Chưa thể chốt kết quả: còn ${pendingCount + missing} phiếu chưa được phê duyệt (${partsVi.join(', ')})`,
        `Cannot finalize: ${pendingCount + missing} sheet(s) not approved (${partsEn.join(', ')})`,
      );
    }
  }
  return { allowed: true, from, to, warnings };
}
