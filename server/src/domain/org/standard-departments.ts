/**
 * The standard specialised agencies of a provincial People's Committee (sở, ban, ngành) as data,
 * for both org models, with the 2025 department merges as predecessor links.
 *
 * Date choice: the department merges of 2025 follow Nghị định 45/2025/NĐ-CP (organisation of the
 * provincial specialised agencies), which took effect on 1 March 2025; provinces' own decisions
 * establishing the merged departments took effect on (or right around) that day. So merged-away
 * departments close on 2025-02-28 and newly named ones open on 2025-03-01. A province whose real
 * date differs can correct it in the admin UI; the plan only needs one consistent default.
 *
 * A department whose name did not change (e.g. Sở Tài chính, which absorbed Sở Kế hoạch và Đầu tư)
 * is one continuing unit: the same sourceKey in both eras, never closed.
 *
 * Deliberately not in the default lists: Ban Quản lý khu kinh tế and Sở Du lịch exist only in some
 * provinces (add them per province); Sở Ngoại vụ is included but flagged optional because many
 * provinces dissolved it in 2025 (functions moved to Văn phòng UBND / Sở Nội vụ).
 */
import type { IsoDate, OrgEra, PlannedLink, PlannedUnit } from './org-types';
import type { DepartmentSubtype } from './vietnamese-text';

/** Last day of the pre-merger departments. */
export const DEPARTMENT_MERGER_LAST_DAY: IsoDate = '2025-02-28';
/** First day of the merged departments (Nghị định 45/2025/NĐ-CP in force). */
export const DEPARTMENT_MERGER_EFFECTIVE: IsoDate = '2025-03-01';

/** "tỉnh" or "thành phố" (trực thuộc trung ương): appears in "Thanh tra tỉnh", "Văn phòng UBND thành phố". */
export type ProvinceLevelWord = 'tỉnh' | 'thành phố';

export interface StandardDepartment {
  /** Short stable abbreviation; the unit code is "<provinceCode>-<abbr>". Never reuse one. */
  readonly abbr: string;
  readonly subtype: DepartmentSubtype;
  readonly name: (level: ProvinceLevelWord) => string;
  readonly eras: readonly OrgEra[];
  /** Not every province has it; included by default, droppable with includeOptional: false. */
  readonly optional?: boolean;
}

const fixed = (n: string) => (): string => n;

export const STANDARD_DEPARTMENTS: readonly StandardDepartment[] = [
  // Continuing in both eras (name unchanged by the 2025 reform).
  { abbr: 'SNV', subtype: 'sở', name: fixed('Sở Nội vụ'), eras: ['three-level', 'two-level'] },
  { abbr: 'STP', subtype: 'sở', name: fixed('Sở Tư pháp'), eras: ['three-level', 'two-level'] },
  { abbr: 'STC', subtype: 'sở', name: fixed('Sở Tài chính'), eras: ['three-level', 'two-level'] },
  { abbr: 'SCT', subtype: 'sở', name: fixed('Sở Công Thương'), eras: ['three-level', 'two-level'] },
  { abbr: 'SXD', subtype: 'sở', name: fixed('Sở Xây dựng'), eras: ['three-level', 'two-level'] },
  { abbr: 'SKHCN', subtype: 'sở', name: fixed('Sở Khoa học và Công nghệ'), eras: ['three-level', 'two-level'] },
  { abbr: 'SVHTTDL', subtype: 'sở', name: fixed('Sở Văn hóa, Thể thao và Du lịch'), eras: ['three-level', 'two-level'] },
  { abbr: 'SGDDT', subtype: 'sở', name: fixed('Sở Giáo dục và Đào tạo'), eras: ['three-level', 'two-level'] },
  { abbr: 'SYT', subtype: 'sở', name: fixed('Sở Y tế'), eras: ['three-level', 'two-level'] },
  { abbr: 'TTT', subtype: 'thanh tra', name: (l) => `Thanh tra ${l}`, eras: ['three-level', 'two-level'] },
  { abbr: 'VPUBND', subtype: 'văn phòng', name: (l) => `Văn phòng UBND ${l}`, eras: ['three-level', 'two-level'] },
  { abbr: 'SNGV', subtype: 'sở', name: fixed('Sở Ngoại vụ'), eras: ['three-level', 'two-level'], optional: true },
  // Pre-2025 only: merged away on 1 March 2025.
  { abbr: 'SKHDT', subtype: 'sở', name: fixed('Sở Kế hoạch và Đầu tư'), eras: ['three-level'] },
  { abbr: 'STNMT', subtype: 'sở', name: fixed('Sở Tài nguyên và Môi trường'), eras: ['three-level'] },
  { abbr: 'SNNPTNT', subtype: 'sở', name: fixed('Sở Nông nghiệp và Phát triển nông thôn'), eras: ['three-level'] },
  { abbr: 'SLDTBXH', subtype: 'sở', name: fixed('Sở Lao động - Thương binh và Xã hội'), eras: ['three-level'] },
  { abbr: 'SGTVT', subtype: 'sở', name: fixed('Sở Giao thông vận tải'), eras: ['three-level'] },
  { abbr: 'STTTT', subtype: 'sở', name: fixed('Sở Thông tin và Truyền thông'), eras: ['three-level'] },
  { abbr: 'BDT', subtype: 'ban', name: fixed('Ban Dân tộc'), eras: ['three-level'] },
  // New names from 1 March 2025.
  { abbr: 'SNNMT', subtype: 'sở', name: fixed('Sở Nông nghiệp và Môi trường'), eras: ['two-level'] },
  { abbr: 'SDTTG', subtype: 'sở', name: fixed('Sở Dân tộc và Tôn giáo'), eras: ['two-level'] },
];

export interface DepartmentMerge {
  readonly from: string;
  readonly to: string;
  /** Only part of the predecessor's functions went to this successor. */
  readonly partial: boolean;
  readonly note: string;
}

/**
 * The real 2025 merges, by abbreviation. A department split across several successors has one
 * partial link per successor, so year-over-year views can follow each function.
 */
export const DEPARTMENT_MERGES_2025: readonly DepartmentMerge[] = [
  { from: 'SNNPTNT', to: 'SNNMT', partial: false, note: 'Sở NN&PTNT + Sở TN&MT → Sở Nông nghiệp và Môi trường' },
  { from: 'STNMT', to: 'SNNMT', partial: false, note: 'Sở NN&PTNT + Sở TN&MT → Sở Nông nghiệp và Môi trường' },
  { from: 'SKHDT', to: 'STC', partial: false, note: 'Sở KH&ĐT hợp nhất vào Sở Tài chính' },
  { from: 'SGTVT', to: 'SXD', partial: false, note: 'Sở GTVT hợp nhất vào Sở Xây dựng' },
  { from: 'STTTT', to: 'SKHCN', partial: true, note: 'Sở TT&TT hợp nhất vào Sở KH&CN (trừ báo chí, xuất bản)' },
  { from: 'STTTT', to: 'SVHTTDL', partial: true, note: 'báo chí, xuất bản chuyển sang Sở VH,TT&DL' },
  { from: 'SLDTBXH', to: 'SNV', partial: true, note: 'lao động, việc làm, người có công chuyển về Sở Nội vụ' },
  { from: 'SLDTBXH', to: 'SYT', partial: true, note: 'bảo trợ xã hội, trẻ em chuyển sang Sở Y tế' },
  { from: 'SLDTBXH', to: 'SGDDT', partial: true, note: 'giáo dục nghề nghiệp chuyển sang Sở GD&ĐT' },
  { from: 'SLDTBXH', to: 'SNNMT', partial: true, note: 'giảm nghèo chuyển sang Sở NN&MT' },
  { from: 'BDT', to: 'SDTTG', partial: false, note: 'Ban Dân tộc → Sở Dân tộc và Tôn giáo' },
  { from: 'SNV', to: 'SDTTG', partial: true, note: 'tín ngưỡng, tôn giáo (Ban Tôn giáo) chuyển từ Sở Nội vụ' },
];

export interface DepartmentsPlanOptions {
  /** "thành phố" for the centrally governed cities; default "tỉnh". */
  readonly provinceLevel?: ProvinceLevelWord;
  /** Include departments flagged optional (Sở Ngoại vụ). Default true. */
  readonly includeOptional?: boolean;
  /**
   * The province's own last day, if it closes (a pre-reform province merged away on 2025-06-30):
   * continuing departments then close with it, so no child outlives its parent.
   */
  readonly provinceValidTo?: IsoDate | null;
}

export interface DepartmentsPlan {
  readonly units: readonly PlannedUnit[];
  /**
   * Predecessor links of the 2025 merges. Only the two-level plan carries them (that is where the
   * successors are planned); import the three-level plan first so both ends exist.
   */
  readonly links: readonly PlannedLink[];
}

export function departmentCode(provinceCode: string, abbr: string): string {
  return `${provinceCode}-${abbr}`;
}

/** Same key in both eras for a continuing department, so importing both eras yields one unit. */
export function departmentSourceKey(provinceCode: string, abbr: string): string {
  return `department:${departmentCode(provinceCode, abbr)}`;
}

/** Planned department units (and, for the two-level era, the 2025 merge links) of one province. */
export function departmentsPlan(
  provinceCode: string,
  provinceSourceKey: string,
  era: OrgEra,
  options: DepartmentsPlanOptions = {},
): DepartmentsPlan {
  const level = options.provinceLevel ?? 'tỉnh';
  const includeOptional = options.includeOptional ?? true;
  const provinceValidTo = options.provinceValidTo ?? null;
  const selected = STANDARD_DEPARTMENTS.filter((d) => d.eras.includes(era) && (includeOptional || !d.optional));
  const units: PlannedUnit[] = selected.map((d) => {
    const onlyOld = !d.eras.includes('two-level');
    const onlyNew = !d.eras.includes('three-level');
    // Every pre-2025-only department was merged away (see DEPARTMENT_MERGES_2025).
    let validTo: IsoDate | null = onlyOld ? DEPARTMENT_MERGER_LAST_DAY : null;
    if (provinceValidTo !== null && (validTo === null || provinceValidTo < validTo)) validTo = provinceValidTo;
    return {
      sourceKey: departmentSourceKey(provinceCode, d.abbr),
      kind: 'DEPARTMENT',
      subtype: d.subtype,
      code: departmentCode(provinceCode, d.abbr),
      name: d.name(level),
      parentSourceKey: provinceSourceKey,
      validFrom: onlyNew ? DEPARTMENT_MERGER_EFFECTIVE : null,
      validTo,
    };
  });
  const links: PlannedLink[] =
    era === 'two-level'
      ? DEPARTMENT_MERGES_2025.filter((m) => selected.some((d) => d.abbr === m.to)).map((m) => ({
          predecessorSourceKey: departmentSourceKey(provinceCode, m.from),
          successorSourceKey: departmentSourceKey(provinceCode, m.to),
          partial: m.partial,
          effectiveDate: DEPARTMENT_MERGER_EFFECTIVE,
          note: m.note,
        }))
      : [];
  return { units, links };
}
