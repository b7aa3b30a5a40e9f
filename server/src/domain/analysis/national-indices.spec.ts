import { describe, expect, it } from 'vitest';
import { averageIndex, checkNationalIndex } from './national-indices';

describe('national indices (pure)', () => {
  it('keeps two decimals half up and ranks out of 63 provinces until 2024, 34 from 2025', () => {
    expect(checkNationalIndex({ kind: 'PAR_INDEX', year: 2024, value: '89,325', rank: 5, hasUnit: false }, 2026).ok).toEqual({
      kind: 'PAR_INDEX',
      year: 2024,
      value: 8933,
      rank: 5,
      rankOf: 63,
    });
    expect(checkNationalIndex({ kind: 'PCI', year: 2025, value: 70, hasUnit: false }, 2026).ok?.rankOf).toBe(34);
    expect(checkNationalIndex({ kind: 'PCI', year: 2025, value: 70, rank: 35, hasUnit: false }, 2026).issues.map((i) => i.code)).toEqual([
      'RANK_OUT_OF_RANGE',
    ]);
    // DDCI ranks the province's own units: no national default.
    expect(checkNationalIndex({ kind: 'DDCI', year: 2024, value: '81.5', hasUnit: true }, 2026).ok?.rankOf).toBeNull();
  });

  it('reports every problem at once, PAPI on its scale of 80', () => {
    const r = checkNationalIndex({ kind: 'PAPI', year: 2030, value: '80.01', rank: 0, hasUnit: true }, 2026);
    expect(r.issues.map((i) => i.code)).toEqual(['YEAR_OUT_OF_RANGE', 'VALUE_OUT_OF_RANGE', 'UNIT_NOT_ALLOWED', 'RANK_OUT_OF_RANGE']);
    expect(r.issues[1].vi).toBe('Giá trị PAPI phải từ 0 đến 80');
    expect(checkNationalIndex({ kind: 'PAPI', year: 2024, value: '80', hasUnit: false }, 2026).issues).toEqual([]);
  });

  it('averages in integer hundredths, half up', () => {
    expect(averageIndex([8000, 9200, 8000])).toBe(8400);
    expect(averageIndex([9600, 9500])).toBe(9550);
    expect(averageIndex([1, 2])).toBe(2); // 1.5 → 2
    expect(averageIndex([])).toBeNull();
  });
});
