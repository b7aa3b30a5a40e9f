/**
 * Delegated scoring (§3 of the domain brief): who assesses whom, the actor's scope on
 * a sheet, and who may read a sheet or edit a leaf.
 *
 * - THREE_LEVEL (before 1 July 2025): departments and districts → province;
 *   communes → their district (the district chairman is the assessor chair).
 * - TWO_LEVEL (from 1 July 2025): departments and communes → province; districts no
 *   longer exist and are refused.
 */
import { organisesProvince, resultAudience } from './visibility';
import type { LocalizedText } from './hundredths';
import { isCodeWithin, type CriteriaSection } from './criteria-tree';
import type { Role, Scope, YearStatus } from './workflow';

export type UnitKind = 'PROVINCE' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE';
export type AssessmentModel = 'TWO_LEVEL' | 'THREE_LEVEL';
/** Default ranking blocks (khối); a year may define others, these are what new years get. */
export type DefaultGroupCode = 'DEPARTMENTS' | 'DISTRICTS' | 'WARDS' | 'COMMUNES';

export interface OrgUnitRef {
  readonly id: string;
  readonly kind: UnitKind;
  readonly parentId: string | null;
  /** The district ancestor of a commune in a three-level hierarchy, when known. */
  readonly districtId?: string | null;
  /** Vietnamese subtype kept as data: "phường", "xã", "thị trấn", "đặc khu", "huyện", … */
  readonly subtype?: string | null;
}

export interface Delegation {
  readonly assessorUnitId: string;
  readonly groupCode: DefaultGroupCode;
}
export type DelegationResult = Delegation | { readonly error: LocalizedText & { readonly code: 'BAD_USER_INPUT' } };

/** phường (ward) are ranked in their own block; xã, thị trấn, đặc khu together as communes. */
export function communeGroupOf(subtype: string | null | undefined): 'WARDS' | 'COMMUNES' {
  const s = (subtype ?? '').normalize('NFC').trim().toLowerCase();
  return s === 'phường' || s === 'ward' ? 'WARDS' : 'COMMUNES';
}

function delegationError(vi: string, en: string): DelegationResult {
  return { error: { code: 'BAD_USER_INPUT', vi, en } };
}

/** The assessor unit and default group of an assessed unit for the year's model. */
export function defaultDelegation(model: AssessmentModel, unit: OrgUnitRef, provinceUnitId: string): DelegationResult {
  switch (unit.kind) {
    case 'PROVINCE':
      return delegationError('Cấp tỉnh không thuộc đối tượng được đánh giá', 'The province itself is not an assessed unit');
    case 'DEPARTMENT':
      return { assessorUnitId: provinceUnitId, groupCode: 'DEPARTMENTS' };
    case 'DISTRICT':
      if (model === 'TWO_LEVEL') {
        return delegationError(
          'Mô hình chính quyền hai cấp không còn cấp huyện; đơn vị cấp huyện không được đánh giá',
          'Districts do not exist in the two-level model and cannot be assessed',
        );
      }
      return { assessorUnitId: provinceUnitId, groupCode: 'DISTRICTS' };
    case 'COMMUNE': {
      const groupCode = communeGroupOf(unit.subtype);
      if (model === 'TWO_LEVEL') return { assessorUnitId: provinceUnitId, groupCode };
      const district = unit.districtId ?? unit.parentId;
      if (!district || district === provinceUnitId) {
        return delegationError(
          'Đơn vị cấp xã chưa thuộc đơn vị cấp huyện nào nên không xác định được đơn vị đánh giá',
          'The commune has no parent district, so it has no assessor in the three-level model',
        );
      }
      return { assessorUnitId: district, groupCode };
    }
  }
}

// ---------------------------------------------------------------------------
// scope

export interface Actor {
  /** The actor's org unit; null for accounts without a unit (e.g. API keys). */
  readonly unitId: string | null;
  readonly roles: readonly Role[];
  /**
   * The province (root unit) the actor's unit belongs to, when known. A PROVINCE_ADMIN may sit in
   * Sở Nội vụ (a department), not in the province unit itself: this is how he is still recognised
   * as the organiser of his province's years (visibility.ts).
   */
  readonly provinceUnitId?: string | null;
}

/** One assessed unit of the year, with its group and assessor. */
export interface RosterEntry {
  readonly unitId: string;
  readonly assessorUnitId: string;
  readonly groupCode: string;
}

/**
 * Limits of an appraiser within the assessor unit. null/undefined/empty = no limit.
 * areaCodes are criteria codes ("1", "3" or finer such as "3.2").
 */
export interface AppraiserAssignment {
  readonly unitIds?: readonly string[] | null;
  readonly areaCodes?: readonly string[] | null;
}

function restricted(list: readonly string[] | null | undefined): list is readonly string[] {
  return Array.isArray(list) && list.length > 0;
}

/**
 * The actor's relations to a sheet (see workflow.Scope), never empty: ['NONE'] when
 * unrelated. An appraiser limited to some units loses ASSESSOR on the others; the
 * chair keeps it (he approves every unit of his assessor unit).
 */
export function scopeOf(
  actor: Actor,
  rosterEntry: RosterEntry,
  provinceUnitId: string,
  appraiserAssignment?: AppraiserAssignment | null,
): Scope[] {
  const scopes: Scope[] = [];
  if (actor.unitId === null) return ['NONE'];
  if (actor.unitId === rosterEntry.unitId) scopes.push('OWN_UNIT');
  if (actor.unitId === rosterEntry.assessorUnitId) {
    const limitedOut =
      restricted(appraiserAssignment?.unitIds) &&
      !appraiserAssignment!.unitIds!.includes(rosterEntry.unitId) &&
      !actor.roles.includes('ASSESSOR_CHAIR');
    if (!limitedOut) scopes.push('ASSESSOR');
  }
  // The province's own staff, and its administrator wherever he sits (Sở Nội vụ is a department).
  if (actor.unitId === provinceUnitId || organisesProvince(actor, provinceUnitId)) scopes.push('PROVINCE');
  return scopes.length > 0 ? scopes : ['NONE'];
}

// ---------------------------------------------------------------------------
// reading and editing

export interface ReadSheetArgs {
  /** null = not signed in. */
  readonly actor: Actor | null;
  readonly rosterEntry: RosterEntry;
  readonly provinceUnitId: string;
  readonly yearStatus: YearStatus;
  /** Ancestors of the assessed unit (e.g. its district), so a district sees its communes. */
  readonly assessedUnitAncestorIds?: readonly string[];
}

/**
 * Before publication the assessor side (province, assessor unit, the district above the unit;
 * see visibility.ts for the roles) reads the units it assesses and a unit reads only its own
 * sheet. After PUBLISHED everyone signed in may read.
 */
export function canReadSheet(args: ReadSheetArgs): boolean {
  if (!args.actor) return false;
  return resultAudience(args) !== 'NONE';
}

export interface EditLeafArgs {
  /** SELF: self points and evidence; APPRAISAL: appraisal points; EXPLANATION: the unit's answer. */
  readonly mode: 'SELF' | 'APPRAISAL' | 'EXPLANATION';
  readonly roles: readonly Role[];
  readonly scopes: readonly Scope[];
  readonly leaf: { readonly code: string; readonly section: CriteriaSection; readonly enteredByAssessor?: boolean };
  readonly assignment?: AppraiserAssignment | null;
}

export type EditLeafDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reasonVi: string; readonly reasonEn: string };

/**
 * Whether the actor may edit one leaf. Complements workflow.decide (which says
 * whether the sheet may be saved at all): it adds the appraiser's area limits and
 * protects imported survey points.
 */
export function canEditLeaf(args: EditLeafArgs): EditLeafDecision {
  const { roles, scopes, leaf } = args;
  if (leaf.section === 'SURVEY') {
    return {
      allowed: false,
      reasonVi: `Điểm tiêu chí ${leaf.code} lấy từ kết quả điều tra xã hội học, không chấm trực tiếp`,
      reasonEn: `Points of ${leaf.code} come from imported survey results and cannot be edited`,
    };
  }
  if (args.mode === 'SELF' && leaf.enteredByAssessor) {
    // Penalties for late reports or inspected violations, bonuses for recognised initiatives: the
    // province records them with a reference; the penalised unit never types them itself (issue 10 §2).
    return {
      allowed: false,
      reasonVi: `Tiêu chí ${leaf.code} do cơ quan đánh giá nhập, đơn vị không tự chấm`,
      reasonEn: `Criterion ${leaf.code} is entered by the assessor, not by the unit`,
    };
  }
  if (args.mode === 'SELF' || args.mode === 'EXPLANATION') {
    const unitRole = roles.includes('UNIT_OFFICER') || roles.includes('UNIT_HEAD');
    if (unitRole && scopes.includes('OWN_UNIT')) return { allowed: true };
    return {
      allowed: false,
      reasonVi: 'Bạn chỉ được thao tác trên phiếu tự đánh giá của đơn vị mình',
      reasonEn: 'You may only act on your own unit’s self-assessment',
    };
  }
  if (!roles.includes('APPRAISER') || !scopes.includes('ASSESSOR')) {
    return { allowed: false, reasonVi: 'Bạn không có quyền thẩm định đơn vị này', reasonEn: 'You are not allowed to appraise this unit' };
  }
  const areas = args.assignment?.areaCodes;
  if (restricted(areas) && !areas.some((a) => isCodeWithin(leaf.code, a))) {
    return {
      allowed: false,
      reasonVi: `Bạn chỉ được thẩm định các lĩnh vực được phân công (${areas.join(', ')})`,
      reasonEn: `You may only appraise your assigned areas (${areas.join(', ')})`,
    };
  }
  return { allowed: true };
}
