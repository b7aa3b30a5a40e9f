import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/scoring-fixture';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';

export interface DepartmentYear {
  province: OrgUnitEntity;
  /** Every department created, rostered or not, in the order given. */
  units: OrgUnitEntity[];
  year: AssessmentYearEntity;
  group: UnitGroupEntity;
  nodes: Map<string, CriteriaNodeEntity>;
  /** Province administrator, appraiser and chair in one user. */
  admin: string;
  /** Per department: its officer (`cb<i>`); also its head when `officerIsHead`. */
  officers: string[];
  /** Per department: its head (`ld<i>`), who submits on his own word; empty when `officerIsHead`. */
  heads: string[];
}

/**
 * The results suites' common ground: a two-level 2025 year of one province's departments on
 * TEST_CRITERIA (bonus cap 1.5, penalty cap 3), its users, opened for self-assessment.
 */
export async function seedDepartmentYear(
  system: TestSystem,
  options: { province: { name: string; code: string }; departments: string[]; rostered?: number; officerIsHead?: boolean },
): Promise<DepartmentYear> {
  const { name: provinceName, code } = options.province;
  const province = await insertUnit(system.orgDb, { name: provinceName, kind: OrgUnitKind.PROVINCE, code, subtype: 'tỉnh' });
  const units: OrgUnitEntity[] = [];
  for (const [i, name] of options.departments.entries())
    units.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.DEPARTMENT, code: `S${i}`, subtype: 'sở', parent: province }));
  const year = await insertYear(system.scoringDb, {
    provinceUnitId: province.id,
    year: 2025,
    model: GovernmentModel.TWO_LEVEL,
    status: YearStatus.PLANNING,
    bonusCap: 150,
    penaltyCap: 300,
  });
  const group = await insertGroup(system.scoringDb, year.id, {
    code: 'SO',
    name: 'Khối sở',
    rule: AssessorRule.PROVINCE,
    kinds: [OrgUnitKind.DEPARTMENT],
  });
  const nodes = await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
  await insertRoster(
    system.scoringDb,
    year.id,
    group,
    { id: province.id, name: `UBND ${provinceName.replace(/^Tỉnh/, 'tỉnh')}` },
    units
      .slice(0, options.rostered ?? units.length)
      .map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
  );
  const admin = (
    await system.createUser({ username: 'admin', unitId: province.id, roles: [Role.PROVINCE_ADMIN, Role.APPRAISER, Role.ASSESSOR_CHAIR] })
  ).token;
  const officerRoles = options.officerIsHead ? [Role.UNIT_OFFICER, Role.UNIT_HEAD] : [Role.UNIT_OFFICER];
  const officers: string[] = [];
  const heads: string[] = [];
  for (const [i, u] of units.entries())
    officers.push((await system.createUser({ username: `cb${i}`, unitId: u.id, roles: officerRoles })).token);
  if (!options.officerIsHead)
    for (const [i, u] of units.entries())
      heads.push((await system.createUser({ username: `ld${i}`, unitId: u.id, roles: [Role.UNIT_HEAD] })).token);
  const opened = await system.gql(
    'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }',
    { id: year.id },
    { token: admin },
  );
  if (opened.errors?.length) throw new Error(JSON.stringify(opened.errors));
  return { province, units, year, group, nodes, admin, officers, heads };
}
