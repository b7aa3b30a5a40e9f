import { describe, it, expect } from 'vitest';
import { DEPARTMENT_MERGES_2025, departmentsPlan, STANDARD_DEPARTMENTS } from './standard-departments';

describe('departmentsPlan', () => {
  const before = departmentsPlan('22', 'province:22', 'three-level');
  const after = departmentsPlan('22', 'province:22', 'two-level');

  it('lists the 14 two-level departments by default', () => {
    expect(after.units.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'Sở Nội vụ',
        'Sở Tư pháp',
        'Sở Tài chính',
        'Sở Công Thương',
        'Sở Nông nghiệp và Môi trường',
        'Sở Xây dựng',
        'Sở Khoa học và Công nghệ',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Sở Giáo dục và Đào tạo',
        'Sở Y tế',
        'Thanh tra tỉnh',
        'Văn phòng UBND tỉnh',
        'Sở Dân tộc và Tôn giáo',
        'Sở Ngoại vụ',
      ]),
    );
    expect(after.units).toHaveLength(14);
    expect(departmentsPlan('22', 'province:22', 'two-level', { includeOptional: false }).units).toHaveLength(13);
  });

  it('lists the pre-2025 departments for the three-level era', () => {
    expect(before.units).toHaveLength(19);
    expect(before.units.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'Sở Kế hoạch và Đầu tư',
        'Sở Tài nguyên và Môi trường',
        'Sở Lao động - Thương binh và Xã hội',
        'Ban Dân tộc',
      ]),
    );
    expect(before.links).toEqual([]);
  });

  it('gives nationally unique codes, subtypes and parent', () => {
    const snv = after.units.find((u) => u.code === '22-SNV');
    expect(snv).toMatchObject({ sourceKey: 'department:22-SNV', kind: 'DEPARTMENT', subtype: 'sở', parentSourceKey: 'province:22' });
    expect(after.units.find((u) => u.code === '22-TTT')?.subtype).toBe('thanh tra');
    expect(after.units.find((u) => u.code === '22-VPUBND')?.subtype).toBe('văn phòng');
    expect(before.units.find((u) => u.code === '22-BDT')?.subtype).toBe('ban');
    const abbrs = STANDARD_DEPARTMENTS.map((d) => d.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it('keeps unchanged departments as one continuing unit across eras', () => {
    const stcBefore = before.units.find((u) => u.code === '22-STC');
    const stcAfter = after.units.find((u) => u.code === '22-STC');
    expect(stcBefore).toEqual(stcAfter);
    expect(stcAfter).toMatchObject({ validFrom: null, validTo: null });
  });

  it('closes merged-away departments on 2025-02-28 and opens new ones on 2025-03-01', () => {
    expect(before.units.find((u) => u.code === '22-SNNPTNT')?.validTo).toBe('2025-02-28');
    expect(after.units.find((u) => u.code === '22-SNNMT')).toMatchObject({ validFrom: '2025-03-01', validTo: null });
  });

  it('expresses the 2025 merges as predecessor links', () => {
    const preds = (abbr: string): string[] =>
      after.links
        .filter((l) => l.successorSourceKey === `department:22-${abbr}`)
        .map((l) => l.predecessorSourceKey.replace('department:22-', ''));
    expect(preds('SNNMT')).toEqual(expect.arrayContaining(['SNNPTNT', 'STNMT']));
    expect(preds('STC')).toEqual(['SKHDT']);
    expect(preds('SXD')).toEqual(['SGTVT']);
    expect(preds('SKHCN')).toEqual(['STTTT']);
    expect(preds('SNV')).toEqual(['SLDTBXH']);
    expect(preds('SDTTG')).toEqual(expect.arrayContaining(['BDT', 'SNV']));
    expect(after.links.every((l) => l.effectiveDate === '2025-03-01')).toBe(true);
    // Every link endpoint is a planned department of one of the eras.
    const keys = new Set([...before.units, ...after.units].map((u) => u.sourceKey));
    for (const l of after.links) expect(keys.has(l.predecessorSourceKey) && keys.has(l.successorSourceKey)).toBe(true);
    expect(DEPARTMENT_MERGES_2025.length).toBe(after.links.length);
  });

  it('uses "thành phố" for centrally governed cities and clamps to a closing province', () => {
    const hn = departmentsPlan('01', 'province:01', 'two-level', { provinceLevel: 'thành phố' });
    expect(hn.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Thanh tra thành phố', 'Văn phòng UBND thành phố']));
    const closing = departmentsPlan('27', 'province:27', 'three-level', { provinceValidTo: '2025-06-30' });
    expect(closing.units.every((u) => u.validTo !== null && u.validTo <= '2025-06-30')).toBe(true);
  });
});
