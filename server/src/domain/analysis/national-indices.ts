/**
 * The province's standing in the national indices measured by others: PAR INDEX (Bộ Nội vụ),
 * SIPAS (satisfaction with public services), PAPI (UNDP, on a scale of 80), PCI (VCCI) — and DDCI,
 * which a province runs itself for its departments and districts. The province records them per
 * year to show beside its own index. Pure checks: no database, no GraphQL.
 */
import { toHundredths, type Hundredths, type LocalizedText } from '../scoring/hundredths';

export type NationalIndexKind = 'PAR_INDEX' | 'SIPAS' | 'PAPI' | 'PCI' | 'DDCI';
export const NATIONAL_INDEX_KINDS: readonly NationalIndexKind[] = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'DDCI'];

/** Highest value of each index, in hundredths (PAPI is scored out of 80). */
export const NATIONAL_INDEX_MAX: Record<NationalIndexKind, Hundredths> = {
  PAR_INDEX: 10000,
  SIPAS: 10000,
  PAPI: 8000,
  PCI: 10000,
  DDCI: 10000,
};

/** First year each index was published (PCI 2005, PAPI 2009, PAR INDEX 2012, SIPAS 2017); DDCI from its first pilots. */
export const NATIONAL_INDEX_FIRST_YEAR: Record<NationalIndexKind, number> = {
  PAR_INDEX: 2012,
  SIPAS: 2017,
  PAPI: 2009,
  PCI: 2005,
  DDCI: 2010,
};

/** Short names as the province writes them. */
export const NATIONAL_INDEX_LABEL: Record<NationalIndexKind, string> = {
  PAR_INDEX: 'PAR INDEX',
  SIPAS: 'SIPAS',
  PAPI: 'PAPI',
  PCI: 'PCI',
  DDCI: 'DDCI',
};

/** DDCI ranks a province's own departments and districts; the others rank provinces nationally. */
export const isPerUnit = (kind: NationalIndexKind) => kind === 'DDCI';

/** Provinces ranked nationally: 63 until the 2025 merger, 34 after. */
export const provincesRanked = (year: number) => (year >= 2025 ? 34 : 63);

/** The longest source note of a figure (its column; the admin's field stops there too). */
export const MAX_NATIONAL_INDEX_SOURCE = 500;

/** The problem of a figure's source note (where it was published), or null. */
export function nationalIndexSourceIssue(source: string | null | undefined): NationalIndexIssue | null {
  const length = (source ?? '').trim().length;
  if (length <= MAX_NATIONAL_INDEX_SOURCE) return null;
  return {
    code: 'SOURCE_TOO_LONG',
    field: 'source',
    vi: `Nguồn số liệu dài ${length.toLocaleString('vi-VN')} ký tự, tối đa ${MAX_NATIONAL_INDEX_SOURCE} ký tự (ghi tên văn bản, cơ quan công bố)`,
    en: `The source is ${length} characters long, at most ${MAX_NATIONAL_INDEX_SOURCE}`,
  };
}

/** The largest number of units a DDCI ranks (the largest province's departments and districts, with room). */
export const MAX_DDCI_UNITS = 300;

export type NationalIndexIssueCode =
  | 'UNKNOWN_KIND'
  | 'YEAR_OUT_OF_RANGE'
  | 'VALUE_NOT_NUMBER'
  | 'VALUE_OUT_OF_RANGE'
  | 'RANK_OUT_OF_RANGE'
  | 'RANK_OF_OUT_OF_RANGE'
  | 'UNIT_REQUIRED'
  | 'UNIT_NOT_ALLOWED'
  | 'UNKNOWN_UNIT'
  | 'DUPLICATE'
  | 'SOURCE_TOO_LONG';

export interface NationalIndexIssue extends LocalizedText {
  code: NationalIndexIssueCode;
  /** The input field at fault, for forms. */
  field: 'kind' | 'year' | 'value' | 'rank' | 'rankOf' | 'unit' | 'source';
}

export interface NationalIndexDraft {
  kind: string;
  year: number;
  /** As typed: "89,32", "89.32" or a number. */
  value: string | number;
  rank?: number | null;
  rankOf?: number | null;
  /** Whether the draft names a unit (DDCI must; the national indices must not). */
  hasUnit: boolean;
}

export interface CheckedNationalIndex {
  kind: NationalIndexKind;
  year: number;
  value: Hundredths;
  rank: number | null;
  rankOf: number | null;
}

const fmt = (h: Hundredths) => (h / 100).toLocaleString('vi-VN');

/**
 * Checks one figure: a known index, a year it existed in and not in the future, a value on its
 * scale (two decimals kept, half up), a rank within how many were ranked. Every problem is
 * reported, each with a stable code.
 */
export function checkNationalIndex(
  draft: NationalIndexDraft,
  currentYear: number,
): { ok: CheckedNationalIndex; issues: [] } | { ok: null; issues: NationalIndexIssue[] } {
  const issues: NationalIndexIssue[] = [];
  if (!(NATIONAL_INDEX_KINDS as readonly string[]).includes(draft.kind)) {
    return {
      ok: null,
      issues: [
        {
          code: 'UNKNOWN_KIND',
          field: 'kind',
          vi: `Chỉ số "${draft.kind}" không thuộc PAR INDEX, SIPAS, PAPI, PCI, DDCI`,
          en: `"${draft.kind}" is not one of PAR INDEX, SIPAS, PAPI, PCI, DDCI`,
        },
      ],
    };
  }
  const kind = draft.kind as NationalIndexKind;
  const label = NATIONAL_INDEX_LABEL[kind];
  const first = NATIONAL_INDEX_FIRST_YEAR[kind];
  if (!Number.isInteger(draft.year) || draft.year < first || draft.year > currentYear)
    issues.push({
      code: 'YEAR_OUT_OF_RANGE',
      field: 'year',
      vi: `Năm ${draft.year} không hợp lệ: ${label} có từ năm ${first} đến năm ${currentYear}`,
      en: `Year ${draft.year} is out of range: ${label} exists from ${first} to ${currentYear}`,
    });
  const text = typeof draft.value === 'number' ? String(draft.value) : draft.value.trim().replace(',', '.');
  const value = text === '' ? null : toHundredths(text);
  const max = NATIONAL_INDEX_MAX[kind];
  if (value === null)
    issues.push({
      code: 'VALUE_NOT_NUMBER',
      field: 'value',
      vi: `Giá trị "${draft.value}" không phải là số`,
      en: `Value "${draft.value}" is not a number`,
    });
  else if (value < 0 || value > max)
    issues.push({
      code: 'VALUE_OUT_OF_RANGE',
      field: 'value',
      vi: `Giá trị ${label} phải từ 0 đến ${fmt(max)}`,
      en: `${label} must be between 0 and ${max / 100}`,
    });
  if (draft.hasUnit && !isPerUnit(kind))
    issues.push({
      code: 'UNIT_NOT_ALLOWED',
      field: 'unit',
      vi: `${label} là chỉ số của cả tỉnh, không ghi cho từng đơn vị`,
      en: `${label} is the province's own figure, not per unit`,
    });
  if (!draft.hasUnit && isPerUnit(kind))
    issues.push({
      code: 'UNIT_REQUIRED',
      field: 'unit',
      vi: 'DDCI cần ghi rõ đơn vị (sở, ban, ngành hoặc huyện, xã) được xếp hạng',
      en: 'DDCI needs the unit it ranks',
    });
  const ceiling = isPerUnit(kind) ? MAX_DDCI_UNITS : provincesRanked(Number.isInteger(draft.year) ? draft.year : currentYear);
  const rankOf = draft.rankOf ?? (isPerUnit(kind) ? null : ceiling);
  if (rankOf !== null && (!Number.isInteger(rankOf) || rankOf < 1 || rankOf > ceiling))
    issues.push({
      code: 'RANK_OF_OUT_OF_RANGE',
      field: 'rankOf',
      vi: isPerUnit(kind)
        ? `Số đơn vị được xếp hạng phải từ 1 đến ${ceiling}`
        : `Năm ${draft.year} cả nước có ${ceiling} tỉnh, thành phố: số được xếp hạng phải từ 1 đến ${ceiling}`,
      en: `The number ranked must be between 1 and ${ceiling}`,
    });
  const rank = draft.rank ?? null;
  if (rank !== null && (!Number.isInteger(rank) || rank < 1 || (rankOf !== null && rank > rankOf)))
    issues.push({
      code: 'RANK_OUT_OF_RANGE',
      field: 'rank',
      vi: `Thứ hạng phải từ 1 đến ${rankOf ?? ceiling}`,
      en: `The rank must be between 1 and ${rankOf ?? ceiling}`,
    });
  if (issues.length > 0) return { ok: null, issues };
  return { ok: { kind, year: draft.year, value: value!, rank, rankOf }, issues: [] };
}

/** Average of indices (hundredths), rounded half up; null for none. Integer arithmetic throughout. */
export function averageIndex(indices: readonly Hundredths[]): Hundredths | null {
  if (indices.length === 0) return null;
  const sum = indices.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + indices.length) / (2 * indices.length));
}
