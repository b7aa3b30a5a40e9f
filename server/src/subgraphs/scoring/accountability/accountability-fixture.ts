/**
 * Test kit for the accountability specs (beside them, not production code): a three-level
 * province with three departments assessed by the province and communes assessed by two
 * districts, the small TEST_CRITERIA set, sheets, and one user per role that the scope rules
 * distinguish. Every spec gets its own throwaway database (startTestSystem).
 */
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA, type RosterUnit } from '../score-sheet/scoring-fixture';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';

export interface AccountabilityFixture {
  system: TestSystem;
  year: AssessmentYearEntity;
  departments: UnitGroupEntity;
  communes: UnitGroupEntity;
  units: Record<string, OrgUnitEntity>;
  tokens: Record<string, string>;
  sheetOf: Record<string, string>;
  /** Criteria nodes of the departments' set (d) and the communes' set (c), by code. */
  nodes: { d: Map<string, CriteriaNodeEntity>; c: Map<string, CriteriaNodeEntity> };
  gql: <T>(who: string | undefined, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  /** Runs a sheet mutation with the sheet's current version ($sheetId, $version are declared). */
  sheetAct: <T>(
    who: string,
    unit: string,
    call: string,
    extraVars?: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<T>>;
  /** Fills every leaf of a unit's sheet (as its officer). */
  fill: (unit: string, over?: Record<string, string | null>) => Promise<void>;
}

export const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
export const reason = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.reason as string | undefined) ?? null;

export const FULL_VALUES: Record<string, string | null> = {
  '1.1': '1',
  '1.2': 'tot',
  '2.1': '4',
  '2.2': '100',
  '2.3': '100',
  '2.4': '0',
  '2.5': '8',
  'T.1': '0',
  'D.1': '0',
};

const rosterUnit = (u: OrgUnitEntity): RosterUnit => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });

export async function startAccountabilityFixture(status: YearStatus = YearStatus.SELF_ASSESSMENT): Promise<AccountabilityFixture> {
  const system = await startTestSystem();
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
  const departments = await insertGroup(sdb, year.id, {
    code: 'DEPARTMENTS',
    name: 'Khối sở, ban, ngành',
    rule: AssessorRule.PROVINCE,
    kinds: [OrgUnitKind.DEPARTMENT],
  });
  const communes = await insertGroup(sdb, year.id, {
    code: 'COMMUNES',
    name: 'Khối xã',
    rule: AssessorRule.PARENT_DISTRICT,
    kinds: [OrgUnitKind.COMMUNE],
  });
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

  const users: [string, string, Role[]][] = [
    ['admin', 'SNV', [Role.PROVINCE_ADMIN]],
    ['appraiserP', 'P', [Role.APPRAISER]],
    ['chairP', 'P', [Role.ASSESSOR_CHAIR]],
    ['viewerP', 'P', [Role.VIEWER]],
    ['appraiserH1', 'H1', [Role.APPRAISER]],
    ['chairH1', 'H1', [Role.ASSESSOR_CHAIR]],
    ['chairH2', 'H2', [Role.ASSESSOR_CHAIR]],
  ];
  for (const unit of ['STP', 'SYT', 'SNV', 'C1a', 'C1b', 'C2a']) {
    users.push([`officer${unit}`, unit, [Role.UNIT_OFFICER]]);
    users.push([`head${unit}`, unit, [Role.UNIT_HEAD]]);
  }
  const tokens: Record<string, string> = {};
  for (const [name, unit, roles] of users)
    tokens[name] = (await system.createUser({ username: name, unitId: units[unit].id, roles })).token;

  const gql = async <T>(who: string | undefined, query: string, variables?: Record<string, unknown>) =>
    (await system.gql<T>(query, variables, { token: who ? tokens[who] : undefined })) as GraphQLResponse<T>;
  const sheetAct = async <T>(who: string, unit: string, call: string, extraVars = '', variables: Record<string, unknown> = {}) => {
    const current = await sdb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf[unit] });
    return gql<T>(who, `mutation($sheetId: ID!, $version: Int!${extraVars ? `, ${extraVars}` : ''}) { r: ${call} }`, {
      sheetId: sheetOf[unit],
      version: current.version,
      ...variables,
    });
  };
  const nodes = { d, c };
  const fill = async (unit: string, over: Record<string, string | null> = {}) => {
    const set = ['STP', 'SYT', 'SNV'].includes(unit) ? d : c;
    const values = { ...FULL_VALUES, ...over };
    const entries = Object.entries(values).map(([k, v]) => ({ criterionId: set.get(k)!.id, declaredValue: v }));
    const res = await sheetAct(
      `officer${unit}`,
      unit,
      'saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) { version }',
      '$entries: [SelfAssessmentEntryInput!]!',
      { entries },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };
  return { system, year, departments, communes, units, tokens, sheetOf, nodes, gql, sheetAct, fill };
}
