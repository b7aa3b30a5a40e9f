import { defaultDelegation, type AssessmentModel } from '../../../domain/scoring/delegation';
import type { LocalizedText } from '../../../domain/scoring/hundredths';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import type { DirectoryUnit } from './org-directory';

/** A roster line before it gets an id and a year (pure: no database). */
export interface PlannedEntry {
  unitId: string;
  unitName: string;
  unitCode: string;
  unitKind: OrgUnitKind;
  unitSubtype: string;
  groupId: string;
  assessorUnitId: string;
  assessorUnitName: string;
  parentDistrictId: string | null;
  predecessorUnitIds: string[];
}

export interface SkippedUnit {
  unitId: string;
  unitName: string;
  reason: LocalizedText;
}

const normalize = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * The group a unit belongs to by the groups' membership rules: a group naming the unit's subtype
 * wins over one that takes every subtype of the kind (so "phường" go to WARDS, not COMMUNES).
 */
export function groupForUnit(unit: Pick<DirectoryUnit, 'kind' | 'subtype'>, groups: readonly UnitGroupEntity[]): UnitGroupEntity | null {
  const subtype = normalize(unit.subtype);
  const byKind = [...groups].filter((g) => g.memberKinds.includes(unit.kind)).sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    byKind.find((g) => g.memberSubtypes.length > 0 && g.memberSubtypes.some((s) => normalize(s) === subtype)) ??
    byKind.find((g) => g.memberSubtypes.length === 0) ??
    null
  );
}

/** The district ancestor of a unit, read from its materialized path. */
export function districtAncestor(unit: DirectoryUnit, byId: ReadonlyMap<string, DirectoryUnit>): DirectoryUnit | null {
  const ancestors = unit.path.split('/').filter((id) => id && id !== unit.id);
  for (const id of ancestors.reverse()) {
    const ancestor = byId.get(id);
    if (ancestor?.kind === OrgUnitKind.DISTRICT) return ancestor;
  }
  return null;
}

/**
 * Plans the roster of a year: every unit valid in the year gets its group (by the groups'
 * membership rules) and its assessor (domain delegation: three-level communes → their district,
 * everything else → the province). Units no group takes, or that delegation refuses (a district
 * in a two-level year, a commune without district in a three-level year) are reported, not added.
 */
export function planRoster(args: {
  model: AssessmentModel;
  province: { id: string; name: string };
  units: readonly DirectoryUnit[];
  /** Ancestors and assessors that may not be in `units` (e.g. when adding one unit by hand). */
  context?: readonly DirectoryUnit[];
  groups: readonly UnitGroupEntity[];
}): { entries: PlannedEntry[]; skipped: SkippedUnit[] } {
  const byId = new Map<string, DirectoryUnit>([...(args.context ?? []), ...args.units].map((u) => [u.id, u]));
  const entries: PlannedEntry[] = [];
  const skipped: SkippedUnit[] = [];
  for (const unit of args.units) {
    if (unit.kind === OrgUnitKind.PROVINCE) continue;
    const district = districtAncestor(unit, byId);
    const delegation = defaultDelegation(
      args.model,
      { id: unit.id, kind: unit.kind, parentId: unit.parentId, districtId: district?.id ?? null, subtype: unit.subtype },
      args.province.id,
    );
    if ('error' in delegation) {
      skipped.push({ unitId: unit.id, unitName: unit.name, reason: delegation.error });
      continue;
    }
    const group = groupForUnit(unit, args.groups);
    if (!group) {
      skipped.push({
        unitId: unit.id,
        unitName: unit.name,
        reason: { vi: `Không có khối nào nhận đơn vị loại "${unit.subtype}"`, en: `No group takes units of subtype "${unit.subtype}"` },
      });
      continue;
    }
    const assessorUnitId = group.assessorRule === AssessorRule.PROVINCE ? args.province.id : delegation.assessorUnitId;
    const assessorName = assessorUnitId === args.province.id ? args.province.name : (byId.get(assessorUnitId)?.name ?? '');
    entries.push({
      unitId: unit.id,
      unitName: unit.name,
      unitCode: unit.code,
      unitKind: unit.kind,
      unitSubtype: unit.subtype,
      groupId: group.id,
      assessorUnitId,
      assessorUnitName: assessorName,
      parentDistrictId: args.model === 'THREE_LEVEL' && unit.kind === OrgUnitKind.COMMUNE ? (district?.id ?? null) : null,
      predecessorUnitIds: unit.predecessorIds,
    });
  }
  return { entries, skipped };
}
