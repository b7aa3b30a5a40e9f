import { describe, it, expect } from 'vitest';
import {
  DEFAULT_BANDS,
  DEFAULT_HEAD_RATINGS,
  classify,
  compareVietnamese,
  excellentShareWarning,
  headRatingFor,
  rankByGroup,
  rankUnits,
  validateBands,
  validateHeadRatings,
  type ClassificationBand,
} from './ranking';

const u = (unitId: string, unitName: string, index: number | null, group = 'WARDS') => ({ unitId, unitName, index, group });

describe('Vietnamese collation (Intl.Collator("vi") as shipped with Node)', () => {
  it('đ is a letter after d: "Phường Dương" sorts before "Phường Đông Mai"', () => {
    expect(compareVietnamese('Phường Dương', 'Phường Đông Mai')).toBeLessThan(0);
    // even "Dz…" comes before any "Đ…"
    expect(compareVietnamese('Xã Dzũng', 'Xã Đa')).toBeLessThan(0);
    expect(compareVietnamese('Xã Đa', 'Xã E')).toBeLessThan(0);
  });
  it('vowel letters and tones follow the Vietnamese alphabet', () => {
    expect(['Xã Ơ', 'Xã Ô Loan', 'Xã Oa', 'Xã Ư', 'Xã U'].sort(compareVietnamese)).toEqual(['Xã Oa', 'Xã Ô Loan', 'Xã Ơ', 'Xã U', 'Xã Ư']);
    expect(['Ă', 'Â', 'A'].sort(compareVietnamese)).toEqual(['A', 'Ă', 'Â']);
    expect(['á', 'ạ', 'à', 'a', 'ã', 'ả'].sort(compareVietnamese)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });
});

describe('rankUnits', () => {
  it('ties share a rank and the next skips (1, 2, 2, 4); ties in Vietnamese order', () => {
    const ranked = rankUnits([
      u('4', 'Phường Yên Thế', 8000),
      u('2', 'Phường Đông Mai', 9000),
      u('1', 'Phường An Lạc', 9500),
      u('3', 'Phường Dương Nội', 9000),
    ]);
    expect(ranked.map((r) => [r.rank, r.position, r.item.unitName, r.tied])).toEqual([
      [1, 1, 'Phường An Lạc', false],
      [2, 2, 'Phường Dương Nội', true],
      [2, 3, 'Phường Đông Mai', true],
      [4, 4, 'Phường Yên Thế', false],
    ]);
  });
  it('three-way tie then skip to 5; an index differing by 0.01 breaks the tie', () => {
    const ranked = rankUnits([
      u('a', 'Xã Ba', 8500),
      u('b', 'Xã Ấp', 8500),
      u('c', 'Xã Ân', 8500),
      u('d', 'Xã Cà', 8499),
      u('e', 'Xã Ă', 8501),
    ]);
    expect(ranked.map((r) => `${r.rank}:${r.item.unitName}`)).toEqual(['1:Xã Ă', '2:Xã Ân', '2:Xã Ấp', '2:Xã Ba', '5:Xã Cà']);
  });
  it('units without a result are listed last, unranked, alphabetically', () => {
    const ranked = rankUnits([u('a', 'Xã Bình', null), u('b', 'Xã An', null), u('c', 'Xã Cư', 100)]);
    expect(ranked.map((r) => [r.rank, r.item.unitName])).toEqual([
      [1, 'Xã Cư'],
      [null, 'Xã An'],
      [null, 'Xã Bình'],
    ]);
  });
  it('same name: stable order by id', () => {
    const ranked = rankUnits([u('z', 'Xã An', 5000), u('a', 'Xã An', 5000)]);
    expect(ranked.map((r) => r.item.unitId)).toEqual(['a', 'z']);
  });
  it('empty list', () => expect(rankUnits([])).toEqual([]));
});

describe('rankByGroup', () => {
  it('ranks each group separately (e.g. phường and xã blocks, or per assessor)', () => {
    const result = rankByGroup(
      [
        u('1', 'Phường A', 9000, 'WARDS'),
        u('2', 'Xã B', 9500, 'COMMUNES'),
        u('3', 'Phường C', 9100, 'WARDS'),
        u('4', 'Xã D', 9500, 'COMMUNES'),
      ],
      (i) => i.group,
    );
    expect([...result.keys()]).toEqual(['WARDS', 'COMMUNES']);
    expect(result.get('WARDS')!.map((r) => [r.rank, r.item.unitId])).toEqual([
      [1, '3'],
      [2, '1'],
    ]);
    expect(result.get('COMMUNES')!.map((r) => [r.rank, r.item.unitId])).toEqual([
      [1, '2'],
      [1, '4'],
    ]);
  });
});

describe('classification', () => {
  it.each([
    [10000, 'EXCELLENT'],
    [9000, 'EXCELLENT'],
    [8999, 'GOOD'],
    [8000, 'GOOD'],
    [7999, 'FAIR'],
    [7000, 'FAIR'],
    [6999, 'AVERAGE'],
    [5000, 'AVERAGE'],
    [4999, 'WEAK'],
    [0, 'WEAK'],
    [11000, 'EXCELLENT'],
  ])('index %i → %s', (index, code) => {
    expect(classify(index, DEFAULT_BANDS)!.code).toBe(code);
  });
  it('89.99 vs 90.00 and a 93 threshold year', () => {
    const year93 = DEFAULT_BANDS.map((b) => (b.code === 'EXCELLENT' ? { ...b, minIndex: 9300 } : b));
    expect(classify(8999, DEFAULT_BANDS)!.labelVi).toBe('Tốt');
    expect(classify(9000, DEFAULT_BANDS)!.labelVi).toBe('Xuất sắc');
    expect(classify(9299, year93)!.code).toBe('GOOD');
    expect(classify(9300, year93)!.code).toBe('EXCELLENT');
  });
  it('below every band → null (only with invalid bands)', () => {
    expect(classify(100, [{ ...DEFAULT_BANDS[0]!, minIndex: 5000 }])).toBeNull();
  });
  it('defaults are valid, frozen data a year copies', () => {
    expect(validateBands(DEFAULT_BANDS)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_BANDS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_BANDS[0])).toBe(true);
    const copy = structuredClone(DEFAULT_BANDS) as ClassificationBand[];
    copy[0] = { ...copy[0]!, minIndex: 9300 };
    expect(DEFAULT_BANDS[0]!.minIndex).toBe(9000);
  });
});

describe('validateBands', () => {
  const codes = (bands: ClassificationBand[]) =>
    validateBands(bands)
      .map((i) => i.code)
      .sort();
  const b = (code: string, minIndex: number, color = '#000000'): ClassificationBand => ({
    code,
    labelVi: code,
    labelEn: code,
    minIndex,
    color,
  });
  it.each([
    ['empty', [], ['NO_BANDS']],
    ['duplicate code', [b('A', 5000), b('A', 0)], ['DUPLICATE_CODE']],
    ['duplicate threshold', [b('A', 5000), b('B', 5000), b('C', 0)], ['DUPLICATE_MIN', 'NOT_ORDERED']],
    ['not ordered', [b('B', 0), b('A', 5000)], ['NOT_ORDERED']],
    ['no zero band', [b('A', 9000), b('B', 100)], ['NO_ZERO_BAND']],
    ['threshold over 100 %', [b('A', 10001), b('B', 0)], ['BAD_MIN']],
    ['fractional threshold', [b('A', 89.5), b('B', 0)], ['BAD_MIN']],
    ['bad color', [b('A', 0, 'red')], ['BAD_COLOR']],
  ] as const)('%s', (_name, bands, expected) => {
    expect(codes([...bands])).toEqual([...expected].sort());
  });
});

describe('head rating', () => {
  it('typical mapping', () => {
    expect(headRatingFor('EXCELLENT', DEFAULT_HEAD_RATINGS)!.labelVi).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(headRatingFor('GOOD', DEFAULT_HEAD_RATINGS)!.labelVi).toBe('Hoàn thành tốt nhiệm vụ');
    expect(headRatingFor('FAIR', DEFAULT_HEAD_RATINGS)!.labelVi).toBe('Hoàn thành nhiệm vụ');
    expect(headRatingFor('AVERAGE', DEFAULT_HEAD_RATINGS)!.labelVi).toBe('Hoàn thành nhiệm vụ');
    expect(headRatingFor('WEAK', DEFAULT_HEAD_RATINGS)!.labelVi).toBe('Không hoàn thành nhiệm vụ');
    expect(headRatingFor('POOR', DEFAULT_HEAD_RATINGS)!.code).toBe('NON_COMPLETION');
    expect(headRatingFor('toString', DEFAULT_HEAD_RATINGS)).toBeNull();
  });
  it('from index to rating at the band edge', () => {
    expect(headRatingFor(classify(8999, DEFAULT_BANDS)!.code, DEFAULT_HEAD_RATINGS)!.code).toBe('GOOD_COMPLETION');
    expect(headRatingFor(classify(9000, DEFAULT_BANDS)!.code, DEFAULT_HEAD_RATINGS)!.code).toBe('EXCELLENT_COMPLETION');
  });
  it('every band needs a rating', () => {
    expect(validateHeadRatings(DEFAULT_BANDS, DEFAULT_HEAD_RATINGS)).toEqual([]);
    const { GOOD: _omit, ...partial } = DEFAULT_HEAD_RATINGS;
    expect(validateHeadRatings(DEFAULT_BANDS, partial).map((i) => i.bandCode)).toEqual(['GOOD']);
  });
});

describe('excellentShareWarning (Nghị định 335/2025)', () => {
  const list = (excellent: number, others: number) => [...Array(excellent).fill('EXCELLENT'), ...Array(others).fill('GOOD')] as string[];
  it('below 20 % → no warning', () => {
    const r = excellentShareWarning(list(1, 9)); // 10 %
    expect(r).toMatchObject({ warning: false, level: 'OK', share: 1000, excellentCount: 1, baseCount: 10 });
  });
  it('exactly 20 % → warning (at the limit)', () => {
    const r = excellentShareWarning(list(2, 8));
    expect(r).toMatchObject({ warning: true, level: 'AT_LIMIT', share: 2000 });
    expect(r.vi).toContain('20,00%');
    expect(r.vi).toContain('Nghị định 335/2025/NĐ-CP');
  });
  it('above 20 % → warning', () => expect(excellentShareWarning(list(3, 7))).toMatchObject({ warning: true, level: 'OVER_LIMIT' }));
  it('19.996 % is not rounded into a warning (exact comparison)', () => {
    // 4999 / 25 000 = 19.996 % → displayed 20.00 % but below the limit
    const r = excellentShareWarning(list(4999, 20001));
    expect(r.share).toBe(2000);
    expect(r.warning).toBe(false);
  });
  it('base restricted to good-or-better and a custom limit', () => {
    const codes = ['EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'FAIR', 'FAIR', 'FAIR', 'FAIR'];
    expect(excellentShareWarning(codes).warning).toBe(false); // 1/8 = 12.5 %
    expect(excellentShareWarning(codes, { baseCodes: ['EXCELLENT', 'GOOD'] })).toMatchObject({ share: 2500, warning: true });
    expect(excellentShareWarning(codes, { limitPercent: 12.5 }).level).toBe('AT_LIMIT');
  });
  it('no unit → no warning', () => expect(excellentShareWarning([])).toMatchObject({ share: null, warning: false }));
});
