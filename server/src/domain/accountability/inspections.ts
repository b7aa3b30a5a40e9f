/**
 * Inspections of reform work and of public duty (kiểm tra CCHC, kiểm tra công vụ; issue 10 §3):
 * the province (or a district for its communes) records an inspection of a unit for a year, with
 * findings. A finding may carry a penalty on a named leaf entered by the assessor (fed to the
 * leaf as an assessor record, scored by the leaf's rule) and opens a remediation item.
 */
import type { LocalizedText } from '../scoring';
import { isIsoDay } from './remediation';

export const INSPECTION_KINDS = ['CCHC', 'CONG_VU'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_KIND_LABEL: Readonly<Record<InspectionKind, LocalizedText>> = {
  CCHC: { vi: 'Kiểm tra CCHC', en: 'Reform inspection' },
  CONG_VU: { vi: 'Kiểm tra công vụ', en: 'Public duty inspection' },
};

export interface InspectionDraft {
  readonly kind: string;
  readonly date: string;
  readonly team: string;
  readonly decisionNumber: string;
  readonly findings: readonly FindingDraft[];
}

export interface FindingDraft {
  /** A stored finding being kept or changed; each may appear once (twice, both copies would feed the leaf). */
  readonly id?: string | null;
  readonly text: string;
  /** Leaf penalised, with the quantity (violations, or points for a MANUAL leaf); both or neither. */
  readonly criterionId?: string | null;
  readonly quantity?: number | null;
  readonly deadline?: string | null;
}

/**
 * Problems of an inspection for a year: kind, date (in the assessed year or the year after, when
 * inspections of a year's work usually happen), team, decision number, and each finding.
 */
export function validateInspection(draft: InspectionDraft, year: number): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (!(INSPECTION_KINDS as readonly string[]).includes(draft.kind))
    problems.push({ vi: 'loại kiểm tra phải là kiểm tra CCHC hoặc kiểm tra công vụ', en: 'the kind must be CCHC or CONG_VU' });
  if (!isIsoDay(draft.date)) problems.push({ vi: 'ngày kiểm tra không hợp lệ (YYYY-MM-DD)', en: 'invalid inspection date (YYYY-MM-DD)' });
  else if (draft.date < `${year}-01-01` || draft.date > `${year + 1}-12-31`)
    problems.push({
      vi: `ngày kiểm tra phải trong năm ${year} hoặc năm ${year + 1}`,
      en: `the inspection date must fall in ${year} or ${year + 1}`,
    });
  if (!draft.team.trim()) problems.push({ vi: 'cần nêu đoàn kiểm tra', en: 'the inspection team is required' });
  if (draft.team.length > 1000)
    problems.push({ vi: 'thông tin đoàn kiểm tra dài quá 1000 ký tự', en: 'the team is limited to 1000 characters' });
  if (!draft.decisionNumber.trim()) problems.push({ vi: 'cần nêu số quyết định kiểm tra', en: 'the decision number is required' });
  if (draft.decisionNumber.length > 120)
    problems.push({ vi: 'số quyết định dài quá 120 ký tự', en: 'the decision number is limited to 120 characters' });
  if (draft.findings.length > 100) problems.push({ vi: 'tối đa 100 nội dung kết luận', en: 'at most 100 findings' });
  const firstOf = new Map<string, number>();
  draft.findings.forEach((f, i) => {
    const n = i + 1;
    if (f.id) {
      const first = firstOf.get(f.id);
      if (first !== undefined)
        problems.push({
          vi: `kết luận ${n}: trùng với kết luận ${first} (một kết luận chỉ được gửi một lần)`,
          en: `finding ${n}: the same finding as ${first}`,
        });
      else firstOf.set(f.id, n);
    }
    if (!f.text.trim()) problems.push({ vi: `kết luận ${n}: cần nêu nội dung`, en: `finding ${n}: the text is required` });
    if (f.text.length > 4000) problems.push({ vi: `kết luận ${n}: dài quá 4000 ký tự`, en: `finding ${n}: limited to 4000 characters` });
    const hasLeaf = !!f.criterionId;
    const hasQuantity = f.quantity !== null && f.quantity !== undefined;
    if (hasLeaf !== hasQuantity)
      problems.push({
        vi: `kết luận ${n}: điểm trừ cần cả tiêu chí và số vi phạm (hoặc số điểm)`,
        en: `finding ${n}: a penalty needs both the leaf and the quantity`,
      });
    if (f.deadline && !isIsoDay(f.deadline))
      problems.push({ vi: `kết luận ${n}: thời hạn khắc phục không hợp lệ (YYYY-MM-DD)`, en: `finding ${n}: invalid deadline` });
    else if (f.deadline && isIsoDay(draft.date) && f.deadline < draft.date)
      problems.push({
        vi: `kết luận ${n}: thời hạn khắc phục trước ngày kiểm tra`,
        en: `finding ${n}: the deadline is before the inspection`,
      });
  });
  return problems;
}

/** The label a penalty record carries on the leaf ("Kiểm tra CCHC — QĐ 12/QĐ-UBND: …"). */
export function findingLabel(kind: InspectionKind, decisionNumber: string, text: string): string {
  const head = `${INSPECTION_KIND_LABEL[kind].vi} — QĐ ${decisionNumber.trim()}: ${text.trim()}`;
  return head.length > 500 ? `${head.slice(0, 497)}...` : head;
}
