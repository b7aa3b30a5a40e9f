import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { GraphQLResponse, TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';

/** The sheet and year mutations the results and cache suites drive through the gateway ($s sheet, $v version, $y year, $g group, $u unit). */
export const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { version } }`;
export const SUBMIT = 'mutation($s: ID!, $v: Int!) { submitSelfAssessment(sheetId: $s, version: $v) { version } }';
export const START = 'mutation($s: ID!, $v: Int!) { startAppraisal(sheetId: $s, version: $v) { version } }';
export const COMPLETE = 'mutation($s: ID!, $v: Int!) { completeAppraisal(sheetId: $s, version: $v) { version } }';
export const UPDATE_CRITERION = 'mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id } }';
export const UPDATE_YEAR = 'mutation($id: ID!, $input: UpdateAssessmentYearInput!) { updateAssessmentYear(id: $id, input: $input) { id } }';
export const LOCK_SET = 'mutation($y: ID!, $g: ID!) { lockCriteriaSet(yearId: $y, groupId: $g) { locked } }';
export const ADD_UNIT =
  'mutation($y: ID!, $g: ID!, $u: ID!) { addRosterUnit(yearId: $y, groupId: $g, unitId: $u, reason: "Bổ sung") { id } }';
export const REMOVE_UNIT = 'mutation($y: ID!, $u: ID!) { removeRosterUnit(yearId: $y, unitId: $u, reason: "Giải thể") }';

/** The answer's data, or the refusal thrown (a step that must succeed). */
export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** One province's departments and their users (results-test-kit's people). */
export interface Departments {
  province: OrgUnitEntity;
  /** Every department created, rostered or not, in the order given. */
  units: OrgUnitEntity[];
  /** Province administrator, appraiser and chair in one user. */
  admin: string;
  /** Per department: its officer (`cb<i>`); also its head when `officerIsHead`. */
  officers: string[];
  /** Per department: its head (`ld<i>`), who submits on his own word; empty when `officerIsHead`. */
  heads: string[];
}

/** A year of the departments' group opened by openDepartmentYear. */
export interface OpenedDepartmentYear {
  year: AssessmentYearEntity;
  group: UnitGroupEntity;
  nodes: Map<string, CriteriaNodeEntity>;
}

export type DepartmentYear = Departments & OpenedDepartmentYear;

/** A province (`UBND tỉnh …` its assessor), its departments (codes S0, S1, …) and their users. */
export async function seedDepartments(
  system: TestSystem,
  options: { province: { name: string; code: string }; departments: string[]; officerIsHead?: boolean },
): Promise<Departments> {
  const { name: provinceName, code } = options.province;
  const province = await insertUnit(system.orgDb, { name: provinceName, kind: OrgUnitKind.PROVINCE, code, subtype: 'tỉnh' });
  const units: OrgUnitEntity[] = [];
  for (const [i, name] of options.departments.entries())
    units.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.DEPARTMENT, code: `S${i}`, subtype: 'sở', parent: province }));
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
  return { province, units, admin, officers, heads };
}

/**
 * A two-level year (`calendarYear`, default 2025) of the departments on TEST_CRITERIA (bonus cap
 * 1.5, penalty cap 3): group SO "Khối sở", the first `rostered` departments (default all) on its
 * roster, opened for self-assessment by the admin.
 */
export async function openDepartmentYear(
  system: TestSystem,
  departments: Departments,
  options: { calendarYear?: number; rostered?: number } = {},
): Promise<OpenedDepartmentYear> {
  const { province, units, admin } = departments;
  const year = await insertYear(system.scoringDb, {
    provinceUnitId: province.id,
    year: options.calendarYear ?? 2025,
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
    { id: province.id, name: `UBND ${province.name.replace(/^Tỉnh/, 'tỉnh')}` },
    units
      .slice(0, options.rostered ?? units.length)
      .map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
  );
  const opened = await system.gql(
    'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }',
    { id: year.id },
    { token: admin },
  );
  if (opened.errors?.length) throw new Error(JSON.stringify(opened.errors));
  return { year, group, nodes };
}

/**
 * The results suites' common ground: seedDepartments, then openDepartmentYear for 2025 — a
 * two-level year of one province's departments on TEST_CRITERIA, opened for self-assessment.
 */
export async function seedDepartmentYear(
  system: TestSystem,
  options: { province: { name: string; code: string }; departments: string[]; rostered?: number; officerIsHead?: boolean },
): Promise<DepartmentYear> {
  const departments = await seedDepartments(system, options);
  return { ...departments, ...(await openDepartmentYear(system, departments, { rostered: options.rostered })) };
}

export const TRANSITION = 'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to) { to } }';
export const APPRAISE = `mutation($s: ID!, $v: Int!, $e: [AppraisalEntryInput!]!) { saveAppraisal(sheetId: $s, version: $v, round: 1, entries: $e) { version } }`;
export const APPROVE = 'mutation($s: ID!, $v: Int!) { approveScoreSheet(sheetId: $s, version: $v) { version } }';
export const RECOMPUTE = 'mutation($y: ID!) { recomputeYearResults(yearId: $y, dryRun: false) { written } }';
export const SURVEY = 'mutation($y: ID!, $b: String!) { importSurveyResults(yearId: $y, base64: $b, format: CSV) { changed } }';

/** The leaves of TEST_CRITERIA, in the sheet's order. */
export const TEST_LEAVES = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', 'T.1', 'D.1'] as const;

/** Helpers over a department year's sheets, by department index. */
export interface SheetActions {
  leaf: (code: string) => string;
  sheetOf: (i: number) => Promise<ScoreSheetEntity>;
  /** A sheet mutation on department i, sent with its sheet's id and current version ($s, $v). */
  act: (document: string, i: number, token: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
}

export function sheetActions(system: TestSystem, seeded: Pick<DepartmentYear, 'year' | 'units' | 'nodes'>): SheetActions {
  const { year, units, nodes } = seeded;
  const leaf = (code: string) => nodes.get(code)!.id;
  const sheetOf = (i: number) => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: units[i].id });
  const act: SheetActions['act'] = async (document, i, token, variables = {}) => {
    const sheet = await sheetOf(i);
    return system.gql(document, { s: sheet.id, v: sheet.version, ...variables }, { token });
  };
  return { leaf, sheetOf, act };
}

export interface DepartmentsInAppraisal extends DepartmentYear, SheetActions {}

/**
 * seedDepartmentYear (each officer also the head), then every department self-assesses the nine
 * leaves of TEST_CRITERIA — the same values but for 2.1 and 2.5, which `declared(i)` gives — and
 * submits; the year is then opened for appraisal (no sheet started).
 */
export async function seedDepartmentsInAppraisal(
  system: TestSystem,
  options: { province: { name: string; code: string }; departments: string[]; declared: (i: number) => { '2.1': string; '2.5': string } },
): Promise<DepartmentsInAppraisal> {
  const seeded = await seedDepartmentYear(system, { province: options.province, departments: options.departments, officerIsHead: true });
  const { year, units, admin, officers } = seeded;
  const { leaf, sheetOf, act } = sheetActions(system, seeded);
  const fixed: Record<string, string> = { '1.1': '1', '1.2': 'tot', '2.2': '90', '2.3': '80', '2.4': '0', 'T.1': '0', 'D.1': '0' };
  for (let i = 0; i < units.length; i++) {
    const values: Record<string, string> = { ...fixed, ...options.declared(i) };
    ok(await act(SAVE_SELF, i, officers[i], { e: TEST_LEAVES.map((code) => ({ criterionId: leaf(code), declaredValue: values[code] })) }));
    ok(await act(SUBMIT, i, officers[i]));
  }
  ok(await system.gql(TRANSITION, { id: year.id, to: 'APPRAISAL' }, { token: admin }));
  return { ...seeded, leaf, sheetOf, act };
}

/** Every sheet of the kit appraised as self-assessed (each leaf's points accepted) and its appraisal completed. */
export async function appraiseAllAsDeclared(kit: DepartmentsInAppraisal): Promise<void> {
  const accept = TEST_LEAVES.map((code) => ({ criterionId: kit.leaf(code), points: null }));
  for (let i = 0; i < kit.units.length; i++) {
    ok(await kit.act(START, i, kit.admin));
    ok(await kit.act(APPRAISE, i, kit.admin, { e: accept }));
    ok(await kit.act(COMPLETE, i, kit.admin));
  }
}
