import { describe, expect, it } from 'vitest';
import type { ReadSheetArgs } from './delegation';
import { appraisalComplete, resultAudience, resultDisclosure, type ResultAudience } from './visibility';
import type { Role, SheetState, YearStatus } from './workflow';

const PROVINCE = 'p';
// Xã x1 of district h1, assessed by the district (three-level year).
const args = (unitId: string | null, roles: Role[], yearStatus: YearStatus, signedIn = true, provinceUnitId?: string): ReadSheetArgs => ({
  actor: signedIn ? { unitId, roles, provinceUnitId } : null,
  rosterEntry: { unitId: 'x1', assessorUnitId: 'h1', groupCode: 'COMMUNES' },
  provinceUnitId: PROVINCE,
  yearStatus,
  assessedUnitAncestorIds: ['h1'],
});

describe('resultAudience', () => {
  const BEFORE: YearStatus[] = ['PLANNING', 'SELF_ASSESSMENT', 'APPRAISAL', 'FINALIZED'];
  const cases: [string, string | null, Role[], ResultAudience][] = [
    ['province admin', PROVINCE, ['PROVINCE_ADMIN'], 'ASSESSOR'],
    ['province appraiser', PROVINCE, ['APPRAISER'], 'ASSESSOR'],
    ['province viewer', PROVINCE, ['VIEWER'], 'ASSESSOR'],
    ['district chairman (assessor of x1)', 'h1', ['ASSESSOR_CHAIR'], 'ASSESSOR'],
    ['officer of x1', 'x1', ['UNIT_OFFICER'], 'OWN_UNIT'],
    ['head of x1', 'x1', ['UNIT_HEAD'], 'OWN_UNIT'],
    ['officer of the district: not an assessor role', 'h1', ['UNIT_OFFICER'], 'NONE'],
    ['head of the district: not an assessor role', 'h1', ['UNIT_HEAD'], 'NONE'],
    ['officer of another commune', 'x2', ['UNIT_OFFICER'], 'NONE'],
    ['chairman of another district', 'h2', ['ASSESSOR_CHAIR'], 'NONE'],
    ['admin of another province', 'p2', ['PROVINCE_ADMIN'], 'NONE'],
    ['an account without a unit', null, ['PROVINCE_ADMIN'], 'NONE'],
  ];
  it.each(BEFORE.flatMap((s) => cases.map((c) => [s, ...c] as const)))('%s: %s → %s', (status, _who, unitId, roles, expected) => {
    expect(resultAudience(args(unitId, roles, status))).toBe(expected);
  });
  // Sở Nội vụ ('snv') is a department of the province, itself an assessed unit.
  const inDepartment: [string, string, Role[], string, ResultAudience][] = [
    ['province admin working in Sở Nội vụ: the organiser of the index', 'snv', ['PROVINCE_ADMIN'], PROVINCE, 'ASSESSOR'],
    ['province admin of Sở Nội vụ reading Sở Nội vụ itself', 'x1', ['PROVINCE_ADMIN'], PROVINCE, 'ASSESSOR'],
    ['viewer working in Sở Nội vụ: not an organiser', 'snv', ['VIEWER'], PROVINCE, 'NONE'],
    ['appraiser working in Sở Nội vụ: not the assessor of x1', 'snv', ['APPRAISER'], PROVINCE, 'NONE'],
    ['admin in a department of another province', 'snv2', ['PROVINCE_ADMIN'], 'p2', 'NONE'],
  ];
  it.each(BEFORE.flatMap((s) => inDepartment.map((c) => [s, ...c] as const)))(
    '%s: %s → %s',
    (status, _who, unitId, roles, province, expected) => {
      expect(resultAudience(args(unitId, roles, status, true, province))).toBe(expected);
    },
  );
  it('before publication an anonymous reader sees nothing; after it everyone, signed in or not, is the public', () => {
    expect(resultAudience(args(null, [], 'APPRAISAL', false))).toBe('NONE');
    for (const [, unitId, roles] of cases) expect(resultAudience(args(unitId, roles, 'PUBLISHED'))).toBe('PUBLIC');
    expect(resultAudience(args(null, [], 'PUBLISHED', false))).toBe('PUBLIC');
  });
});

describe('resultDisclosure', () => {
  const STATES: SheetState[] = [
    'DRAFT',
    'SUBMITTED',
    'UNDER_APPRAISAL',
    'EXPLANATION_REQUESTED',
    'EXPLAINED',
    'APPRAISED',
    'APPROVED',
    'FINALIZED',
    'PUBLISHED',
  ];
  it('appraisal is complete once the sheet is appraised (and in the year states after approval)', () => {
    expect(STATES.filter(appraisalComplete)).toEqual(['APPRAISED', 'APPROVED', 'FINALIZED', 'PUBLISHED']);
  });
  it.each(STATES)('sheet %s', (state) => {
    const done = appraisalComplete(state);
    expect(resultDisclosure('PUBLIC', state)).toEqual({ complete: done, provisional: false, appraisal: true, index: true, standing: true });
    // The assessor side: provisional figures; an index, rank and classification only over a complete appraisal.
    expect(resultDisclosure('ASSESSOR', state)).toEqual({
      complete: done,
      provisional: true,
      appraisal: true,
      index: done,
      standing: done,
    });
    // The unit: its appraised points once complete; never an index, rank, classification or head rating.
    expect(resultDisclosure('OWN_UNIT', state)).toEqual({
      complete: done,
      provisional: true,
      appraisal: done,
      index: false,
      standing: false,
    });
    expect(resultDisclosure('NONE', state)).toMatchObject({ appraisal: false, index: false, standing: false });
  });
});
