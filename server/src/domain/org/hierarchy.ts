/**
 * Pure rules for the org tree, stored as parent + materialized path + level and maintained by our
 * own service (not an ORM tree helper), plus merge/split planning as plain data.
 *
 * Path format: "/<id>/<id>/…/" — ids separated and enclosed by "/", so a prefix test can never
 * confuse "/1/" with "/12/", and the root's path is "/<rootId>/". Level = number of ids − 1
 * (a province, at the root, is level 0).
 */
import type { IsoDate, OrgKind, PlannedLink } from './org-types';
import type { OrgSubtype } from './vietnamese-text';

/** A rule violation with messages for the admin UI (vi) and for logs/API clients (en). */
export interface OrgRuleError {
  readonly code: OrgRuleErrorCode;
  readonly vi: string;
  readonly en: string;
}

export type OrgRuleErrorCode =
  | 'INVALID_ID'
  | 'INVALID_PATH'
  | 'MOVE_UNDER_SELF'
  | 'MOVE_UNDER_DESCENDANT'
  | 'KIND_NOT_ALLOWED_UNDER_PARENT'
  | 'INVALID_DATE'
  | 'VALID_FROM_AFTER_VALID_TO'
  | 'OUTSIDE_PARENT_VALIDITY'
  | 'EMPTY_NAME'
  | 'MERGE_WITH_SELF'
  | 'MERGE_TOO_FEW'
  | 'MERGE_KIND_MISMATCH'
  | 'UNIT_NOT_VALID_ON_DATE'
  | 'SPLIT_TOO_FEW'
  | 'DUPLICATE_NAME';

const err = (code: OrgRuleErrorCode, vi: string, en: string): OrgRuleError => ({ code, vi, en });

export type RuleResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly OrgRuleError[] };

// ---------------------------------------------------------------------------------------------
// Materialized path

function checkId(id: string | number): string {
  const s = String(id);
  if (s === '' || s.includes('/')) throw new RangeError(`invalid unit id for a path: "${s}"`);
  return s;
}

export function isValidPath(p: string): boolean {
  return /^\/([^/]+\/)+$/.test(p);
}

/** Path of the root unit with this id. */
export function rootPath(id: string | number): string {
  return `/${checkId(id)}/`;
}

/** Path of a child: the parent's path plus the child's id. Throws on malformed input (a bug, not user input). */
export function childPath(parentPath: string, id: string | number): string {
  if (!isValidPath(parentPath)) throw new RangeError(`invalid path: "${parentPath}"`);
  return `${parentPath}${checkId(id)}/`;
}

/** Depth of a path: 0 for a root. */
export function levelOf(p: string): number {
  if (!isValidPath(p)) throw new RangeError(`invalid path: "${p}"`);
  return p.split('/').length - 3;
}

/** Ids from the root down to the unit itself. */
export function pathIds(p: string): string[] {
  if (!isValidPath(p)) throw new RangeError(`invalid path: "${p}"`);
  return p.slice(1, -1).split('/');
}

/** Parent's path, or null for a root. */
export function parentPathOf(p: string): string | null {
  const ids = pathIds(p);
  return ids.length === 1 ? null : `/${ids.slice(0, -1).join('/')}/`;
}

/** Strict: a unit is not its own descendant. */
export function isDescendantPath(path: string, ancestorPath: string): boolean {
  return path.length > ancestorPath.length && path.startsWith(ancestorPath);
}

/** A unit cannot move under itself or under one of its own descendants (that would make a cycle). */
export function canMoveUnder(unitPath: string, newParentPath: string): boolean {
  return unitPath !== newParentPath && !isDescendantPath(newParentPath, unitPath);
}

/**
 * After moving the unit at `oldUnitPath` to `newUnitPath`, the new path of one of its descendants
 * (or of the unit itself). The service applies this to the whole subtree in one UPDATE.
 */
export function rebasePath(descendantPath: string, oldUnitPath: string, newUnitPath: string): string {
  if (descendantPath !== oldUnitPath && !isDescendantPath(descendantPath, oldUnitPath)) {
    throw new RangeError(`"${descendantPath}" is not in the subtree of "${oldUnitPath}"`);
  }
  return newUnitPath + descendantPath.slice(oldUnitPath.length);
}

// ---------------------------------------------------------------------------------------------
// Kind / parent compatibility

const ALLOWED_PARENTS: Readonly<Record<OrgKind, readonly (OrgKind | null)[]>> = {
  PROVINCE: [null],
  DEPARTMENT: ['PROVINCE'],
  DISTRICT: ['PROVINCE'],
  // Under a district in the three-level model, directly under the province in the two-level one.
  COMMUNE: ['DISTRICT', 'PROVINCE'],
};

const KIND_VI: Readonly<Record<OrgKind, string>> = {
  PROVINCE: 'tỉnh/thành phố',
  DEPARTMENT: 'sở, ban, ngành',
  DISTRICT: 'huyện/quận/thị xã/thành phố thuộc tỉnh',
  COMMUNE: 'xã/phường/thị trấn/đặc khu',
};

export function isAllowedParentKind(childKind: OrgKind, parentKind: OrgKind | null): boolean {
  return ALLOWED_PARENTS[childKind].includes(parentKind);
}

export function checkParentKind(childKind: OrgKind, parentKind: OrgKind | null): OrgRuleError[] {
  if (isAllowedParentKind(childKind, parentKind)) return [];
  const where = parentKind === null ? 'ở cấp gốc' : `trực thuộc ${KIND_VI[parentKind]}`;
  const whereEn = parentKind === null ? 'at the root' : `under a ${parentKind}`;
  return [
    err(
      'KIND_NOT_ALLOWED_UNDER_PARENT',
      `Đơn vị loại ${KIND_VI[childKind]} không thể đặt ${where}.`,
      `A ${childKind} cannot be placed ${whereEn}.`,
    ),
  ];
}

export interface MoveSubject {
  readonly kind: OrgKind;
  readonly path: string;
}

/** All reasons a move is refused (empty when allowed). newParent null = move to the root. */
export function checkMove(unit: MoveSubject, newParent: MoveSubject | null): OrgRuleError[] {
  const errors: OrgRuleError[] = [];
  if (!isValidPath(unit.path) || (newParent && !isValidPath(newParent.path))) {
    return [err('INVALID_PATH', 'Đường dẫn cây đơn vị không hợp lệ.', 'Invalid materialized path.')];
  }
  if (newParent && newParent.path === unit.path) {
    errors.push(err('MOVE_UNDER_SELF', 'Không thể chuyển đơn vị vào chính nó.', 'A unit cannot be moved under itself.'));
  } else if (newParent && isDescendantPath(newParent.path, unit.path)) {
    errors.push(
      err(
        'MOVE_UNDER_DESCENDANT',
        'Không thể chuyển đơn vị vào đơn vị cấp dưới của chính nó.',
        'A unit cannot be moved under one of its own descendants.',
      ),
    );
  }
  errors.push(...checkParentKind(unit.kind, newParent ? newParent.kind : null));
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Validity periods (inclusive ISO dates; null = open-ended)

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The calendar day before an ISO date (UTC arithmetic, so no time-zone or DST surprises). */
export function dayBefore(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`invalid ISO date: "${date}"`);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface Validity {
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

export function checkValidity(v: Validity): OrgRuleError[] {
  const errors: OrgRuleError[] = [];
  for (const d of [v.validFrom, v.validTo]) {
    if (d !== null && !isIsoDate(d)) errors.push(err('INVALID_DATE', `Ngày không hợp lệ: "${d}".`, `Invalid date: "${d}".`));
  }
  if (errors.length === 0 && v.validFrom !== null && v.validTo !== null && v.validFrom > v.validTo) {
    errors.push(
      err(
        'VALID_FROM_AFTER_VALID_TO',
        'Ngày bắt đầu hiệu lực phải trước hoặc bằng ngày hết hiệu lực.',
        'validFrom must be on or before validTo.',
      ),
    );
  }
  return errors;
}

/** Is the unit valid on this day? */
export function isValidOn(v: Validity, date: IsoDate): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date <= v.validTo);
}

/**
 * A child must not exist outside its parent's validity: a commune cannot outlive its district.
 * An open bound on the child (null) under a closed parent is an error too, since it would claim
 * the child still exists after the parent closed.
 */
export function checkValidityWithinParent(child: Validity, parent: Validity): OrgRuleError[] {
  const own = [...checkValidity(child), ...checkValidity(parent)];
  if (own.length > 0) return own;
  const startsBefore = parent.validFrom !== null && (child.validFrom === null || child.validFrom < parent.validFrom);
  const endsAfter = parent.validTo !== null && (child.validTo === null || child.validTo > parent.validTo);
  if (!startsBefore && !endsAfter) return [];
  return [
    err(
      'OUTSIDE_PARENT_VALIDITY',
      'Thời gian hiệu lực của đơn vị phải nằm trong thời gian hiệu lực của đơn vị cấp trên.',
      "A unit's validity must lie within its parent's validity.",
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Merge / split planning

/** What the planner needs to know about an existing unit. */
export interface ExistingUnit extends Validity {
  readonly id: string;
  readonly kind: OrgKind;
  readonly name: string;
}

/** A unit to be created by a merge or split. */
export interface NewUnitSpec {
  /** Caller-chosen temporary key, used in the links until the unit has an id. */
  readonly key: string;
  readonly kind: OrgKind;
  readonly subtype: OrgSubtype | null;
  readonly name: string;
  readonly code?: string;
}

export interface ClosingUnit {
  readonly id: string;
  readonly validTo: IsoDate;
}
export interface OpeningUnit extends NewUnitSpec {
  readonly validFrom: IsoDate;
  readonly validTo: null;
}
/** Link endpoints are ids of existing units or keys of units opened by the same plan. */
export type ReorgLink = Omit<PlannedLink, 'predecessorSourceKey' | 'successorSourceKey'> & {
  readonly predecessor: string;
  readonly successor: string;
};

export interface ReorgPlan {
  readonly effectiveDate: IsoDate;
  readonly close: readonly ClosingUnit[];
  readonly open: readonly OpeningUnit[];
  readonly links: readonly ReorgLink[];
}

function checkEffectiveDate(effectiveDate: IsoDate): OrgRuleError[] {
  return isIsoDate(effectiveDate)
    ? []
    : [err('INVALID_DATE', `Ngày hiệu lực không hợp lệ: "${effectiveDate}".`, `Invalid effective date: "${effectiveDate}".`)];
}

function checkName(name: string): OrgRuleError[] {
  return name.trim() === '' ? [err('EMPTY_NAME', 'Tên đơn vị không được để trống.', 'The unit name must not be empty.')] : [];
}

/** The unit must exist the day before the change (to close it) — and be open that day. */
function checkOpenBefore(u: ExistingUnit, effectiveDate: IsoDate): OrgRuleError[] {
  const last = dayBefore(effectiveDate);
  if (isValidOn(u, last)) return [];
  return [
    err(
      'UNIT_NOT_VALID_ON_DATE',
      `Đơn vị "${u.name}" không còn hiệu lực (hoặc chưa có hiệu lực) vào ngày ${last}, không thể sắp xếp.`,
      `Unit "${u.name}" is not valid on ${last} (closed or not yet open); it cannot be reorganised.`,
    ),
  ];
}

export interface MergeInput {
  readonly sources: readonly ExistingUnit[];
  /**
   * Either a new unit formed by the merge, or an existing unit that absorbs the sources and
   * continues (e.g. Sở Tài chính absorbing Sở Kế hoạch và Đầu tư).
   */
  readonly target: { readonly new: NewUnitSpec } | { readonly existing: ExistingUnit };
  readonly effectiveDate: IsoDate;
}

/**
 * Plan a merge: every source closes on the day before the effective date, a new target opens on
 * it (an absorbing target stays open), and each source gets a full link to the target.
 */
export function planMerge(input: MergeInput): RuleResult<ReorgPlan> {
  const errors: OrgRuleError[] = [...checkEffectiveDate(input.effectiveDate)];
  if (errors.length > 0) return { ok: false, errors };
  const ids = input.sources.map((s) => s.id);
  const absorbing = 'existing' in input.target ? input.target.existing : null;
  const newTarget = 'new' in input.target ? input.target.new : null;
  if (new Set(ids).size !== ids.length || (absorbing && ids.includes(absorbing.id))) {
    errors.push(err('MERGE_WITH_SELF', 'Không thể sáp nhập một đơn vị với chính nó.', 'A unit cannot be merged with itself.'));
  }
  // A new target needs two distinct sources; an absorbing target needs one other unit.
  const participants = new Set([...ids, ...(absorbing ? [absorbing.id] : [])]).size;
  if (participants < 2) {
    errors.push(err('MERGE_TOO_FEW', 'Sáp nhập cần ít nhất hai đơn vị.', 'A merge needs at least two units.'));
  }
  const targetKind = absorbing ? absorbing.kind : newTarget ? newTarget.kind : null;
  const all = [...input.sources, ...(absorbing ? [absorbing] : [])];
  if (all.some((u) => u.kind !== targetKind)) {
    errors.push(err('MERGE_KIND_MISMATCH', 'Chỉ sáp nhập các đơn vị cùng loại.', 'Only units of the same kind can be merged.'));
  }
  if (newTarget) errors.push(...checkName(newTarget.name));
  for (const u of all) errors.push(...checkOpenBefore(u, input.effectiveDate));
  if (errors.length > 0) return { ok: false, errors };

  const last = dayBefore(input.effectiveDate);
  const successor = absorbing ? absorbing.id : newTarget ? newTarget.key : '';
  const closing = input.sources.filter((s) => !absorbing || s.id !== absorbing.id);
  return {
    ok: true,
    value: {
      effectiveDate: input.effectiveDate,
      close: closing.map((s) => ({ id: s.id, validTo: last })),
      open: newTarget ? [{ ...newTarget, name: newTarget.name.trim(), validFrom: input.effectiveDate, validTo: null }] : [],
      links: closing.map((s) => ({ predecessor: s.id, successor, partial: false, effectiveDate: input.effectiveDate })),
    },
  };
}

export interface SplitInput {
  readonly source: ExistingUnit;
  /** At least two new units, each receiving part of the source. */
  readonly targets: readonly NewUnitSpec[];
  readonly effectiveDate: IsoDate;
}

/** Plan a split: the source closes on the day before, the targets open, each with a partial link. */
export function planSplit(input: SplitInput): RuleResult<ReorgPlan> {
  const errors: OrgRuleError[] = [...checkEffectiveDate(input.effectiveDate)];
  if (errors.length > 0) return { ok: false, errors };
  if (input.targets.length < 2) {
    errors.push(err('SPLIT_TOO_FEW', 'Chia tách phải tạo ra ít nhất hai đơn vị.', 'A split must create at least two units.'));
  }
  for (const t of input.targets) errors.push(...checkName(t.name));
  const names = input.targets.map((t) => t.name.trim().normalize('NFC').toLowerCase()).filter((n) => n !== '');
  if (new Set(names).size !== names.length) {
    errors.push(err('DUPLICATE_NAME', 'Các đơn vị mới không được trùng tên.', 'The new units must have distinct names.'));
  }
  if (input.targets.some((t) => t.kind !== input.source.kind)) {
    errors.push(
      err(
        'MERGE_KIND_MISMATCH',
        'Đơn vị mới phải cùng loại với đơn vị bị chia tách.',
        'New units must be of the same kind as the split unit.',
      ),
    );
  }
  errors.push(...checkOpenBefore(input.source, input.effectiveDate));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      effectiveDate: input.effectiveDate,
      close: [{ id: input.source.id, validTo: dayBefore(input.effectiveDate) }],
      open: input.targets.map((t) => ({ ...t, name: t.name.trim(), validFrom: input.effectiveDate, validTo: null })),
      links: input.targets.map((t) => ({
        predecessor: input.source.id,
        successor: t.key,
        partial: true,
        effectiveDate: input.effectiveDate,
      })),
    },
  };
}
