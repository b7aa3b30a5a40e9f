/**
 * Typed readers of the real unit lists in server/data/vn-admin-units (see README.md there) and the
 * import plans derived from them: flat lists of planned units with stable sourceKeys, so that an
 * importer can upsert by sourceKey and importing twice changes nothing.
 *
 * sourceKeys:
 *   province:<code>            — a province; shared by both eras when the code survives the reform
 *                                (the 34 post-reform provinces all kept the code of one predecessor)
 *   v2025:district:<code>      — districts of the three-level file (all closed on 2025-06-30)
 *   v2025:commune:<code>       — communes of the three-level file (all closed on 2025-06-30)
 *   v2026:commune:<code>       — communes of the two-level file (all opened on 2025-07-01)
 * Districts and communes are era-specific because post-reform communes often reuse the code of
 * one predecessor while being a different unit (README: "a code alone does not prove the unit is
 * unchanged").
 *
 * Files are parsed once per data directory and cached: the three-level file is 1.2 MB.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  matchPredecessors,
  mergerReport,
  parseMergerText,
  type MergerReport,
  type MergerReportEntry,
  type OldCommuneRef,
} from './merger-text';
import type { IsoDate, OrgEra, PlannedLink, PlannedUnit } from './org-types';
import { departmentsPlan, type ProvinceLevelWord } from './standard-departments';
import { canonicalFullName, foldVietnamese, subtypeFromName } from './vietnamese-text';

/** Last day of the three-level model (districts abolished from 1 July 2025). */
export const THREE_LEVEL_LAST_DAY: IsoDate = '2025-06-30';
/** First day of the two-level model. */
export const TWO_LEVEL_FIRST_DAY: IsoDate = '2025-07-01';

export const UNIT_FILES = {
  threeLevel: 'units-2025-03-three-level.json',
  twoLevel: 'units-2026-07-two-level.json',
  mergers: 'mergers-2025-07.json',
} as const;

// ---------------------------------------------------------------------------------------------
// Raw shapes (exactly as in the files)

export interface ThreeLevelWard {
  readonly Code: string;
  readonly FullName: string;
  readonly DistrictCode: string;
}
export interface ThreeLevelDistrict {
  readonly Code: string;
  readonly FullName: string;
  readonly ProvinceCode: string;
  /** null for island districts without communes (Côn Đảo, Bạch Long Vĩ, Hoàng Sa, …). */
  readonly Ward: readonly ThreeLevelWard[] | null;
}
export interface ThreeLevelProvince {
  readonly Code: string;
  readonly FullName: string;
  readonly District: readonly ThreeLevelDistrict[];
}
export interface TwoLevelWard {
  readonly Code: string;
  readonly FullName: string;
  readonly ProvinceCode: string;
}
export interface TwoLevelProvince {
  readonly Code: string;
  readonly FullName: string;
  readonly Wards: readonly TwoLevelWard[];
}
export interface MergerRecord {
  /** Code of the post-reform unit. */
  readonly ma: string;
  readonly ten: string;
  /** Parent province code; "0" for a province. */
  readonly magoc: string;
  readonly malk: string;
  readonly truocsapnhap: string;
}

export class UnitDatasetError extends Error {
  override readonly name = 'UnitDatasetError';
}

// ---------------------------------------------------------------------------------------------
// Validation: the files are external input, so check shapes once instead of trusting a cast.

type Obj = Record<string, unknown>;
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new UnitDatasetError(`${where}: "${key}" must be a string`);
  return v;
}
function arr(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new UnitDatasetError(`${where}: expected an array`);
  return v;
}
function obj(v: unknown, where: string): Obj {
  if (!isObj(v)) throw new UnitDatasetError(`${where}: expected an object`);
  return v;
}

function toThreeLevel(json: unknown): ThreeLevelProvince[] {
  return arr(json, UNIT_FILES.threeLevel).map((p, i) => {
    const po = obj(p, `${UNIT_FILES.threeLevel}[${i}]`);
    const pw = `${UNIT_FILES.threeLevel} province ${String(po.Code)}`;
    return {
      Code: str(po, 'Code', pw),
      FullName: str(po, 'FullName', pw),
      District: arr(po.District, pw).map((d) => {
        const dobj = obj(d, pw);
        const dw = `${pw} district ${String(dobj.Code)}`;
        return {
          Code: str(dobj, 'Code', dw),
          FullName: str(dobj, 'FullName', dw),
          ProvinceCode: str(dobj, 'ProvinceCode', dw),
          Ward:
            dobj.Ward === null || dobj.Ward === undefined
              ? null
              : arr(dobj.Ward, dw).map((w) => {
                  const wo = obj(w, dw);
                  return { Code: str(wo, 'Code', dw), FullName: str(wo, 'FullName', dw), DistrictCode: str(wo, 'DistrictCode', dw) };
                }),
        };
      }),
    };
  });
}

function toTwoLevel(json: unknown): TwoLevelProvince[] {
  return arr(json, UNIT_FILES.twoLevel).map((p, i) => {
    const po = obj(p, `${UNIT_FILES.twoLevel}[${i}]`);
    const pw = `${UNIT_FILES.twoLevel} province ${String(po.Code)}`;
    return {
      Code: str(po, 'Code', pw),
      FullName: str(po, 'FullName', pw),
      Wards: arr(po.Wards, pw).map((w) => {
        const wo = obj(w, pw);
        return { Code: str(wo, 'Code', pw), FullName: str(wo, 'FullName', pw), ProvinceCode: str(wo, 'ProvinceCode', pw) };
      }),
    };
  });
}

function toMergers(json: unknown): MergerRecord[] {
  return arr(json, UNIT_FILES.mergers).map((r, i) => {
    const o = obj(r, `${UNIT_FILES.mergers}[${i}]`);
    const w = `${UNIT_FILES.mergers}[${i}]`;
    return {
      ma: str(o, 'ma', w),
      ten: str(o, 'ten', w),
      magoc: str(o, 'magoc', w),
      malk: str(o, 'malk', w),
      truocsapnhap: str(o, 'truocsapnhap', w),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Readers (cached per data directory)

/**
 * Where the data lives: server/data/vn-admin-units. Resolved from this file so it works from
 * src/ (tests, swc-node) and from dist/src/ (compiled build, one level deeper).
 */
export function defaultDataDir(): string {
  const candidates = [path.resolve(__dirname, '../../../data/vn-admin-units'), path.resolve(__dirname, '../../../../data/vn-admin-units')];
  return candidates.find((d) => fs.existsSync(path.join(d, UNIT_FILES.twoLevel))) ?? candidates[0];
}

function cached<T>(cache: Map<string, T>, dataDir: string, file: string, convert: (json: unknown) => T): T {
  const key = path.resolve(dataDir);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const full = path.join(dataDir, file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (e) {
    throw new UnitDatasetError(`cannot read ${full}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const value = convert(json);
  cache.set(key, value);
  return value;
}

const threeLevelCache = new Map<string, readonly ThreeLevelProvince[]>();
const twoLevelCache = new Map<string, readonly TwoLevelProvince[]>();
const mergersCache = new Map<string, readonly MergerRecord[]>();

export function readThreeLevelUnits(dataDir: string = defaultDataDir()): readonly ThreeLevelProvince[] {
  return cached(threeLevelCache, dataDir, UNIT_FILES.threeLevel, toThreeLevel);
}
export function readTwoLevelUnits(dataDir: string = defaultDataDir()): readonly TwoLevelProvince[] {
  return cached(twoLevelCache, dataDir, UNIT_FILES.twoLevel, toTwoLevel);
}
export function readMergers(dataDir: string = defaultDataDir()): readonly MergerRecord[] {
  return cached(mergersCache, dataDir, UNIT_FILES.mergers, toMergers);
}

// ---------------------------------------------------------------------------------------------
// Keys

export const provinceSourceKey = (code: string): string => `province:${code}`;
export const oldDistrictSourceKey = (code: string): string => `v2025:district:${code}`;
export const oldCommuneSourceKey = (code: string): string => `v2025:commune:${code}`;
export const newCommuneSourceKey = (code: string): string => `v2026:commune:${code}`;

export interface PlanOptions {
  /** Restrict to one province (two-digit code, e.g. "22"); all provinces when omitted. */
  readonly provinceCode?: string;
  readonly dataDir?: string;
}

function provinceUnit(code: string, fullName: string, validFrom: IsoDate | null, validTo: IsoDate | null): PlannedUnit {
  return {
    sourceKey: provinceSourceKey(code),
    kind: 'PROVINCE',
    subtype: subtypeFromName(fullName).subtype,
    code,
    name: canonicalFullName(fullName),
    parentSourceKey: null,
    validFrom,
    validTo,
  };
}

function selectProvinces<T extends { readonly Code: string }>(
  all: readonly T[],
  provinceCode: string | undefined,
  file: string,
): readonly T[] {
  if (provinceCode === undefined) return all;
  const found = all.filter((p) => p.Code === provinceCode);
  if (found.length === 0) throw new UnitDatasetError(`province ${provinceCode} is not in ${file}`);
  return found;
}

/**
 * Plan of the three-level model (file of 2025-03): provinces, districts, communes. Districts and
 * communes close on 2025-06-30; a province closes then too unless its code is a post-reform
 * province code, in which case it is the same continuing unit as in the two-level plan.
 */
export function planThreeLevel(options: PlanOptions = {}): PlannedUnit[] {
  const dataDir = options.dataDir ?? defaultDataDir();
  const newCodes = new Set(readTwoLevelUnits(dataDir).map((p) => p.Code));
  const out: PlannedUnit[] = [];
  for (const p of selectProvinces(readThreeLevelUnits(dataDir), options.provinceCode, UNIT_FILES.threeLevel)) {
    out.push(provinceUnit(p.Code, p.FullName, null, newCodes.has(p.Code) ? null : THREE_LEVEL_LAST_DAY));
    for (const d of p.District) {
      const dKey = oldDistrictSourceKey(d.Code);
      out.push({
        sourceKey: dKey,
        kind: 'DISTRICT',
        subtype: subtypeFromName(d.FullName).subtype,
        code: d.Code,
        name: canonicalFullName(d.FullName),
        parentSourceKey: provinceSourceKey(p.Code),
        validFrom: null,
        validTo: THREE_LEVEL_LAST_DAY,
      });
      for (const w of d.Ward ?? []) {
        out.push({
          sourceKey: oldCommuneSourceKey(w.Code),
          kind: 'COMMUNE',
          subtype: subtypeFromName(w.FullName).subtype,
          code: w.Code,
          name: canonicalFullName(w.FullName),
          parentSourceKey: dKey,
          validFrom: null,
          validTo: THREE_LEVEL_LAST_DAY,
        });
      }
    }
  }
  return out;
}

interface MergerIndex {
  readonly byCode: Map<string, MergerRecord>;
  readonly byName: Map<string, MergerRecord[]>;
  readonly provinces: Map<string, MergerRecord>;
}
const mergerIndexCache = new Map<string, MergerIndex>();
function mergerIndex(dataDir: string): MergerIndex {
  const hit = mergerIndexCache.get(dataDir);
  if (hit) return hit;
  const byCode = new Map<string, MergerRecord>();
  const byName = new Map<string, MergerRecord[]>();
  const provinces = new Map<string, MergerRecord>();
  for (const r of readMergers(dataDir)) {
    if (r.magoc === '0') {
      provinces.set(r.ma, r);
      continue;
    }
    byCode.set(`${r.magoc}/${r.ma}`, r);
    const k = `${r.magoc}/${foldVietnamese(r.ten)}`;
    const list = byName.get(k);
    if (list) list.push(r);
    else byName.set(k, [r]);
  }
  const idx = { byCode, byName, provinces };
  mergerIndexCache.set(dataDir, idx);
  return idx;
}

/**
 * The merger record of a post-reform commune: by code within the province, else by (folded) name
 * within the province — e.g. Phường Hiệp Hòa (Quảng Ninh) is 07147 in the unit file but 00071 in
 * the mergers file. A code hit whose name disagrees is not trusted; a name shared by two records is
 * not guessed.
 */
export function findMergerRecord(
  provinceCode: string,
  code: string,
  fullName: string,
  dataDir: string = defaultDataDir(),
): MergerRecord | null {
  const idx = mergerIndex(dataDir);
  const folded = foldVietnamese(fullName);
  const byCode = idx.byCode.get(`${provinceCode}/${code}`);
  if (byCode && foldVietnamese(byCode.ten) === folded) return byCode;
  const byName = idx.byName.get(`${provinceCode}/${folded}`) ?? [];
  if (byName.length === 1) return byName[0];
  return byCode ?? null;
}

/**
 * Plan of the two-level model (file of 2026-07): provinces and communes. Communes open on
 * 2025-07-01 and carry their merger text; a province is continuing (validFrom null) when its code
 * existed before the reform, otherwise it opens on 2025-07-01.
 */
export function planTwoLevel(options: PlanOptions = {}): PlannedUnit[] {
  const dataDir = options.dataDir ?? defaultDataDir();
  const oldCodes = new Set(readThreeLevelUnits(dataDir).map((p) => p.Code));
  const out: PlannedUnit[] = [];
  for (const p of selectProvinces(readTwoLevelUnits(dataDir), options.provinceCode, UNIT_FILES.twoLevel)) {
    out.push(provinceUnit(p.Code, p.FullName, oldCodes.has(p.Code) ? null : TWO_LEVEL_FIRST_DAY, null));
    for (const w of p.Wards) {
      const rec = findMergerRecord(p.Code, w.Code, w.FullName, dataDir);
      const unit: PlannedUnit = {
        sourceKey: newCommuneSourceKey(w.Code),
        kind: 'COMMUNE',
        subtype: subtypeFromName(w.FullName).subtype,
        code: w.Code,
        name: canonicalFullName(w.FullName),
        parentSourceKey: provinceSourceKey(p.Code),
        validFrom: TWO_LEVEL_FIRST_DAY,
        validTo: null,
      };
      out.push(rec ? { ...unit, mergerText: rec.truocsapnhap } : unit);
    }
  }
  return out;
}

/** Plan of one era's territorial units (no departments). */
export function planUnits(era: OrgEra, options: PlanOptions = {}): PlannedUnit[] {
  return era === 'three-level' ? planThreeLevel(options) : planTwoLevel(options);
}

// ---------------------------------------------------------------------------------------------
// Province and commune successions

// "TPHCM" is the only province written without subtype in the mergers file.
const PROVINCE_ALIASES: Readonly<Record<string, string>> = { tphcm: 'ho chi minh', 'tp hcm': 'ho chi minh', 'tp.hcm': 'ho chi minh' };

/**
 * Pre-reform province codes that formed a post-reform province, read from the province merger
 * text ("tỉnh Bắc Giang và tỉnh Bắc Ninh"); the province with the same code is always included.
 */
export function predecessorProvinceCodes(newProvinceCode: string, dataDir: string = defaultDataDir()): string[] {
  const old = readThreeLevelUnits(dataDir);
  const byName = new Map(old.map((p) => [foldVietnamese(subtypeFromName(p.FullName).name), p.Code]));
  const codes = new Set<string>();
  if (old.some((p) => p.Code === newProvinceCode)) codes.add(newProvinceCode);
  const rec = mergerIndex(dataDir).provinces.get(newProvinceCode);
  if (rec) {
    for (const c of parseMergerText(rec.truocsapnhap).candidates) {
      const key = foldVietnamese(c.name);
      const code = byName.get(PROVINCE_ALIASES[key] ?? key);
      if (code) codes.add(code);
    }
  }
  return [...codes].sort();
}

const oldCommuneCache = new Map<string, OldCommuneRef[]>();
/** The pre-reform communes of every province that formed the given post-reform province. */
export function oldCommunesForNewProvince(newProvinceCode: string, dataDir: string = defaultDataDir()): readonly OldCommuneRef[] {
  const key = `${dataDir}\u0000${newProvinceCode}`;
  const hit = oldCommuneCache.get(key);
  if (hit) return hit;
  const codes = new Set(predecessorProvinceCodes(newProvinceCode, dataDir));
  const out: OldCommuneRef[] = [];
  for (const p of readThreeLevelUnits(dataDir)) {
    if (!codes.has(p.Code)) continue;
    for (const d of p.District) {
      for (const w of d.Ward ?? []) {
        out.push({ sourceKey: oldCommuneSourceKey(w.Code), code: w.Code, fullName: w.FullName, districtName: d.FullName });
      }
    }
  }
  oldCommuneCache.set(key, out);
  return out;
}

export interface CommuneSuccession {
  /** Old commune → new commune links, effective 2025-07-01, derived from the merger text. */
  readonly links: readonly PlannedLink[];
  readonly entries: readonly MergerReportEntry[];
  readonly report: MergerReport;
}

/** Match every post-reform commune of a province to its predecessors (best-effort, reported). */
export function communeSuccession(newProvinceCode: string, dataDir: string = defaultDataDir()): CommuneSuccession {
  const old = oldCommunesForNewProvince(newProvinceCode, dataDir);
  const entries: MergerReportEntry[] = [];
  const links: PlannedLink[] = [];
  for (const u of planTwoLevel({ provinceCode: newProvinceCode, dataDir })) {
    if (u.kind !== 'COMMUNE') continue;
    const text = u.mergerText ?? null;
    const match =
      text === null
        ? { links: [], unmatched: [], ambiguous: [] }
        : matchPredecessors({ sourceKey: u.sourceKey, code: u.code, fullName: u.name }, text, old);
    entries.push({ newSourceKey: u.sourceKey, newCode: u.code, newName: u.name, mergerText: text, match });
    for (const l of match.links) {
      links.push({
        predecessorSourceKey: l.oldSourceKey,
        successorSourceKey: u.sourceKey,
        partial: l.partial,
        effectiveDate: TWO_LEVEL_FIRST_DAY,
        note: l.text,
      });
    }
  }
  return { links: markSharedPredecessorsPartial(links), entries, report: mergerReport(entries) };
}

/**
 * An old commune named in the merger texts of several new communes was divided between them,
 * even where the text does not say "một phần": each of those links covers only part of it.
 */
export function markSharedPredecessorsPartial(links: PlannedLink[]): PlannedLink[] {
  const successors = new Map<string, number>();
  for (const link of links) successors.set(link.predecessorSourceKey, (successors.get(link.predecessorSourceKey) ?? 0) + 1);
  return links.map((link) => ((successors.get(link.predecessorSourceKey) ?? 0) > 1 ? { ...link, partial: true } : link));
}

/** Links from merged-away pre-reform provinces to the post-reform province (effective 2025-07-01). */
export function provinceSuccessionLinks(newProvinceCode: string, dataDir: string = defaultDataDir()): PlannedLink[] {
  return predecessorProvinceCodes(newProvinceCode, dataDir)
    .filter((c) => c !== newProvinceCode)
    .map((c) => ({
      predecessorSourceKey: provinceSourceKey(c),
      successorSourceKey: provinceSourceKey(newProvinceCode),
      partial: false,
      effectiveDate: TWO_LEVEL_FIRST_DAY,
      note: mergerIndex(dataDir).provinces.get(newProvinceCode)?.truocsapnhap,
    }));
}

// ---------------------------------------------------------------------------------------------
// Whole plan

export interface ImportPlanOptions extends PlanOptions {
  /** Add the standard departments of each province (default true). */
  readonly withDepartments?: boolean;
  /** Two-level era only: derive commune and province predecessor links (default true). */
  readonly withSuccession?: boolean;
}

export interface ImportPlan {
  readonly era: OrgEra;
  readonly units: readonly PlannedUnit[];
  readonly links: readonly PlannedLink[];
  /** Merger matching reports per post-reform province (two-level era with succession). */
  readonly mergerReports: ReadonlyMap<string, MergerReport>;
}

/**
 * Everything to import for one era: territorial units, standard departments and (two-level era)
 * predecessor links. Import the three-level era first so the links' predecessors exist.
 */
export function importPlan(era: OrgEra, options: ImportPlanOptions = {}): ImportPlan {
  const dataDir = options.dataDir ?? defaultDataDir();
  const units = planUnits(era, { ...options, dataDir });
  const links: PlannedLink[] = [];
  const mergerReports = new Map<string, MergerReport>();
  const provinces = units.filter((u) => u.kind === 'PROVINCE');
  const all: PlannedUnit[] = [...units];
  if (options.withDepartments ?? true) {
    for (const p of provinces) {
      const level: ProvinceLevelWord = p.subtype === 'thành phố' ? 'thành phố' : 'tỉnh';
      const d = departmentsPlan(p.code, p.sourceKey, era, { provinceLevel: level, provinceValidTo: p.validTo });
      all.push(...d.units);
      links.push(...d.links);
    }
  }
  if (era === 'two-level' && (options.withSuccession ?? true)) {
    for (const p of provinces) {
      links.push(...provinceSuccessionLinks(p.code, dataDir));
      const s = communeSuccession(p.code, dataDir);
      links.push(...s.links);
      mergerReports.set(p.code, s.report);
    }
  }
  return { era, units: all, links, mergerReports };
}
