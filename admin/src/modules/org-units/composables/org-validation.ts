import type { OrgUnitKind } from '@/graphql/generated/graphql';

/** Field → i18n key (with params). Pure functions so the rules are testable without a DOM. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
export type Errors = Record<string, FieldError>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

function checkDate(errors: Errors, field: string, value: string | null | undefined) {
  if (!value) errors[field] = { key: 'orgUnits.validation.dateRequired' };
  else if (!isValidIsoDate(value)) errors[field] = { key: 'orgUnits.validation.dateInvalid' };
}

const blank = (v: string | null | undefined) => !v || !v.trim();

export interface CreateForm {
  kind: OrgUnitKind | '';
  subtype: string;
  code: string;
  name: string;
  parentId: string | null;
  validFrom: string;
}
export function validateCreate(f: CreateForm): Errors {
  const e: Errors = {};
  if (!f.kind) e.kind = { key: 'orgUnits.validation.kindRequired' };
  if (blank(f.name)) e.name = { key: 'orgUnits.validation.nameRequired' };
  if (blank(f.code)) e.code = { key: 'orgUnits.validation.codeRequired' };
  if (blank(f.subtype)) e.subtype = { key: 'orgUnits.validation.subtypeRequired' };
  // Only a province may be a root.
  if (f.kind && f.kind !== 'PROVINCE' && !f.parentId) e.parentId = { key: 'orgUnits.validation.parentRequired' };
  checkDate(e, 'validFrom', f.validFrom);
  return e;
}

export function validateRename(currentName: string, name: string): Errors {
  if (blank(name)) return { name: { key: 'orgUnits.validation.nameRequired' } };
  if (name.trim() === currentName.trim()) return { name: { key: 'orgUnits.validation.nameUnchanged' } };
  return {};
}

export function validateSubtype(current: string, subtype: string): Errors {
  if (blank(subtype)) return { subtype: { key: 'orgUnits.validation.subtypeRequired' } };
  if (subtype.trim().toLocaleLowerCase('vi') === current.trim().toLocaleLowerCase('vi')) {
    return { subtype: { key: 'orgUnits.validation.subtypeUnchanged' } };
  }
  return {};
}

export interface UnitRef {
  id: string;
  ancestors?: readonly { id: string }[];
}
export function validateMove(unit: { id: string; parentId: string | null }, newParent: UnitRef | null): Errors {
  if (!newParent) return { newParent: { key: 'orgUnits.validation.parentRequired' } };
  if (newParent.id === unit.id || newParent.ancestors?.some((a) => a.id === unit.id)) {
    return { newParent: { key: 'orgUnits.validation.parentIsSelf' } };
  }
  if (newParent.id === unit.parentId) return { newParent: { key: 'orgUnits.validation.parentUnchanged' } };
  return {};
}

export function validateClose(validFrom: string | null | undefined, validTo: string): Errors {
  const e: Errors = {};
  checkDate(e, 'validTo', validTo);
  if (!e.validTo && validFrom && validTo <= validFrom) {
    e.validTo = { key: 'orgUnits.validation.dateBeforeValidFrom', params: { date: validFrom } };
  }
  return e;
}

export interface TargetForm {
  subtype: string;
  code: string;
  name: string;
}

export interface MergeForm {
  sourceIds: readonly string[];
  effectiveDate: string;
  target: TargetForm & { kind: OrgUnitKind | ''; parentId: string | null };
}
export function validateMerge(f: MergeForm): Errors {
  const e: Errors = {};
  if (new Set(f.sourceIds).size < 2) e.sourceIds = { key: 'orgUnits.validation.mergeMinSources' };
  checkDate(e, 'effectiveDate', f.effectiveDate);
  if (!f.target.kind) e['target.kind'] = { key: 'orgUnits.validation.kindRequired' };
  if (blank(f.target.name)) e['target.name'] = { key: 'orgUnits.validation.nameRequired' };
  if (blank(f.target.code)) e['target.code'] = { key: 'orgUnits.validation.codeRequired' };
  if (blank(f.target.subtype)) e['target.subtype'] = { key: 'orgUnits.validation.subtypeRequired' };
  if (!f.target.parentId) e['target.parentId'] = { key: 'orgUnits.validation.parentRequired' };
  return e;
}

export interface SplitForm {
  effectiveDate: string;
  targets: readonly TargetForm[];
}
export function validateSplit(f: SplitForm): Errors {
  const e: Errors = {};
  if (f.targets.length < 2) e.targets = { key: 'orgUnits.validation.splitMinTargets' };
  checkDate(e, 'effectiveDate', f.effectiveDate);
  f.targets.forEach((t, i) => {
    if (blank(t.name)) e[`targets.${i}.name`] = { key: 'orgUnits.validation.nameRequired' };
    if (blank(t.code)) e[`targets.${i}.code`] = { key: 'orgUnits.validation.codeRequired' };
    if (blank(t.subtype)) e[`targets.${i}.subtype`] = { key: 'orgUnits.validation.subtypeRequired' };
  });
  const codes = f.targets.map((t) => t.code.trim()).filter(Boolean);
  const dup = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
  if (dup.length) e.targetCodes = { key: 'orgUnits.validation.codesDuplicate', params: { codes: dup.join(', ') } };
  return e;
}

/** Vietnamese subtypes offered per kind (free text is still allowed: the data decides). */
export const SUBTYPE_SUGGESTIONS: Record<OrgUnitKind, string[]> = {
  PROVINCE: ['tỉnh', 'thành phố'],
  DEPARTMENT: ['sở', 'ban', 'thanh tra', 'văn phòng', 'cơ quan trung ương'],
  DISTRICT: ['huyện', 'thị xã', 'thành phố', 'quận'],
  COMMUNE: ['xã', 'phường', 'thị trấn', 'đặc khu'],
};

export const ORG_UNIT_KINDS: readonly OrgUnitKind[] = ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'];
