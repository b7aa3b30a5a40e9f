import { describe, it, expect } from 'vitest';
import { canEditLeaf, canReadSheet, communeGroupOf, defaultDelegation, scopeOf, type OrgUnitRef, type RosterEntry } from './delegation';
import { decide } from './workflow';
import type { YearStatus } from './workflow';

const PROVINCE = 'prov';
const unit = (id: string, kind: OrgUnitRef['kind'], parentId: string | null, extra: Partial<OrgUnitRef> = {}): OrgUnitRef => ({
  id,
  kind,
  parentId,
  ...extra,
});

describe('defaultDelegation', () => {
  describe('THREE_LEVEL (before 1 July 2025)', () => {
    it('departments and districts → province', () => {
      expect(defaultDelegation('THREE_LEVEL', unit('snv', 'DEPARTMENT', PROVINCE), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'DEPARTMENTS',
      });
      expect(defaultDelegation('THREE_LEVEL', unit('h1', 'DISTRICT', PROVINCE, { subtype: 'huyện' }), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'DISTRICTS',
      });
    });
    it('communes → their district; phường form their own group', () => {
      expect(defaultDelegation('THREE_LEVEL', unit('x1', 'COMMUNE', 'h1', { subtype: 'xã' }), PROVINCE)).toEqual({
        assessorUnitId: 'h1',
        groupCode: 'COMMUNES',
      });
      expect(defaultDelegation('THREE_LEVEL', unit('p1', 'COMMUNE', 'h1', { subtype: 'phường' }), PROVINCE)).toEqual({
        assessorUnitId: 'h1',
        groupCode: 'WARDS',
      });
      expect(defaultDelegation('THREE_LEVEL', unit('t1', 'COMMUNE', 'h1', { subtype: 'thị trấn' }), PROVINCE)).toEqual({
        assessorUnitId: 'h1',
        groupCode: 'COMMUNES',
      });
    });
    it('the explicit district ancestor wins over the parent', () => {
      expect(defaultDelegation('THREE_LEVEL', unit('x1', 'COMMUNE', 'cluster', { districtId: 'h2' }), PROVINCE)).toMatchObject({
        assessorUnitId: 'h2',
      });
    });
    it('a commune without a district has no assessor', () => {
      expect(defaultDelegation('THREE_LEVEL', unit('x1', 'COMMUNE', PROVINCE), PROVINCE)).toMatchObject({
        error: { code: 'BAD_USER_INPUT' },
      });
      expect(defaultDelegation('THREE_LEVEL', unit('x1', 'COMMUNE', null), PROVINCE)).toHaveProperty('error');
    });
  });
  describe('TWO_LEVEL (from 1 July 2025)', () => {
    it('departments and communes → province', () => {
      expect(defaultDelegation('TWO_LEVEL', unit('snv', 'DEPARTMENT', PROVINCE), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'DEPARTMENTS',
      });
      expect(defaultDelegation('TWO_LEVEL', unit('x1', 'COMMUNE', PROVINCE, { subtype: 'xã' }), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'COMMUNES',
      });
      expect(defaultDelegation('TWO_LEVEL', unit('p1', 'COMMUNE', PROVINCE, { subtype: 'Phường' }), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'WARDS',
      });
      expect(defaultDelegation('TWO_LEVEL', unit('dk', 'COMMUNE', PROVINCE, { subtype: 'đặc khu' }), PROVINCE)).toEqual({
        assessorUnitId: PROVINCE,
        groupCode: 'COMMUNES',
      });
    });
    it('districts no longer exist', () => {
      const r = defaultDelegation('TWO_LEVEL', unit('h1', 'DISTRICT', PROVINCE), PROVINCE);
      expect(r).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    });
  });
  it('the province itself is never assessed', () => {
    expect(defaultDelegation('TWO_LEVEL', unit(PROVINCE, 'PROVINCE', null), PROVINCE)).toHaveProperty('error');
    expect(defaultDelegation('THREE_LEVEL', unit(PROVINCE, 'PROVINCE', null), PROVINCE)).toHaveProperty('error');
  });
  it('commune subtypes: NFD input and missing subtype', () => {
    expect(communeGroupOf('phường'.normalize('NFD'))).toBe('WARDS');
    expect(communeGroupOf(null)).toBe('COMMUNES');
  });
});

describe('scopeOf', () => {
  const dept: RosterEntry = { unitId: 'snv', assessorUnitId: PROVINCE, groupCode: 'DEPARTMENTS' };
  const commune: RosterEntry = { unitId: 'x1', assessorUnitId: 'h1', groupCode: 'COMMUNES' };
  it('own unit, assessor, province, none', () => {
    expect(scopeOf({ unitId: 'snv', roles: ['UNIT_HEAD'] }, dept, PROVINCE)).toEqual(['OWN_UNIT']);
    expect(scopeOf({ unitId: PROVINCE, roles: ['APPRAISER'] }, dept, PROVINCE)).toEqual(['ASSESSOR', 'PROVINCE']);
    expect(scopeOf({ unitId: PROVINCE, roles: ['PROVINCE_ADMIN'] }, commune, PROVINCE)).toEqual(['PROVINCE']);
    expect(scopeOf({ unitId: 'h1', roles: ['ASSESSOR_CHAIR'] }, commune, PROVINCE)).toEqual(['ASSESSOR']);
    expect(scopeOf({ unitId: 'h2', roles: ['APPRAISER'] }, commune, PROVINCE)).toEqual(['NONE']);
    expect(scopeOf({ unitId: null, roles: ['VIEWER'] }, commune, PROVINCE)).toEqual(['NONE']);
    // The administrator working in Sở Nội vụ keeps the province's scope (reopening a sheet), only in his own province.
    expect(scopeOf({ unitId: 'snv', roles: ['PROVINCE_ADMIN'], provinceUnitId: PROVINCE }, commune, PROVINCE)).toEqual(['PROVINCE']);
    expect(scopeOf({ unitId: 'snv', roles: ['PROVINCE_ADMIN'], provinceUnitId: PROVINCE }, dept, PROVINCE)).toEqual([
      'OWN_UNIT',
      'PROVINCE',
    ]);
    expect(scopeOf({ unitId: 'snv2', roles: ['PROVINCE_ADMIN'], provinceUnitId: 'p2' }, commune, PROVINCE)).toEqual(['NONE']);
    expect(scopeOf({ unitId: 'snv', roles: ['VIEWER'], provinceUnitId: PROVINCE }, commune, PROVINCE)).toEqual(['NONE']);
  });
  it('an appraiser limited to some units loses ASSESSOR elsewhere; the chair does not', () => {
    const limited = { unitIds: ['x2'] };
    expect(scopeOf({ unitId: 'h1', roles: ['APPRAISER'] }, commune, PROVINCE, limited)).toEqual(['NONE']);
    expect(scopeOf({ unitId: 'h1', roles: ['APPRAISER'] }, commune, PROVINCE, { unitIds: ['x1'] })).toEqual(['ASSESSOR']);
    expect(scopeOf({ unitId: 'h1', roles: ['APPRAISER'] }, commune, PROVINCE, { unitIds: [] })).toEqual(['ASSESSOR']);
    expect(scopeOf({ unitId: 'h1', roles: ['APPRAISER', 'ASSESSOR_CHAIR'] }, commune, PROVINCE, limited)).toEqual(['ASSESSOR']);
  });
  it('feeds workflow.decide: a district appraiser may not appraise another district’s commune', () => {
    const base = {
      sheetState: 'SUBMITTED' as const,
      yearStatus: 'APPRAISAL' as const,
      now: new Date('2026-02-01T00:00:00+07:00'),
      deadlines: {},
    };
    const own = scopeOf({ unitId: 'h1', roles: ['APPRAISER'] }, commune, PROVINCE);
    const other = scopeOf({ unitId: 'h2', roles: ['APPRAISER'] }, commune, PROVINCE);
    expect(decide('START_APPRAISAL', { ...base, roles: ['APPRAISER'], scopes: own }).allowed).toBe(true);
    expect(decide('START_APPRAISAL', { ...base, roles: ['APPRAISER'], scopes: other })).toMatchObject({
      reasonVi: 'Bạn không có quyền thẩm định đơn vị này',
    });
    // the province does not appraise communes delegated to a district
    const prov = scopeOf({ unitId: PROVINCE, roles: ['APPRAISER'] }, commune, PROVINCE);
    expect(decide('START_APPRAISAL', { ...base, roles: ['APPRAISER'], scopes: prov }).allowed).toBe(false);
  });
});

describe('canReadSheet', () => {
  const commune: RosterEntry = { unitId: 'x1', assessorUnitId: 'h1', groupCode: 'COMMUNES' };
  const read = (unitId: string | null, yearStatus: YearStatus, ancestors: string[] = ['h1', PROVINCE]) =>
    canReadSheet({
      actor: unitId === undefined ? null : { unitId, roles: ['VIEWER'] },
      rosterEntry: commune,
      provinceUnitId: PROVINCE,
      yearStatus,
      assessedUnitAncestorIds: ancestors,
    });
  it.each(['SELF_ASSESSMENT', 'APPRAISAL', 'FINALIZED'] as const)('before publication (%s)', (year) => {
    expect(read('x1', year)).toBe(true); // own
    expect(read(PROVINCE, year)).toBe(true); // province sees all
    expect(read('h1', year)).toBe(true); // district sees its communes
    expect(read('x2', year)).toBe(false); // another commune
    expect(read('h2', year)).toBe(false); // another district
    expect(read('snv', year)).toBe(false); // a department
    expect(read(null, year)).toBe(false);
  });
  it('a district sees its communes through ancestry even when the province assesses them', () => {
    const entry: RosterEntry = { unitId: 'x1', assessorUnitId: PROVINCE, groupCode: 'COMMUNES' };
    expect(
      canReadSheet({
        actor: { unitId: 'h1', roles: ['VIEWER'] },
        rosterEntry: entry,
        provinceUnitId: PROVINCE,
        yearStatus: 'APPRAISAL',
        assessedUnitAncestorIds: ['h1'],
      }),
    ).toBe(true);
    expect(
      canReadSheet({ actor: { unitId: 'h1', roles: ['VIEWER'] }, rosterEntry: entry, provinceUnitId: PROVINCE, yearStatus: 'APPRAISAL' }),
    ).toBe(false);
  });
  it('after PUBLISHED everyone signed in may read; anonymous never', () => {
    expect(read('x2', 'PUBLISHED')).toBe(true);
    expect(read(null, 'PUBLISHED')).toBe(true); // signed in, without a unit
    expect(canReadSheet({ actor: null, rosterEntry: commune, provinceUnitId: PROVINCE, yearStatus: 'PUBLISHED' })).toBe(false);
  });
});

describe('canEditLeaf', () => {
  const scored = (code: string) => ({ code, section: 'SCORED' as const });
  it('the unit edits its own leaves in SELF and EXPLANATION modes', () => {
    expect(canEditLeaf({ mode: 'SELF', roles: ['UNIT_OFFICER'], scopes: ['OWN_UNIT'], leaf: scored('1.1') }).allowed).toBe(true);
    expect(canEditLeaf({ mode: 'EXPLANATION', roles: ['UNIT_HEAD'], scopes: ['OWN_UNIT'], leaf: scored('1.1') }).allowed).toBe(true);
    expect(canEditLeaf({ mode: 'SELF', roles: ['UNIT_OFFICER'], scopes: ['ASSESSOR'], leaf: scored('1.1') }).allowed).toBe(false);
    expect(canEditLeaf({ mode: 'SELF', roles: ['APPRAISER'], scopes: ['OWN_UNIT'], leaf: scored('1.1') }).allowed).toBe(false);
  });
  it('appraisers limited to some areas', () => {
    const assignment = { areaCodes: ['1', '3.2'] };
    const edit = (code: string) =>
      canEditLeaf({ mode: 'APPRAISAL', roles: ['APPRAISER'], scopes: ['ASSESSOR'], leaf: scored(code), assignment });
    expect(edit('1.2.3').allowed).toBe(true);
    expect(edit('3.2.1').allowed).toBe(true);
    expect(edit('3.1').allowed).toBe(false);
    expect(edit('10.1')).toMatchObject({ allowed: false, reasonVi: 'Bạn chỉ được thẩm định các lĩnh vực được phân công (1, 3.2)' });
    expect(canEditLeaf({ mode: 'APPRAISAL', roles: ['APPRAISER'], scopes: ['ASSESSOR'], leaf: scored('10.1') }).allowed).toBe(true);
  });
  it('appraisal needs the appraiser role and the assessor scope', () => {
    expect(canEditLeaf({ mode: 'APPRAISAL', roles: ['ASSESSOR_CHAIR'], scopes: ['ASSESSOR'], leaf: scored('1') }).allowed).toBe(false);
    expect(canEditLeaf({ mode: 'APPRAISAL', roles: ['APPRAISER'], scopes: ['PROVINCE'], leaf: scored('1') })).toMatchObject({
      allowed: false,
      reasonVi: 'Bạn không có quyền thẩm định đơn vị này',
    });
  });
  it('survey points are imported, never edited', () => {
    for (const mode of ['SELF', 'APPRAISAL', 'EXPLANATION'] as const) {
      expect(
        canEditLeaf({
          mode,
          roles: ['UNIT_OFFICER', 'APPRAISER'],
          scopes: ['OWN_UNIT', 'ASSESSOR'],
          leaf: { code: '9.1', section: 'SURVEY' },
        }).allowed,
      ).toBe(false);
    }
  });
});
