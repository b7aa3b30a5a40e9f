/**
 * A score sheet's history in words (issue 11 §5). Audit events carry an action code and JSON
 * snapshots before and after a change; an official reads "Lưu tự chấm · 1.2 Tỷ lệ nhiệm vụ… ·
 * Giá trị kê khai 80 → 85", not "SAVE_SELF {"declaredValue":"80"}". One save writes one event
 * per criterion at the same instant: they are shown as one entry, naming each criterion.
 */
type Locale = 'vi' | 'en';
type Text = { vi: string; en: string };

const FIELD: Record<string, Text> = {
  declaredValue: { vi: 'Giá trị kê khai', en: 'Declared value' },
  value: { vi: 'Giá trị', en: 'Value' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  selfPoints: { vi: 'Điểm tự chấm', en: 'Self points' },
  selfNote: { vi: 'Ghi chú của đơn vị', en: 'Unit’s note' },
  selfEvidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
  evidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
  points: { vi: 'Điểm thẩm định', en: 'Appraised points' },
  note: { vi: 'Ý kiến', en: 'Note' },
  round1Points: { vi: 'Điểm thẩm định vòng 1', en: 'Round 1 points' },
  round1Note: { vi: 'Ý kiến thẩm định vòng 1', en: 'Round 1 note' },
  round2Points: { vi: 'Điểm thẩm định vòng 2', en: 'Round 2 points' },
  round2Note: { vi: 'Ý kiến thẩm định vòng 2', en: 'Round 2 note' },
  finalPoints: { vi: 'Điểm cuối cùng', en: 'Final points' },
  explanationRequested: { vi: 'Đề nghị giải trình', en: 'Explanation requested' },
  explanationRequestNote: { vi: 'Nội dung đề nghị giải trình', en: 'Explanation request' },
  explanationText: { vi: 'Nội dung giải trình', en: 'Explanation' },
  supplementaryEvidence: { vi: 'Tài liệu bổ sung', en: 'Supplementary evidence' },
  status: { vi: 'Trạng thái', en: 'Status' },
  maxPoints: { vi: 'Điểm tối đa', en: 'Max points' },
  surveyPoints: { vi: 'Điểm điều tra xã hội học', en: 'Survey points' },
  ruleReview: { vi: 'Cần rà soát theo quy tắc mới', en: 'To review under the new rule' },
  fileName: { vi: 'Tệp minh chứng', en: 'Evidence file' },
  fileDeleted: { vi: 'Tệp đã xoá khỏi hệ thống', en: 'File deleted from the system' },
};

/** Field names that mean something else in an action's snapshot. */
const FIELD_IN: Record<string, Record<string, Text>> = {
  REQUEST_EXPLANATION: { note: { vi: 'Nội dung đề nghị giải trình', en: 'Explanation request' } },
  SAVE_EXPLANATION: { evidence: { vi: 'Tài liệu bổ sung', en: 'Supplementary evidence' } },
  SAVE_APPRAISAL_ROUND_1: { note: { vi: 'Ý kiến thẩm định', en: 'Appraiser’s note' } },
  SAVE_APPRAISAL_ROUND_2: { note: { vi: 'Ý kiến thẩm định', en: 'Appraiser’s note' } },
};

const ACTION: Record<string, Text> = {
  SAVE_SELF: { vi: 'Lưu tự chấm', en: 'Saved the self-assessment' },
  SAVE_APPRAISAL_ROUND_1: { vi: 'Lưu điểm thẩm định vòng 1', en: 'Saved round 1 appraisal' },
  SAVE_APPRAISAL_ROUND_2: { vi: 'Lưu điểm thẩm định vòng 2', en: 'Saved round 2 appraisal' },
  REQUEST_EXPLANATION: { vi: 'Đề nghị giải trình', en: 'Requested an explanation' },
  SAVE_EXPLANATION: { vi: 'Lưu giải trình', en: 'Saved the explanation' },
  REMOVE_EVIDENCE: { vi: 'Gỡ tệp minh chứng', en: 'Removed an evidence file' },
  IMPORT_SURVEY: { vi: 'Nhập kết quả điều tra xã hội học', en: 'Imported survey results' },
  RULE_RESCORE: { vi: 'Tính lại điểm theo quy tắc chấm mới', en: 'Rescored under the new rule' },
  SUBMIT: { vi: 'Nộp phiếu tự đánh giá', en: 'Submitted the self-assessment' },
  WITHDRAW: { vi: 'Rút lại phiếu đã nộp', en: 'Withdrew the submission' },
  START_APPRAISAL: { vi: 'Bắt đầu thẩm định', en: 'Started the appraisal' },
  SUBMIT_EXPLANATION: { vi: 'Gửi giải trình', en: 'Sent the explanation' },
  CLOSE_EXPLANATION: { vi: 'Kết thúc giải trình', en: 'Closed the explanation' },
  COMPLETE_APPRAISAL: { vi: 'Hoàn thành thẩm định', en: 'Completed the appraisal' },
  RETURN_TO_APPRAISAL: { vi: 'Trả lại để thẩm định lại', en: 'Returned to appraisal' },
  APPROVE: { vi: 'Phê duyệt kết quả', en: 'Approved the result' },
  REOPEN_SELF_ASSESSMENT: { vi: 'Mở lại tự đánh giá', en: 'Reopened the self-assessment' },
  REOPEN_APPRAISAL: { vi: 'Mở lại thẩm định', en: 'Reopened the appraisal' },
  TRANSITION: { vi: 'Chuyển trạng thái', en: 'Changed the status' },
  UPDATE: { vi: 'Cập nhật', en: 'Updated' },
  CREATE: { vi: 'Tạo mới', en: 'Created' },
  DELETE: { vi: 'Xoá', en: 'Deleted' },
};

const STATUS: Record<string, Text> = {
  DRAFT: { vi: 'Đang tự đánh giá', en: 'Self-assessment' },
  SUBMITTED: { vi: 'Đã nộp', en: 'Submitted' },
  UNDER_APPRAISAL: { vi: 'Đang thẩm định', en: 'Under appraisal' },
  EXPLANATION_REQUESTED: { vi: 'Đề nghị giải trình', en: 'Explanation requested' },
  EXPLAINED: { vi: 'Đã giải trình', en: 'Explained' },
  APPRAISED: { vi: 'Đã thẩm định', en: 'Appraised' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  FINALIZED: { vi: 'Đã chốt kết quả', en: 'Finalized' },
  PUBLISHED: { vi: 'Đã công bố', en: 'Published' },
};

/** Bookkeeping fields that change on every write and say nothing to a reader ("round" is in the action's name). */
const HIDDEN = new Set(['updatedAt', 'updatedBy', 'version', 'id', 'sheetId', 'criterionId', 'round']);

/** What an action is called, in words; an unknown code reads as a generic change. */
export function actionLabel(action: string, locale: Locale = 'vi'): string {
  return ACTION[action]?.[locale] ?? (locale === 'vi' ? 'Thay đổi khác' : 'Other change');
}

export function statusLabel(status: string, locale: Locale = 'vi'): string {
  return STATUS[status]?.[locale] ?? status;
}

export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function parse(json: string | null | undefined): unknown {
  if (json == null || json === '') return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function show(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string') return statusLabel(value, locale);
  if (typeof value === 'boolean') return value ? (locale === 'vi' ? 'Có' : 'Yes') : locale === 'vi' ? 'Không' : 'No';
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
  if (Array.isArray(value))
    return value.length === 0
      ? locale === 'vi'
        ? 'không có'
        : 'none'
      : locale === 'vi'
        ? `${value.length} tài liệu`
        : `${value.length} documents`;
  if (typeof value === 'object') return JSON.stringify(value);
  // A stored decimal ("87.5") as an official writes it.
  if (locale === 'vi' && /^-?\d+\.\d+$/.test(String(value))) return String(value).replace('.', ',');
  return String(value);
}

export function describeChange(
  before: string | null | undefined,
  after: string | null | undefined,
  locale: Locale = 'vi',
  action = '',
): AuditChange[] {
  const b = parse(before);
  const a = parse(after);
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(b) && !isObj(a)) {
    if (b === a) return [];
    return [{ field: 'value', label: FIELD.value![locale], before: show('value', b, locale), after: show('value', a, locale) }];
  }
  const bo = isObj(b) ? b : {};
  const ao = isObj(a) ? a : {};
  const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])].filter((k) => !HIDDEN.has(k));
  const changes: AuditChange[] = [];
  for (const k of keys) {
    if (JSON.stringify(bo[k] ?? null) === JSON.stringify(ao[k] ?? null)) continue;
    const label = FIELD_IN[action]?.[k]?.[locale] ?? FIELD[k]?.[locale] ?? k;
    changes.push({ field: k, label, before: show(k, bo[k], locale), after: show(k, ao[k], locale) });
  }
  return changes;
}

export interface AuditEventInput {
  id: string;
  action: string;
  actorName: string;
  at: string;
  criterionId?: string | null;
  before?: string | null;
  after?: string | null;
  reason?: string | null;
}

export interface AuditItem {
  id: string;
  action: string;
  actionLabel: string;
  /** "1.2 Tỷ lệ nhiệm vụ…" when the event concerns one criterion. */
  criterion: string | null;
  changes: AuditChange[];
  /** The reason given, unless it is already one of the changes (a note saved as the reason). */
  reason: string | null;
}

export interface AuditGroup {
  key: string;
  actorName: string;
  at: string;
  /** The distinct actions of the save, in words ("Nộp phiếu tự đánh giá", …). */
  title: string;
  items: AuditItem[];
}

/**
 * Events newest first → one group per save: the same person at the same instant (a save writes
 * all its rows with one timestamp). Events that change nothing visible are dropped, unless they
 * carry a reason.
 */
export function groupAudit(
  events: readonly AuditEventInput[],
  criterionName: (id: string) => string | null,
  locale: Locale = 'vi',
): AuditGroup[] {
  const groups: AuditGroup[] = [];
  for (const e of events) {
    const changes = describeChange(e.before, e.after, locale, e.action);
    const reason = e.reason?.trim() || null;
    const shownReason = reason && !changes.some((c) => c.after === reason) ? reason : null;
    const isTransition = !e.criterionId && changes.length > 0 && changes.every((c) => c.field === 'status');
    if (changes.length === 0 && !reason && !isTransition && e.criterionId) continue;
    const item: AuditItem = {
      id: e.id,
      action: e.action,
      actionLabel: actionLabel(e.action, locale),
      criterion: e.criterionId ? criterionName(e.criterionId) : null,
      changes,
      reason: shownReason,
    };
    const last = groups[groups.length - 1];
    if (last && last.actorName === e.actorName && last.at === e.at) last.items.push(item);
    else groups.push({ key: `g${e.id}`, actorName: e.actorName, at: e.at, title: '', items: [item] });
  }
  for (const g of groups) {
    // Within a save, the step (a transition) is named first, then what was saved.
    g.items.sort((a, b) => Number(!!a.criterion) - Number(!!b.criterion));
    g.title = [...new Set(g.items.map((i) => i.actionLabel))].join(' · ');
  }
  return groups;
}
