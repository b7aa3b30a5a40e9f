import { describe, expect, it } from 'vitest';
import { accountabilityRelation } from './access';

const P = 'province';
const commune = { unitId: 'c1', assessorUnitId: 'h1', parentDistrictId: 'h1' };
const department = { unitId: 'stp', assessorUnitId: P, parentDistrictId: null };
const actor = (unitId: string, roles: string[], provinceAdmin = false) => ({ unitId, roles, provinceAdmin });

describe('accountability delegation', () => {
  it('a district chairman manages his communes, not another district’s, nor departments', () => {
    expect(accountabilityRelation(actor('h1', ['ASSESSOR_CHAIR']), commune, P)).toBe('MANAGE');
    expect(accountabilityRelation(actor('h2', ['ASSESSOR_CHAIR']), commune, P)).toBe('NONE');
    expect(accountabilityRelation(actor('h1', ['ASSESSOR_CHAIR']), department, P)).toBe('NONE');
  });

  it('a commune officer sees only his own unit, the province administrator manages all', () => {
    expect(accountabilityRelation(actor('c1', ['UNIT_OFFICER']), commune, P)).toBe('OWN_UNIT');
    expect(accountabilityRelation(actor('c2', ['UNIT_OFFICER']), commune, P)).toBe('NONE');
    expect(accountabilityRelation(actor('snv', ['PROVINCE_ADMIN'], true), commune, P)).toBe('MANAGE');
    expect(accountabilityRelation(actor(P, ['APPRAISER']), department, P)).toBe('MANAGE');
    // The province reads a district-assessed commune (results roll up) but the district manages it.
    expect(accountabilityRelation(actor(P, ['APPRAISER']), commune, P)).toBe('READ');
    expect(accountabilityRelation(actor(P, ['VIEWER']), department, P)).toBe('READ');
  });
});
