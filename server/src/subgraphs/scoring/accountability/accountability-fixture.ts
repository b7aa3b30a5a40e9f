/**
 * Test kit for the accountability specs (beside them, not production code): the sheet specs'
 * three-level province (seedThreeLevelYear: three departments assessed by the province, communes
 * assessed by two districts, the small TEST_CRITERIA set, sheets) and one user per role that the
 * scope rules distinguish. Every spec gets its own throwaway database (startTestSystem).
 */
import { Role } from '../../../platform/auth/roles';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { YearStatus } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { seedThreeLevelYear, signInUsers, type ThreeLevelYear } from '../score-sheet/sheet-test-kit';

export interface AccountabilityFixture extends ThreeLevelYear {
  system: TestSystem;
  tokens: Record<string, string>;
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
  /** Makes these leaves of both sets the assessor's to enter (code → the reason shown to the unit). */
  assessorLeaves: (reasons: Record<string, string>) => Promise<void>;
  /** The unit's officer declares FULL_VALUES on every leaf but the assessor's (`skip`), then its head submits. */
  submitOwnLeaves: (unit: string, skip: readonly string[]) => Promise<void>;
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

export async function startAccountabilityFixture(status: YearStatus = YearStatus.SELF_ASSESSMENT): Promise<AccountabilityFixture> {
  const system = await startTestSystem();
  const sdb = system.scoringDb;
  const { units, year, departments, communes, nodes, sheetOf } = await seedThreeLevelYear(system, status);
  const { d, c } = nodes;

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
  const tokens = await signInUsers(system, units, users);

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
  const setOf = (unit: string) => (['STP', 'SYT', 'SNV'].includes(unit) ? d : c);
  const declare = async (unit: string, values: Record<string, string | null>) => {
    const set = setOf(unit);
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
  const fill = (unit: string, over: Record<string, string | null> = {}) => declare(unit, { ...FULL_VALUES, ...over });
  const assessorLeaves = async (reasons: Record<string, string>) => {
    const repo = sdb.getRepository(CriteriaNodeEntity);
    for (const set of [d, c])
      for (const [leaf, assessorEntryReason] of Object.entries(reasons))
        await repo.update({ id: set.get(leaf)!.id }, { enteredByAssessor: true, assessorEntryReason });
  };
  const submitOwnLeaves = async (unit: string, skip: readonly string[]) => {
    await declare(unit, Object.fromEntries(Object.entries(FULL_VALUES).filter(([k]) => !skip.includes(k))));
    const submitted = await sheetAct(`head${unit}`, unit, 'submitSelfAssessment(sheetId: $sheetId, version: $version) { status }');
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  };
  return { system, year, departments, communes, units, tokens, sheetOf, nodes, gql, sheetAct, fill, assessorLeaves, submitOwnLeaves };
}
