/**
 * Audit events carry JSON snapshots before and after a change. The drawer shows only the fields
 * that changed, with Vietnamese labels for the score fields it knows.
 */
const LABELS: Record<string, { vi: string; en: string }> = {
  declaredValue: { vi: 'Giá trị kê khai', en: 'Declared value' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  selfPoints: { vi: 'Điểm tự chấm', en: 'Self points' },
  selfNote: { vi: 'Ghi chú', en: 'Note' },
  selfEvidence: { vi: 'Tài liệu kiểm chứng', en: 'Evidence' },
  round1Points: { vi: 'Điểm thẩm định vòng 1', en: 'Round 1 points' },
  round1Note: { vi: 'Ý kiến thẩm định vòng 1', en: 'Round 1 note' },
  round2Points: { vi: 'Điểm thẩm định vòng 2', en: 'Round 2 points' },
  round2Note: { vi: 'Ý kiến thẩm định vòng 2', en: 'Round 2 note' },
  finalPoints: { vi: 'Điểm cuối cùng', en: 'Final points' },
  explanationRequested: { vi: 'Đề nghị giải trình', en: 'Explanation requested' },
  explanationRequestNote: { vi: 'Nội dung đề nghị giải trình', en: 'Explanation request' },
  explanationText: { vi: 'Giải trình', en: 'Explanation' },
  supplementaryEvidence: { vi: 'Tài liệu bổ sung', en: 'Supplementary evidence' },
  status: { vi: 'Trạng thái', en: 'Status' },
  maxPoints: { vi: 'Điểm tối đa', en: 'Max points' },
  surveyPoints: { vi: 'Điểm điều tra xã hội học', en: 'Survey points' },
};

/** Bookkeeping fields that change on every write and say nothing to a reader. */
const HIDDEN = new Set(['updatedAt', 'updatedBy', 'version', 'id', 'sheetId', 'criterionId']);

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

function show(value: unknown, locale: 'vi' | 'en'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? (locale === 'vi' ? 'Có' : 'Yes') : locale === 'vi' ? 'Không' : 'No';
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  if (Array.isArray(value)) return locale === 'vi' ? `${value.length} mục` : `${value.length} items`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function describeChange(
  before: string | null | undefined,
  after: string | null | undefined,
  locale: 'vi' | 'en' = 'vi',
): AuditChange[] {
  const b = parse(before);
  const a = parse(after);
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(b) && !isObj(a)) {
    if (b === a) return [];
    return [{ field: 'value', label: locale === 'vi' ? 'Giá trị' : 'Value', before: show(b, locale), after: show(a, locale) }];
  }
  const bo = isObj(b) ? b : {};
  const ao = isObj(a) ? a : {};
  const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])].filter((k) => !HIDDEN.has(k));
  const changes: AuditChange[] = [];
  for (const k of keys) {
    if (JSON.stringify(bo[k] ?? null) === JSON.stringify(ao[k] ?? null)) continue;
    changes.push({ field: k, label: LABELS[k]?.[locale] ?? k, before: show(bo[k], locale), after: show(ao[k], locale) });
  }
  return changes;
}
