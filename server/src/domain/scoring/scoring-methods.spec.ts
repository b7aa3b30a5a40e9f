import { describe, it, expect } from 'vitest';
import {
  computeLeafPoints,
  validateMethodParams,
  validatePoints,
  type LeafPointsResult,
  type RatioTiersParams,
  type LevelsParams,
} from './scoring-methods';

function points(r: LeafPointsResult): number {
  if ('error' in r) throw new Error(`unexpected error: ${r.error.vi}`);
  return r.points;
}
function errorOf(r: LeafPointsResult): { code: string; vi: string; en: string } {
  if (!('error' in r)) throw new Error(`expected an error, got ${r.points}`);
  return r.error;
}

const TYPICAL_TIERS: RatioTiersParams = {
  tiers: [
    { fromPercent: 0, toPercent: 80, sharePercent: 0 },
    { fromPercent: 80, toPercent: 100, sharePercent: 50 },
    { fromPercent: 100, toPercent: 100, sharePercent: 100 },
  ],
};
const LEVELS: LevelsParams = {
  levels: [
    { key: 'tot', labelVi: 'Tốt', sharePercent: 100 },
    { key: 'day_du', labelVi: 'Đầy đủ', sharePercent: 75 },
    { key: 'chua_day_du', labelVi: 'Chưa đầy đủ', sharePercent: 50 },
    { key: 'khong', labelVi: 'Không', sharePercent: 0 },
  ],
};

describe('YES_NO', () => {
  it.each([
    [true, 200],
    [1, 200],
    ['1', 200],
    ['có', 200],
    ['Có', 200],
    ['yes', 200],
    [false, 0],
    [0, 0],
    ['0', 0],
    ['không', 0],
    ['no', 0],
  ] as const)('%s → %i', (declared, expected) => {
    expect(points(computeLeafPoints('YES_NO', {}, 200, declared))).toBe(expected);
  });
  it.each([2, -1, 0.5, 'maybe', Number.NaN])('refuses %s', (declared) => {
    expect(errorOf(computeLeafPoints('YES_NO', {}, 200, declared)).code).toBe('BAD_USER_INPUT');
  });
  it('refuses a missing value', () => {
    expect(errorOf(computeLeafPoints('YES_NO', {}, 200, null)).vi).toContain('Chưa kê khai');
    expect(errorOf(computeLeafPoints('YES_NO', {}, 200, '  ')).vi).toContain('Chưa kê khai');
  });
});

describe('COUNT', () => {
  const params = { pointsPerItem: 25 };
  it.each([
    [0, 0],
    [1, 25],
    [3, 75],
    [4, 100],
    [5, 100],
    [1000, 100],
  ])('%i items → %i (capped at 1.00)', (n, expected) => {
    expect(points(computeLeafPoints('COUNT', params, 100, n))).toBe(expected);
  });
  it('accepts a numeric string', () => expect(points(computeLeafPoints('COUNT', params, 100, '2'))).toBe(50));
  it('refuses non-integer, negative and NaN counts', () => {
    expect(errorOf(computeLeafPoints('COUNT', params, 100, 1.5)).vi).toContain('số nguyên');
    expect(errorOf(computeLeafPoints('COUNT', params, 100, -1)).vi).toContain('không được âm');
    expect(errorOf(computeLeafPoints('COUNT', params, 100, Number.NaN)).vi).toContain('không phải là số');
    expect(errorOf(computeLeafPoints('COUNT', params, 100, true)).code).toBe('BAD_USER_INPUT');
  });
});

describe('RATIO_TIERS', () => {
  // [0,80) → 0, [80,100) → 50 %, exactly 100 → 100 % of 2.00 points
  it.each([
    [0, 0],
    [79.99, 0],
    ['79,99', 0],
    [80, 100],
    ['80', 100],
    [80.01, 100],
    [99.99, 100],
    [100, 200],
  ] as const)('%s %% → %i', (declared, expected) => {
    expect(points(computeLeafPoints('RATIO_TIERS', TYPICAL_TIERS, 200, declared))).toBe(expected);
  });
  it('last tier includes 100 when there is no point tier', () => {
    const params: RatioTiersParams = {
      tiers: [
        { fromPercent: 0, toPercent: 50, points: 0 },
        { fromPercent: 50, toPercent: 100, points: 150 },
      ],
    };
    expect(points(computeLeafPoints('RATIO_TIERS', params, 200, 50))).toBe(150);
    expect(points(computeLeafPoints('RATIO_TIERS', params, 200, 100))).toBe(150);
    expect(points(computeLeafPoints('RATIO_TIERS', params, 200, 49.99))).toBe(0);
  });
  it('tiers may be listed in any order', () => {
    const params = { tiers: [...TYPICAL_TIERS.tiers].reverse() };
    expect(points(computeLeafPoints('RATIO_TIERS', params, 200, 80))).toBe(100);
  });
  it('share rounds half-up: 33.33 % of 1.50 = 0.49995 → 0.50', () => {
    const params = { tiers: [{ fromPercent: 0, toPercent: 100, sharePercent: 33.33 }] };
    expect(points(computeLeafPoints('RATIO_TIERS', params, 150, 10))).toBe(50);
  });
  it.each([-0.01, 100.01, 'abc', 85.555])('refuses declared %s', (declared) => {
    expect(errorOf(computeLeafPoints('RATIO_TIERS', TYPICAL_TIERS, 200, declared)).code).toBe('BAD_USER_INPUT');
  });

  describe('validation of tiers', () => {
    it('accepts the typical tiers', () => expect(validateMethodParams('RATIO_TIERS', TYPICAL_TIERS, 200)).toEqual([]));
    it.each([
      [
        'gap',
        [
          { fromPercent: 0, toPercent: 70, sharePercent: 0 },
          { fromPercent: 80, toPercent: 100, sharePercent: 100 },
        ],
      ],
      [
        'overlap',
        [
          { fromPercent: 0, toPercent: 85, sharePercent: 0 },
          { fromPercent: 80, toPercent: 100, sharePercent: 100 },
        ],
      ],
      ['not from 0', [{ fromPercent: 10, toPercent: 100, sharePercent: 100 }]],
      ['not to 100', [{ fromPercent: 0, toPercent: 90, sharePercent: 100 }]],
      [
        'two point tiers',
        [
          { fromPercent: 0, toPercent: 100, sharePercent: 0 },
          { fromPercent: 100, toPercent: 100, sharePercent: 100 },
          { fromPercent: 100, toPercent: 100, sharePercent: 100 },
        ],
      ],
      [
        'empty tier',
        [
          { fromPercent: 0, toPercent: 0, sharePercent: 0 },
          { fromPercent: 0, toPercent: 100, sharePercent: 100 },
        ],
      ],
      ['both share and points', [{ fromPercent: 0, toPercent: 100, sharePercent: 100, points: 200 }]],
      ['neither share nor points', [{ fromPercent: 0, toPercent: 100 }]],
      ['points over max', [{ fromPercent: 0, toPercent: 100, points: 201 }]],
      ['share over 100', [{ fromPercent: 0, toPercent: 100, sharePercent: 101 }]],
      ['bound over 100', [{ fromPercent: 0, toPercent: 120, sharePercent: 100 }]],
      ['no tiers', []],
    ])('refuses %s', (_name, tiers) => {
      const issues = validateMethodParams('RATIO_TIERS', { tiers }, 200);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]!.vi.length).toBeGreaterThan(0);
      expect(issues[0]!.en.length).toBeGreaterThan(0);
    });
    it('computeLeafPoints refuses invalid params rather than guessing', () => {
      const r = computeLeafPoints('RATIO_TIERS', { tiers: [{ fromPercent: 0, toPercent: 90, sharePercent: 100 }] }, 200, 95, {
        code: '2.1',
      });
      expect(errorOf(r).vi).toContain('Cấu hình cách chấm của tiêu chí 2.1 không hợp lệ');
    });
  });
});

describe('PROPORTIONAL', () => {
  it.each([
    [0, 0],
    [50, 150],
    [100, 300],
    [33.33, 100], // 300 × 33.33 % = 99.99 → 100
    [12.5, 38], // 300 × 12.5 % = 37.5 → 38 (half-up)
    [66.67, 200], // 200.01 → 200
  ])('%s %% of 3.00 → %i', (pct, expected) => {
    expect(points(computeLeafPoints('PROPORTIONAL', {}, 300, pct))).toBe(expected);
  });
  it('refuses outside 0..100', () => {
    expect(errorOf(computeLeafPoints('PROPORTIONAL', {}, 300, 100.01)).vi).toContain('từ 0 đến 100');
    expect(errorOf(computeLeafPoints('PROPORTIONAL', {}, 300, -1)).vi).toContain('không được âm');
  });
});

describe('LEVELS', () => {
  it.each([
    ['tot', 200],
    ['day_du', 150],
    ['chua_day_du', 100],
    ['khong', 0],
    [' tot ', 200],
  ])('%s → %i', (key, expected) => {
    expect(points(computeLeafPoints('LEVELS', LEVELS, 200, key))).toBe(expected);
  });
  it('75 % of 1.25 = 0.9375 → 0.94', () => expect(points(computeLeafPoints('LEVELS', LEVELS, 125, 'day_du'))).toBe(94));
  it('refuses an unknown level and lists the valid ones', () => {
    const e = errorOf(computeLeafPoints('LEVELS', LEVELS, 200, 'xuat_sac', { code: '1.1' }));
    expect(e.vi).toContain('tot (Tốt)');
    expect(e.vi).toContain('tiêu chí 1.1');
  });
  it('validation: duplicate keys, missing label, bad share', () => {
    expect(validateMethodParams('LEVELS', LEVELS)).toEqual([]);
    expect(validateMethodParams('LEVELS', { levels: [LEVELS.levels[0], LEVELS.levels[0]] })).toHaveLength(1);
    expect(validateMethodParams('LEVELS', { levels: [{ key: 'a', labelVi: '', sharePercent: 10 }] })).toHaveLength(1);
    expect(validateMethodParams('LEVELS', { levels: [{ key: 'a', labelVi: 'A', sharePercent: 110 }] })).toHaveLength(1);
    expect(validateMethodParams('LEVELS', { levels: [] })).toHaveLength(1);
  });
});

describe('DEDUCTION', () => {
  const params = { pointsPerViolation: 50 };
  it.each([
    [0, 200],
    [1, 150],
    [3, 50],
    [4, 0],
    [5, 0],
    [100, 0],
  ])('%i violations → %i (floor 0)', (n, expected) => {
    expect(points(computeLeafPoints('DEDUCTION', params, 200, n))).toBe(expected);
  });
  it('refuses negative and fractional counts', () => {
    expect(errorOf(computeLeafPoints('DEDUCTION', params, 200, -1)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(computeLeafPoints('DEDUCTION', params, 200, 0.5)).code).toBe('BAD_USER_INPUT');
  });
  it('validation: pointsPerViolation must be positive integer hundredths', () => {
    expect(validateMethodParams('DEDUCTION', { pointsPerViolation: 0 })).toHaveLength(1);
    expect(validateMethodParams('DEDUCTION', { pointsPerViolation: 0.5 })).toHaveLength(1);
    expect(validateMethodParams('DEDUCTION', {})).toHaveLength(1);
    expect(validateMethodParams('COUNT', { pointsPerItem: -25 })).toHaveLength(1);
  });
});

describe('MANUAL', () => {
  it.each([
    [0, 0],
    [0.25, 25],
    [0.5, 50],
    [1.75, 175],
    ['1,25', 125],
    [2, 200],
  ] as const)('%s → %i', (declared, expected) => {
    expect(points(computeLeafPoints('MANUAL', {}, 200, declared))).toBe(expected);
  });
  it('refuses values off the 0.25 step', () => {
    const e = errorOf(computeLeafPoints('MANUAL', {}, 200, 0.3, { code: '1.2' }));
    expect(e.vi).toBe('Điểm của tiêu chí 1.2 phải theo bước 0,25 điểm');
    expect(errorOf(computeLeafPoints('MANUAL', {}, 200, 0.125)).code).toBe('BAD_USER_INPUT');
  });
  it('accepts the maximum even when it is off-step', () => {
    expect(points(computeLeafPoints('MANUAL', {}, 110, 1.1))).toBe(110);
    expect(errorOf(computeLeafPoints('MANUAL', {}, 110, 1.05)).code).toBe('BAD_USER_INPUT');
  });
  it('over the maximum: exact Vietnamese message', () => {
    const e = errorOf(computeLeafPoints('MANUAL', {}, 200, 2.25, { code: '1.2' }));
    expect(e.vi).toBe('Điểm vượt quá điểm tối đa của tiêu chí 1.2 (2,00)');
    expect(e.en).toContain('criterion 1.2 (2.00)');
  });
  it('refuses negative and NaN', () => {
    expect(errorOf(computeLeafPoints('MANUAL', {}, 200, -0.25)).vi).toContain('không được âm');
    expect(errorOf(computeLeafPoints('MANUAL', {}, 200, Number.NaN)).vi).toContain('không phải là số');
  });
  it('custom step', () => {
    expect(points(computeLeafPoints('MANUAL', { step: 50 }, 200, 1.5))).toBe(150);
    expect(errorOf(computeLeafPoints('MANUAL', { step: 50 }, 200, 1.25)).code).toBe('BAD_USER_INPUT');
  });
});

describe('SURVEY', () => {
  it('PERCENT basis: percent × max, half-up', () => {
    expect(points(computeLeafPoints('SURVEY', { basis: 'PERCENT' }, 1000, 87.25))).toBe(873); // 872.5 → 873
    expect(points(computeLeafPoints('SURVEY', { basis: 'PERCENT' }, 1000, 100))).toBe(1000);
    expect(errorOf(computeLeafPoints('SURVEY', { basis: 'PERCENT' }, 1000, 101)).code).toBe('BAD_USER_INPUT');
  });
  it('POINTS basis: 0..max', () => {
    expect(points(computeLeafPoints('SURVEY', { basis: 'POINTS' }, 1000, 8.73))).toBe(873);
    expect(errorOf(computeLeafPoints('SURVEY', { basis: 'POINTS' }, 1000, 10.01, { code: '9.1' })).vi).toBe(
      'Điểm vượt quá điểm tối đa của tiêu chí 9.1 (10,00)',
    );
  });
  it('basis is required', () => expect(validateMethodParams('SURVEY', {})).toHaveLength(1));
});

describe('validateMethodParams, general', () => {
  it('unknown method', () => expect(validateMethodParams('GUESS', {})[0]!.field).toBe('method'));
  it('params must be an object', () => expect(validateMethodParams('COUNT', [1])[0]!.field).toBe('params'));
  it('methods without params accept null/empty', () => {
    expect(validateMethodParams('YES_NO', null)).toEqual([]);
    expect(validateMethodParams('PROPORTIONAL', undefined)).toEqual([]);
  });
  it('bad maxPoints', () => expect(validateMethodParams('YES_NO', {}, 1.5)).toHaveLength(1));
});

describe('validatePoints (points typed directly)', () => {
  it('accepts 0..max integer hundredths', () => {
    expect(validatePoints(0, 200)).toBeNull();
    expect(validatePoints(200, 200)).toBeNull();
  });
  it('refuses over max, negative, NaN, fractional hundredths', () => {
    expect(validatePoints(201, 200, { code: '1.2' })!.vi).toBe('Điểm vượt quá điểm tối đa của tiêu chí 1.2 (2,00)');
    expect(validatePoints(-1, 200)!.code).toBe('BAD_USER_INPUT');
    expect(validatePoints(Number.NaN, 200)!.code).toBe('BAD_USER_INPUT');
    expect(validatePoints(12.5, 200)!.vi).toContain('2 chữ số thập phân');
    expect(validatePoints('12', 200)!.code).toBe('BAD_USER_INPUT');
  });
});
