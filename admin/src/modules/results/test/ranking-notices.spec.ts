import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { i18n } from '@/i18n';
import RankingNotices, { type RankingNotice } from '../components/RankingNotices.vue';

const warning = (level: RankingNotice['level'], count: number, baseCount: number, share: number): RankingNotice => ({
  code: 'EXCELLENT_SHARE_335',
  level,
  share,
  limit: 20,
  count,
  baseCount,
  message: 'server text',
  messageEn: 'server text (en)',
});
const mountNotices = (warnings: RankingNotice[], partial = false) =>
  mount(RankingNotices, { props: { warnings, partial }, global: { plugins: [i18n] } });

describe('Nghị định 335 notice above the ranking', () => {
  afterEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('says nothing when the server gives no warning (below the limit)', () => {
    expect(mountNotices([]).find('[data-testid="ranking-notices"]').exists()).toBe(false);
  });

  it('over the limit: a calm note (not an alert) in Vietnamese with the figures', () => {
    const w = mountNotices([warning('OVER_LIMIT', 3, 8, 37.5)]);
    const note = w.get('[role="note"]');
    expect(w.find('[role="alert"]').exists()).toBe(false);
    expect(note.attributes('data-level')).toBe('OVER_LIMIT');
    expect(note.classes()).toContain('notice--OVER_LIMIT');
    expect(note.text()).toContain('Nghị định 335/2025/NĐ-CP');
    expect(note.text()).toContain('xếp loại người đứng đầu');
    expect(note.text()).toContain('không quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên');
    expect(note.text()).toContain('Khối này có 3/8 đơn vị "Xuất sắc" (37,50%), cao hơn giới hạn đó');
    expect(note.text()).toContain('không phải quy định về Chỉ số CCHC');
  });

  it('exactly at the limit: said as allowed, and English when chosen', () => {
    const w = mountNotices([warning('AT_LIMIT', 2, 10, 20)], true);
    expect(w.text()).toContain('2/10 đơn vị "Xuất sắc" (20,00%), đúng bằng giới hạn đó.');
    expect(w.text()).toContain('Tính trên cả khối');
    i18n.global.locale.value = 'en';
    const en = mountNotices([warning('AT_LIMIT', 2, 10, 20)]);
    expect(en.text()).toContain('This group has 2/10 "Excellent" (20.00%), exactly at the limit.');
  });
});
