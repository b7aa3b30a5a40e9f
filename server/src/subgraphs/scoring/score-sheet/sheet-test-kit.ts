/**
 * Test kit (beside the specs, not production code): the three-level province that the sheet and
 * accountability specs share — Quảng Ninh with three departments assessed by the province and
 * communes assessed by two districts, a 2024 year with the small TEST_CRITERIA set for each group,
 * the rosters and the sheets — and the users a spec signs in as.
 */
import type { DataSource } from 'typeorm';
import type { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA, type RosterUnit } from './year-setup-test-kit';
import { createSheetsForYear } from './sheet-creation';

export interface ThreeLevelYear {
  /** By key: P (province), STP, SYT, SNV (departments), H1, H2 (districts), C1a, C1b (of H1), C2a (of H2). */
  units: Record<string, OrgUnitEntity>;
  year: AssessmentYearEntity;
  departments: UnitGroupEntity;
  communes: UnitGroupEntity;
  /** Criteria nodes of the departments' set (d) and the communes' set (c), by code. */
  nodes: { d: Map<string, CriteriaNodeEntity>; c: Map<string, CriteriaNodeEntity> };
  /** Sheet id by unit key. */
  sheetOf: Record<string, string>;
}

const rosterUnit = (u: OrgUnitEntity): RosterUnit => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });

/**
 * A three-level year's two blocks: departments assessed by the province (DEPARTMENTS) and
 * communes assessed by their district (COMMUNES), without criteria or roster.
 */
export async function insertDepartmentsAndCommunes(
  db: DataSource,
  yearId: string,
): Promise<{ departments: UnitGroupEntity; communes: UnitGroupEntity }> {
  const departments = await insertGroup(db, yearId, {
    code: 'DEPARTMENTS',
    name: 'Khối sở, ban, ngành',
    rule: AssessorRule.PROVINCE,
    kinds: [OrgUnitKind.DEPARTMENT],
  });
  const communes = await insertGroup(db, yearId, {
    code: 'COMMUNES',
    name: 'Khối xã',
    rule: AssessorRule.PARENT_DISTRICT,
    kinds: [OrgUnitKind.COMMUNE],
  });
  return { departments, communes };
}

export async function seedThreeLevelYear(system: TestSystem, status: YearStatus = YearStatus.SELF_ASSESSMENT): Promise<ThreeLevelYear> {
  const db = system.orgDb;
  const units: Record<string, OrgUnitEntity> = {};
  const p = (units.P = await insertUnit(db, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' }));
  units.STP = await insertUnit(db, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'STP', subtype: 'sở', parent: p });
  units.SYT = await insertUnit(db, { name: 'Sở Y tế', kind: OrgUnitKind.DEPARTMENT, code: 'SYT', subtype: 'sở', parent: p });
  units.SNV = await insertUnit(db, { name: 'Sở Nội vụ', kind: OrgUnitKind.DEPARTMENT, code: 'SNV', subtype: 'sở', parent: p });
  units.H1 = await insertUnit(db, { name: 'Huyện Vân Đồn', kind: OrgUnitKind.DISTRICT, code: '203', subtype: 'huyện', parent: p });
  units.H2 = await insertUnit(db, { name: 'Thành phố Hạ Long', kind: OrgUnitKind.DISTRICT, code: '193', subtype: 'thành phố', parent: p });
  units.C1a = await insertUnit(db, { name: 'Xã Đài Xuyên', kind: OrgUnitKind.COMMUNE, code: '07192', subtype: 'xã', parent: units.H1 });
  units.C1b = await insertUnit(db, { name: 'Xã Bình Dân', kind: OrgUnitKind.COMMUNE, code: '07195', subtype: 'xã', parent: units.H1 });
  units.C2a = await insertUnit(db, { name: 'Xã Thống Nhất', kind: OrgUnitKind.COMMUNE, code: '06661', subtype: 'xã', parent: units.H2 });

  const sdb = system.scoringDb;
  const year = await insertYear(sdb, {
    provinceUnitId: p.id,
    year: 2024,
    model: GovernmentModel.THREE_LEVEL,
    status,
    deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
  });
  const { departments, communes } = await insertDepartmentsAndCommunes(sdb, year.id);
  const d = await insertCriteria(sdb, year.id, departments.id, TEST_CRITERIA);
  const c = await insertCriteria(sdb, year.id, communes.id, TEST_CRITERIA);
  await insertRoster(
    sdb,
    year.id,
    departments,
    { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
    [units.STP, units.SYT, units.SNV].map(rosterUnit),
  );
  await insertRoster(sdb, year.id, communes, { id: units.H1.id, name: 'UBND huyện Vân Đồn' }, [units.C1a, units.C1b].map(rosterUnit), {
    parentDistrictId: () => units.H1.id,
  });
  await insertRoster(sdb, year.id, communes, { id: units.H2.id, name: 'UBND thành phố Hạ Long' }, [units.C2a].map(rosterUnit), {
    parentDistrictId: () => units.H2.id,
  });
  await createSheetsForYear(sdb, year.id);
  const sheetOf: Record<string, string> = {};
  for (const s of await sdb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id }))
    sheetOf[Object.keys(units).find((k) => units[k].id === s.unitId)!] = s.id;
  return { units, year, departments, communes, nodes: { d, c }, sheetOf };
}

/** Creates each [username, unit key, roles] user and returns their bearer tokens by username. */
export async function signInUsers(
  system: TestSystem,
  units: Record<string, OrgUnitEntity>,
  users: readonly (readonly [string, string, Role[]])[],
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const [name, unit, roles] of users)
    tokens[name] = (await system.createUser({ username: name, unitId: units[unit].id, roles })).token;
  return tokens;
}
