import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { i18n } from '@/i18n';
import RankingTable, { type RankingRowData } from '../components/RankingTable.vue';
import { areaAverages, displayRows, distribution, expandRows } from '../composables/ranking-model';
import type { RankingQuery } from '@/graphql/generated/graphql';

type Compact = RankingQuery['ranking'];
const HEAD = { __typename: 'HeadRating' as const, code: 'X', label: 'Hoàn thành tốt nhiệm vụ', labelEn: 'Well' };
const band = (code: string, label: string, color: string) => ({
  __typename: 'RankingBand' as const,
  code,
  label,
  labelEn: code,
  color,
  headRating: HEAD,
});
const EXCELLENT = band('EXCELLENT', 'Xuất sắc', '#1B5E20');
const GOOD = band('GOOD', 'Tốt', '#43A047');
const ASSESSORS: Compact['assessors'] = [
  { __typename: 'RankingAssessor', id: 'p', name: 'UBND tỉnh' },
  { __typename: 'RankingAssessor', id: 'h', name: 'UBND huyện Tiên Yên' },
];

/** A row as the server sends it (compact), looked up the way the results page does. */
function row(
  unitName: string,
  index: number | null,
  rank: number | null,
  tied: boolean,
  classification: ReturnType<typeof band> | null,
  assessorIndex = 0,
): RankingRowData {
  const compact: Compact['rows'][number] = {
    __typename: 'RankingRow',
    rank,
    tied,
    provisional: false,
    unitId: unitName,
    unitName,
    assessorIndex,
    index,
    totals: { __typename: 'SheetTotals', selfTotal: (index ?? 0) + 2, appraisedTotal: index ?? 0, gapPoints: 2 },
    classificationCode: classification?.code ?? null,
    areaIndices: [(index ?? 0) - 1],
  };
  return expandRows({ classifications: [EXCELLENT, GOOD], assessors: ASSESSORS, rows: [compact] })[0]!;
}

describe('results table', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  const rows = [
    row('Xã Đông Hải', 85.5, 2, true, GOOD),
    row('Phường Cẩm Phả', 91.25, 1, false, EXCELLENT),
    row('Xã Đầm Hà', 85.5, 2, true, GOOD),
    row('Xã Quảng Hà', 80, 4, false, GOOD),
    row('Xã Ba Chẽ', null, null, false, null),
  ];

  it('keeps rank and unit in view when scrolling sideways and names the areas under the table', () => {
    const w = mount(RankingTable, {
      props: {
        rows,
        areas: [
          { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC' },
          { code: '2', title: 'Cải cách TTHC' },
        ],
        caption: 'Khối xã',
      },
      global: { plugins: [i18n] },
    });
    const headers = w.findAll('th');
    expect(headers[0]!.classes()).toContain('col-sticky');
    expect(headers[1]!.classes()).toContain('col-sticky');
    expect(headers[1]!.attributes('style')).toContain('left: 64px');
    expect(headers[2]!.classes()).not.toContain('col-sticky');
    const unitCell = w.find('[data-testid="unit"]').element.closest('td')!;
    expect(unitCell.classList.contains('col-sticky')).toBe(true);
    expect(w.findAll('[data-testid="area-legend"] > span').map((x) => x.text())).toEqual([
      'LV 1: Công tác chỉ đạo, điều hành CCHC',
      'LV 2: Cải cách TTHC',
    ]);
  });

  it('renders ranks with shared ranks for ties (1, 2, 2, 4), Vietnamese order within a tie, and classification labels', () => {
    const w = mount(RankingTable, {
      props: { rows, areas: [{ code: '1', title: 'Chỉ đạo' }], caption: 'Khối xã' },
      global: { plugins: [i18n] },
    });
    expect(w.findAll('[data-testid="unit"]').map((u) => u.text())).toEqual([
      'Phường Cẩm Phả',
      'Xã Đầm Hà',
      'Xã Đông Hải',
      'Xã Quảng Hà',
      'Xã Ba Chẽ',
    ]);
    const ranks = w.findAll('[data-testid="rank"]').map((r) => r.text());
    expect(ranks).toEqual(['1', '2= (Đồng hạng)', '2= (Đồng hạng)', '4', '—']);
    expect(w.findAll('[data-testid="index"]').map((i) => i.text())).toEqual(['91,25', '85,50', '85,50', '80,00', '—']);
    const chips = w.findAll('[data-testid="classification"]');
    expect(chips.map((c) => c.text())).toEqual(['Xuất sắc', 'Tốt', 'Tốt', 'Tốt']);
    expect(chips[0]!.attributes('style')).toContain('color: #ffffff');
    expect(w.text()).toContain('Chưa có kết quả');
    expect(w.text()).toContain('+2,00');
  });

  it('looks up the classification, head rating and assessor a compact row refers to', () => {
    const r = row('Xã Hải Lạng', 88, 3, false, GOOD, 1);
    expect(r.classification).toEqual({ code: 'GOOD', label: 'Tốt', labelEn: 'GOOD', color: '#43A047' });
    expect(r.headRating?.label).toBe('Hoàn thành tốt nhiệm vụ');
    expect([r.assessorUnitId, r.assessorUnitName]).toEqual(['h', 'UBND huyện Tiên Yên']);
    expect(row('Xã Ba Chẽ', null, null, false, null).classification).toBeNull();
  });

  it('re-ranks a district subset with the domain rule', () => {
    const d = displayRows([row('Xã A', 70, 9, false, null), row('Xã B', 75, 3, false, null)], true);
    expect(d.map((x) => [x.row.unitName, x.rank])).toEqual([
      ['Xã B', 1],
      ['Xã A', 2],
    ]);
  });

  it('averages per area and counts classifications', () => {
    // Over the four units with a result: (84.5 + 90.25 + 84.5 + 79) / 4; Xã Ba Chẽ (nothing appraised) is left out.
    expect(areaAverages(rows, [{ code: '1', title: 'Chỉ đạo' }])[0]!.average).toBe(84.56);
    const dist = distribution(rows, [
      { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', color: '#1B5E20' },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', color: '#43A047' },
    ]);
    expect(dist.map((b) => [b.label, b.count])).toEqual([
      ['Xuất sắc', 1],
      ['Tốt', 3],
      ['Chưa có kết quả', 1],
    ]);
  });

  it('a unit without a result shows "—" for its index and areas, not 0,00', () => {
    const noResult = { ...row('Phường Bãi Cháy', 0, null, false, null), provisional: true };
    const w = mount(RankingTable, {
      props: { rows: [rows[0]!, noResult], areas: [{ code: '1', title: 'Chỉ đạo' }], caption: 'Khối phường' },
      global: { plugins: [i18n] },
    });
    const tr = w.findAll('tbody tr').find((r) => r.text().includes('Phường Bãi Cháy'))!;
    expect(tr.find('[data-testid="index"]').text()).toBe('—');
    expect(tr.text()).not.toContain('0,00'); // appraised total and gap too; the self-assessed total stays
    expect(tr.text()).toContain('2,00');
    expect(tr.text()).toContain('Chưa có kết quả');
  });
});
