import { describe, expect, it } from 'vitest';
import { hidesAppraisalSaves, historyAccess, readsProvinceHistory } from './history-access';

const subject = { provinceUnitId: 'P', assessorUnitId: 'H1', unitId: 'C1' };

describe('who reads a score sheet’s history', () => {
  it('the province and the assessor unit read it in full through their assessor-side roles', () => {
    for (const role of ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER']) {
      expect(historyAccess({ unitId: 'P', roles: [role] }, subject)).toBe('FULL');
      expect(historyAccess({ unitId: 'H1', roles: [role] }, subject)).toBe('FULL');
    }
    expect(readsProvinceHistory({ unitId: 'P', roles: ['VIEWER'] }, 'P')).toBe(true);
  });

  it('the province administrator working in Sở Nội vụ reads every history of his province, none of another', () => {
    expect(historyAccess({ unitId: 'SNV', roles: ['PROVINCE_ADMIN'], provinceUnitId: 'P' }, subject)).toBe('FULL');
    expect(readsProvinceHistory({ unitId: 'SNV', roles: ['PROVINCE_ADMIN'], provinceUnitId: 'P' }, 'P')).toBe(true);
    expect(readsProvinceHistory({ unitId: 'SNV2', roles: ['PROVINCE_ADMIN'], provinceUnitId: 'Q' }, 'P')).toBe(false);
    expect(historyAccess({ unitId: 'SNV', roles: ['VIEWER'], provinceUnitId: 'P' }, subject)).toBe('NONE');
  });

  it('the assessor unit’s own officer or head (who fill its own sheet) read nothing of the units it assesses', () => {
    for (const role of ['UNIT_OFFICER', 'UNIT_HEAD']) {
      expect(historyAccess({ unitId: 'H1', roles: [role] }, subject)).toBe('NONE');
      expect(readsProvinceHistory({ unitId: 'P', roles: [role] }, 'P')).toBe(false);
    }
  });

  it('the unit reads its own, without the appraisers’ saves before its appraisal is complete; others read nothing', () => {
    expect(historyAccess({ unitId: 'C1', roles: ['UNIT_OFFICER'] }, subject)).toBe('OWN_UNIT');
    expect(hidesAppraisalSaves('OWN_UNIT', 'UNDER_APPRAISAL')).toBe(true);
    expect(hidesAppraisalSaves('OWN_UNIT', 'APPRAISED')).toBe(false);
    expect(hidesAppraisalSaves('FULL', 'UNDER_APPRAISAL')).toBe(false);
    expect(historyAccess({ unitId: 'C2', roles: ['PROVINCE_ADMIN'] }, subject)).toBe('NONE');
    expect(historyAccess({ unitId: null, roles: ['PROVINCE_ADMIN'] }, subject)).toBe('NONE');
  });
});
