import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel } from '../assessment-year/assessment-year.entity';
import { AssessorRule } from './unit-group.entity';

export interface GroupTemplate {
  code: string;
  name: string;
  assessorRule: AssessorRule;
  memberKinds: OrgUnitKind[];
  memberSubtypes: string[];
}

/**
 * Blocks a new year gets when it copies nothing (domain delegation's default groups): phường are
 * ranked apart from xã, thị trấn and đặc khu; in a three-level year districts assess their communes.
 */
export function defaultGroups(model: GovernmentModel): GroupTemplate[] {
  const byDistrict = model === GovernmentModel.THREE_LEVEL ? AssessorRule.PARENT_DISTRICT : AssessorRule.PROVINCE;
  return [
    {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      assessorRule: AssessorRule.PROVINCE,
      memberKinds: [OrgUnitKind.DEPARTMENT],
      memberSubtypes: [],
    },
    ...(model === GovernmentModel.THREE_LEVEL
      ? [
          {
            code: 'DISTRICTS',
            name: 'Khối UBND cấp huyện',
            assessorRule: AssessorRule.PROVINCE,
            memberKinds: [OrgUnitKind.DISTRICT],
            memberSubtypes: [],
          },
        ]
      : []),
    { code: 'WARDS', name: 'Khối phường', assessorRule: byDistrict, memberKinds: [OrgUnitKind.COMMUNE], memberSubtypes: ['phường'] },
    {
      code: 'COMMUNES',
      name: model === GovernmentModel.THREE_LEVEL ? 'Khối xã, thị trấn' : 'Khối xã, đặc khu',
      assessorRule: byDistrict,
      memberKinds: [OrgUnitKind.COMMUNE],
      memberSubtypes: [],
    },
  ];
}
