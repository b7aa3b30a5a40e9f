import { Role } from '../../../platform/auth/roles';
import { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import type { GraphQLResponse, TestSystem } from '../../../testing/test-system';

/** A valid 100-point set: 70 scored (two leaves) + 30 survey. */
export const VALID_SET = [
  { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', maxPoints: 70, section: 'SCORED' },
  {
    code: '1.1',
    title: 'Ban hành kế hoạch CCHC năm',
    maxPoints: 40,
    section: 'SCORED',
    method: 'YES_NO',
    params: '{}',
    allowNotApplicable: false,
  },
  {
    code: '1.2',
    title: 'Tỷ lệ hoàn thành kế hoạch',
    maxPoints: 30,
    section: 'SCORED',
    method: 'MANUAL',
    params: '{"step":25}',
    evidenceGuidance: 'Báo cáo CCHC năm',
  },
  { code: '2', title: 'Điều tra xã hội học', maxPoints: 30, section: 'SURVEY' },
  { code: '2.1', title: 'Mức độ hài lòng (SIPAS)', maxPoints: 30, section: 'SURVEY', method: 'SURVEY', params: '{"basis":"PERCENT"}' },
];

export function expectCode(res: Pick<GraphQLResponse<unknown>, 'errors' | 'data'>, code: string): string {
  const error = res.errors?.[0];
  if (error?.extensions?.code !== code) throw new Error(`expected ${code}, got ${JSON.stringify(res.errors ?? res.data)}`);
  return error.message;
}

export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function setValidity(
  system: TestSystem,
  unit: OrgUnitEntity,
  validFrom: string | null,
  validTo: string | null,
): Promise<void> {
  await system.orgDb.getRepository(OrgUnitEntity).update({ id: unit.id }, { validFrom, validTo, openCode: validTo ? null : unit.code });
}

/**
 * A province in both eras: until 30 June 2025 departments + two districts with their communes;
 * from 1 July 2025 the districts are gone and new communes sit directly under the province.
 */
export async function seedProvince(system: TestSystem, code: string, name: string) {
  const province = await insertUnit(system.orgDb, { name, kind: OrgUnitKind.PROVINCE, code, subtype: 'tỉnh' });
  const dept = await insertUnit(system.orgDb, {
    name: 'Sở Nội vụ',
    kind: OrgUnitKind.DEPARTMENT,
    code: `${code}-SNV`,
    subtype: 'sở',
    parent: province,
  });
  const dept2 = await insertUnit(system.orgDb, {
    name: 'Sở Tư pháp',
    kind: OrgUnitKind.DEPARTMENT,
    code: `${code}-STP`,
    subtype: 'sở',
    parent: province,
  });
  const districtA = await insertUnit(system.orgDb, {
    name: 'Huyện Ba Chẽ',
    kind: OrgUnitKind.DISTRICT,
    code: `${code}-H1`,
    subtype: 'huyện',
    parent: province,
  });
  const districtB = await insertUnit(system.orgDb, {
    name: 'Thành phố Hạ Long',
    kind: OrgUnitKind.DISTRICT,
    code: `${code}-H2`,
    subtype: 'thành phố',
    parent: province,
  });
  const communeA = await insertUnit(system.orgDb, {
    name: 'Xã Đạp Thanh',
    kind: OrgUnitKind.COMMUNE,
    code: `${code}-X1`,
    subtype: 'xã',
    parent: districtA,
  });
  const wardB = await insertUnit(system.orgDb, {
    name: 'Phường Bãi Cháy',
    kind: OrgUnitKind.COMMUNE,
    code: `${code}-X2`,
    subtype: 'phường',
    parent: districtB,
  });
  const communeB = await insertUnit(system.orgDb, {
    name: 'Xã Thống Nhất',
    kind: OrgUnitKind.COMMUNE,
    code: `${code}-X3`,
    subtype: 'xã',
    parent: districtB,
  });
  for (const unit of [districtA, districtB, communeA, wardB, communeB]) await setValidity(system, unit, null, '2025-06-30');
  const newCommune = await insertUnit(system.orgDb, {
    name: 'Xã Ba Chẽ',
    kind: OrgUnitKind.COMMUNE,
    code: `${code}-N1`,
    subtype: 'xã',
    parent: province,
  });
  const newWard = await insertUnit(system.orgDb, {
    name: 'Phường Hạ Long',
    kind: OrgUnitKind.COMMUNE,
    code: `${code}-N2`,
    subtype: 'phường',
    parent: province,
  });
  for (const unit of [newCommune, newWard]) await setValidity(system, unit, '2025-07-01', null);
  const admin = await system.createUser({ username: `admin.${code}`, unitId: province.id, roles: [Role.PROVINCE_ADMIN] });
  const chairB = await system.createUser({ username: `chair.${code}`, unitId: districtB.id, roles: [Role.ASSESSOR_CHAIR] });
  const appraiserB = await system.createUser({ username: `appraiser.${code}`, unitId: districtB.id, roles: [Role.APPRAISER] });
  const deptOfficer = await system.createUser({ username: `officer.${code}`, unitId: dept.id, roles: [Role.UNIT_OFFICER] });
  return {
    province,
    dept,
    dept2,
    districtA,
    districtB,
    communeA,
    wardB,
    communeB,
    newCommune,
    newWard,
    admin,
    chairB,
    appraiserB,
    deptOfficer,
  };
}

export const YEAR_FIELDS = `id year name model status selfAssessmentDeadline explanationDeadline appraisalDeadline publicationDeadline
  bonusCap penaltyCap copiedFromYearId rosterFrozenAt
  classificationBands { code labelVi minIndex color } headRatings { bandCode code labelVi }
  groups { id code name assessorRule criteriaTotal memberKinds memberSubtypes rosterSize criteriaReopened }`;

export interface YearView {
  id: string;
  year: number;
  name: string;
  model: string;
  status: string;
  selfAssessmentDeadline: string | null;
  explanationDeadline: string | null;
  appraisalDeadline: string | null;
  publicationDeadline: string | null;
  bonusCap: number | null;
  penaltyCap: number | null;
  copiedFromYearId: string | null;
  rosterFrozenAt: string | null;
  classificationBands: { code: string; labelVi: string; minIndex: number; color: string }[];
  headRatings: { bandCode: string; code: string; labelVi: string }[];
  groups: {
    id: string;
    code: string;
    name: string;
    assessorRule: string;
    criteriaTotal: number;
    memberKinds: string[];
    memberSubtypes: string[];
    rosterSize: number;
    criteriaReopened: boolean;
  }[];
}

export async function replaceSet(
  system: TestSystem,
  token: string,
  yearId: string,
  groupId: string,
  nodes: Record<string, unknown>[] = VALID_SET,
) {
  return system.gql<{ replaceCriteriaSet: { valid: boolean; issues: { code: string; message: string }[] } }>(
    `mutation($y: ID!, $g: ID!, $n: [CriteriaNodeInput!]!) { replaceCriteriaSet(yearId: $y, groupId: $g, nodes: $n) { valid issues { code message } } }`,
    { y: yearId, g: groupId, n: nodes },
    { token },
  );
}
