import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../../domain/scoring';
import { rankingWarnings } from './ranking-warnings';

const codes = (excellent: number, good: number, other = 0) => [
  ...Array<string>(excellent).fill('EXCELLENT'),
  ...Array<string>(good).fill('GOOD'),
  ...Array<string>(other).fill('FAIR'),
];

describe('Nghị định 335 warning of a ranking (pure)', () => {
  it('none below 20 % of those rated tốt or better; lower bands do not count', () => {
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(1, 5, 20))).toEqual([]); // 1/6 = 16,67 %
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(0, 0, 5))).toEqual([]);
    expect(rankingWarnings(2026, DEFAULT_BANDS, [])).toEqual([]);
  });

  it('exactly 20 % is at the limit (still allowed), said plainly', () => {
    const [w] = rankingWarnings(2026, DEFAULT_BANDS, codes(1, 4, 3));
    expect(w).toMatchObject({ code: 'EXCELLENT_SHARE_335', level: 'AT_LIMIT', share: 20, limit: 20, count: 1, baseCount: 5 });
    expect(w.message).toContain('Nghị định 335/2025/NĐ-CP');
    expect(w.message).toContain('1/5 đơn vị "Xuất sắc" (20,00%), đúng bằng giới hạn');
    expect(w.message).toContain('xếp loại người đứng đầu');
    expect(w.message).toContain('không phải quy định về Chỉ số CCHC');
    expect(w.messageEn).toContain('exactly at that limit');
  });

  it('above 20 % is over the limit, compared exactly (2/9 = 22,22 %, 20/99 = 20,20 %)', () => {
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(2, 7))[0]).toMatchObject({ level: 'OVER_LIMIT', share: 22.22 });
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(20, 79))[0]).toMatchObject({ level: 'OVER_LIMIT', share: 20.2 });
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(19, 77))).toEqual([]); // 19,79 %
  });

  it('follows the year’s bands, whatever their codes (the best band and the next one)', () => {
    const bands = [
      { code: 'XS', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 9300, color: '#1B5E20' },
      { code: 'T', labelVi: 'Tốt', labelEn: 'Good', minIndex: 8000, color: '#43A047' },
      { code: 'K', labelVi: 'Khá', labelEn: 'Fair', minIndex: 0, color: '#FDD835' },
    ];
    expect(rankingWarnings(2026, bands, ['XS', 'XS', 'T', 'K', 'K', 'K'])[0]).toMatchObject({
      level: 'OVER_LIMIT',
      count: 2,
      baseCount: 3,
    });
    expect(rankingWarnings(2026, bands.slice(0, 1), ['XS'])).toEqual([]);
  });

  it('applies only to years from 2026 (the decree rates 2026 onwards): none for 2024 or 2025 whatever the share', () => {
    expect(rankingWarnings(2025, DEFAULT_BANDS, codes(5, 1))).toEqual([]);
    expect(rankingWarnings(2024, DEFAULT_BANDS, codes(9, 0))).toEqual([]);
    expect(rankingWarnings(2026, DEFAULT_BANDS, codes(5, 1))).toHaveLength(1);
  });
});
