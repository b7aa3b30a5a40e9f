/**
 * The head as a person (issue 10 §1): per unit and year, one or more terms of the head (a change
 * of head mid-year keeps both) and, where reform work is delegated, the deputy in charge.
 * Dates are ISO calendar days (YYYY-MM-DD); an open term has no end.
 */
import type { LocalizedText } from '../scoring';

export const HEAD_ROLES = ['HEAD', 'DEPUTY'] as const;
export type HeadRole = (typeof HEAD_ROLES)[number];

export interface HeadTerm {
  readonly id?: string;
  readonly role: HeadRole;
  readonly fullName: string;
  readonly title: string;
  readonly fromDate: string;
  readonly toDate: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Problems of one term, or of a term against the unit's other terms of the same role (overlap). */
export function validateHeadTerm(term: HeadTerm, others: readonly HeadTerm[], year: number): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (term.fullName.trim() === '') problems.push({ vi: 'cần nhập họ và tên', en: 'the full name is required' });
  if (term.fullName.length > 120) problems.push({ vi: 'họ và tên dài quá 120 ký tự', en: 'the full name is limited to 120 characters' });
  if (term.title.trim() === '') problems.push({ vi: 'cần nhập chức vụ', en: 'the title is required' });
  if (term.title.length > 160) problems.push({ vi: 'chức vụ dài quá 160 ký tự', en: 'the title is limited to 160 characters' });
  if (!validDate(term.fromDate)) problems.push({ vi: 'ngày bắt đầu không hợp lệ (YYYY-MM-DD)', en: 'invalid start date (YYYY-MM-DD)' });
  if (term.toDate !== null && !validDate(term.toDate))
    problems.push({ vi: 'ngày kết thúc không hợp lệ (YYYY-MM-DD)', en: 'invalid end date (YYYY-MM-DD)' });
  if (problems.length > 0) return problems;
  if (term.toDate !== null && term.toDate < term.fromDate)
    problems.push({ vi: 'ngày kết thúc trước ngày bắt đầu', en: 'the end date is before the start date' });
  if (term.fromDate > `${year}-12-31` || (term.toDate !== null && term.toDate < `${year}-01-01`))
    problems.push({ vi: `nhiệm kỳ không nằm trong năm ${year}`, en: `the term does not fall in ${year}` });
  // The earliest clashing term is named, whatever order the terms were read in.
  const clash = [...others]
    .sort((a, b) => (a.fromDate < b.fromDate ? -1 : a.fromDate > b.fromDate ? 1 : 0))
    .find((o) => o.id !== term.id && o.role === term.role && overlaps(o, term));
  if (clash)
    problems.push({
      vi: `trùng thời gian với ${clash.fullName} (${clash.fromDate} – ${clash.toDate ?? 'nay'})`,
      en: `overlaps with ${clash.fullName} (${clash.fromDate} – ${clash.toDate ?? 'now'})`,
    });
  return problems;
}

function overlaps(a: HeadTerm, b: HeadTerm): boolean {
  const aEnd = a.toDate ?? '9999-12-31';
  const bEnd = b.toDate ?? '9999-12-31';
  return a.fromDate <= bEnd && b.fromDate <= aEnd;
}

/** The term of `role` in force on a day, if any. */
export function termOn<T extends HeadTerm>(terms: readonly T[], role: HeadRole, isoDate: string): T | null {
  return terms.find((t) => t.role === role && t.fromDate <= isoDate && (t.toDate === null || t.toDate >= isoDate)) ?? null;
}

/**
 * The head who answers for the year's result: the one in office at the end of the year, else the
 * last one whose term started in it (a unit that closed mid-year). Earlier heads stay listed.
 */
export function answeringHead<T extends HeadTerm>(terms: readonly T[], year: number): T | null {
  const atEnd = termOn(terms, 'HEAD', `${year}-12-31`);
  if (atEnd) return atEnd;
  const heads = terms.filter((t) => t.role === 'HEAD').sort((a, b) => (a.fromDate < b.fromDate ? 1 : -1));
  return heads[0] ?? null;
}

/** Terms in display order: heads before deputies, then by start date. */
export function sortTerms<T extends HeadTerm>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) =>
    a.role !== b.role ? (a.role === 'HEAD' ? -1 : 1) : a.fromDate < b.fromDate ? -1 : a.fromDate > b.fromDate ? 1 : 0,
  );
}
