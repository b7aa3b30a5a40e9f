import { describe, expect, it } from 'vitest';
import { criteriaOfArea, heatColor, placeOf, sortBy } from '../composables/analysis-model';

describe('analysis tables (pure)', () => {
  const rows = [
    { code: '1.10', loss: 1, title: 'B' },
    { code: '1.2', loss: null, title: 'A' },
    { code: '1.1', loss: 2.5, title: 'C' },
    { code: '2.1', loss: 1, title: 'Đ' },
  ];
  it('sorts numbers either way with nulls last and ties by code (1.2 before 1.10)', () => {
    expect(sortBy(rows, 'loss', 'desc').map((r) => r.code)).toEqual(['1.1', '1.10', '2.1', '1.2']);
    expect(sortBy(rows, 'loss', 'asc').map((r) => r.code)).toEqual(['1.10', '2.1', '1.1', '1.2']);
    expect(sortBy(rows, 'code', 'asc').map((r) => r.code)).toEqual(['1.1', '1.2', '1.10', '2.1']);
    expect(sortBy(rows, 'title', 'asc').map((r) => r.title)).toEqual(['A', 'B', 'C', 'Đ']);
  });
  it('colours red at or below 50, green at 100, nothing for not applicable', () => {
    expect(heatColor(40)).toBe('hsl(0 70% 82%)');
    expect(heatColor(75)).toBe('hsl(60 70% 82%)');
    expect(heatColor(100)).toBe('hsl(120 70% 82%)');
    expect(heatColor(null)).toBe('transparent');
  });
  it('picks an area’s criteria with their column in the full matrix', () => {
    const list = [{ areaCode: '1' }, { areaCode: '2' }, { areaCode: '1' }];
    expect(criteriaOfArea(list, '1').map((c) => c.column)).toEqual([0, 2]);
  });
  it('takes the place of the date line from the agency’s name', () => {
    expect(placeOf('UBND tỉnh Quảng Ninh')).toBe('Quảng Ninh');
    expect(placeOf('Thành phố Đông Triều')).toBe('Đông Triều');
    expect(placeOf('Huyện Một')).toBe('Một');
  });
});
