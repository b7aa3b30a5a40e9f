import type { DataSource } from 'typeorm';
import { Role } from '../platform/auth/roles';
import type { OrgUnitEntity } from '../subgraphs/org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../subgraphs/scoring/score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../subgraphs/scoring/score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../subgraphs/scoring/score-sheet/sheet-creation';
import { AssessorRule } from '../subgraphs/scoring/unit-group/unit-group.entity';
import { insertUnit, OrgUnitKind } from './fixtures';
import type { TestSystem } from './test-system';

/** Who the hostile-input suites act as. */
export type SecurityActor = 'admin' | 'appraiser' | 'viewer' | 'officer' | 'otherAdmin' | 'otherViewer';

export interface SecurityWorld {
  province: OrgUnitEntity;
  otherProvince: OrgUnitEntity;
  department: OrgUnitEntity;
  year: AssessmentYearEntity;
  criteria: Map<string, CriteriaNodeEntity>;
  sheetId: string;
  tokens: Record<SecurityActor, string>;
  userIds: Record<SecurityActor, string>;
}

/**
 * A province in self-assessment with one department's sheet, its officer, the province's
 * administrator, appraiser and viewer, and a second province's administrator and viewer (for the
 * cross-province checks). Small on purpose: the attacks do not need volume.
 */
export async function buildSecurityWorld(system: TestSystem, options: { yearStatus?: YearStatus } = {}): Promise<SecurityWorld> {
  const db: DataSource = system.orgDb;
  const province = await insertUnit(db, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
  const otherProvince = await insertUnit(db, { name: 'Thành phố Hà Nội', kind: OrgUnitKind.PROVINCE, code: '01', subtype: 'thành phố' });
  const department = await insertUnit(db, {
    name: 'Sở Tư pháp',
    kind: OrgUnitKind.DEPARTMENT,
    code: 'STP',
    subtype: 'sở',
    parent: province,
  });
  const year = await insertYear(system.scoringDb, {
    provinceUnitId: province.id,
    year: 2025,
    model: GovernmentModel.TWO_LEVEL,
    status: options.yearStatus ?? YearStatus.SELF_ASSESSMENT,
    deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
  });
  const group = await insertGroup(system.scoringDb, year.id, {
    code: 'DEPARTMENTS',
    name: 'Khối sở, ban, ngành',
    rule: AssessorRule.PROVINCE,
    kinds: [OrgUnitKind.DEPARTMENT],
  });
  const criteria = await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
  await insertRoster(system.scoringDb, year.id, group, { id: province.id, name: 'UBND tỉnh Quảng Ninh' }, [
    { id: department.id, name: department.name, code: department.code, kind: department.kind, subtype: department.subtype },
  ]);
  await createSheetsForYear(system.scoringDb, year.id);
  const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: department.id });
  const people: [SecurityActor, OrgUnitEntity, Role[]][] = [
    ['admin', province, [Role.PROVINCE_ADMIN]],
    ['appraiser', province, [Role.APPRAISER]],
    ['viewer', province, [Role.VIEWER]],
    ['officer', department, [Role.UNIT_OFFICER]],
    ['otherAdmin', otherProvince, [Role.PROVINCE_ADMIN]],
    ['otherViewer', otherProvince, [Role.VIEWER]],
  ];
  const tokens = {} as Record<SecurityActor, string>;
  const userIds = {} as Record<SecurityActor, string>;
  for (const [name, unit, roles] of people) {
    const created = await system.createUser({ username: `sec.${name.toLowerCase()}`, unitId: unit.id, roles });
    tokens[name] = created.token;
    userIds[name] = created.user.id;
  }
  return { province, otherProvince, department, year, criteria, sheetId: sheet.id, tokens, userIds };
}
