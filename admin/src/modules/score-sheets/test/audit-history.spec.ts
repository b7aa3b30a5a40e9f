import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ScoreSheetFieldsFragment } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { groupAudit } from '../composables/audit-format';
import { createMockClient } from '@/test/mock-apollo';
import { sheetFixture } from './fixture';

const AT1 = '2026-01-05T03:10:00.000Z';
const AT2 = '2026-01-06T08:00:00.000Z';
const AT3 = '2026-02-01T09:30:00.000Z';
/** Newest first, as auditTrail answers. */
const EVENTS = [
  {
    id: '9',
    action: 'COMPLETE_APPRAISAL',
    actorName: 'thamdinh.qn',
    at: AT3,
    criterionId: null,
    before: JSON.stringify({ status: 'EXPLAINED', version: 7 }),
    after: JSON.stringify({ status: 'APPRAISED', version: 8 }),
    reason: null,
  },
  {
    id: '8',
    action: 'SAVE_APPRAISAL_ROUND_1',
    actorName: 'thamdinh.qn',
    at: AT2,
    criterionId: 'l12',
    before: JSON.stringify({ round: 1, points: null, note: null, finalPoints: null }),
    after: JSON.stringify({ round: 1, points: 1.5, note: 'Thiếu báo cáo quý IV', finalPoints: 1.5 }),
    reason: 'Thiếu báo cáo quý IV',
  },
  {
    id: '7',
    action: 'SUBMIT',
    actorName: 'canbo.ansinh',
    at: AT1,
    criterionId: null,
    before: JSON.stringify({ status: 'DRAFT', version: 3 }),
    after: JSON.stringify({ status: 'SUBMITTED', version: 4 }),
    reason: null,
  },
  {
    id: '6',
    action: 'SAVE_SELF',
    actorName: 'canbo.ansinh',
    at: AT1,
    criterionId: 'l12',
    before: JSON.stringify({ declaredValue: '80', notApplicable: false, selfPoints: 2.4, selfNote: null, evidence: [] }),
    after: JSON.stringify({ declaredValue: '85.5', notApplicable: false, selfPoints: 2.57, selfNote: null, evidence: [{ title: 'BC' }] }),
    reason: null,
  },
  {
    id: '5',
    action: 'SAVE_SELF',
    actorName: 'canbo.ansinh',
    at: AT1,
    criterionId: 'l11',
    before: JSON.stringify({ declaredValue: null, notApplicable: false, selfPoints: null, selfNote: null, evidence: [] }),
    after: JSON.stringify({ declaredValue: '1', notApplicable: false, selfPoints: 2, selfNote: null, evidence: [] }),
    reason: null,
  },
];

describe('the history in words', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('groups one save, names the criteria, says actions, fields and statuses in Vietnamese', () => {
    const names: Record<string, string> = { l11: '1.1 Ban hành kế hoạch CCHC', l12: '1.2 Tỷ lệ nhiệm vụ hoàn thành' };
    const groups = groupAudit(EVENTS, (id) => names[id] ?? null);
    expect(groups.map((g) => g.title)).toEqual([
      'Hoàn thành thẩm định',
      'Lưu điểm thẩm định vòng 1',
      'Nộp phiếu tự đánh giá · Lưu tự chấm',
    ]);
    expect(groups[0]!.items[0]!.changes).toEqual([
      { field: 'status', label: 'Trạng thái', before: 'Đã giải trình', after: 'Đã thẩm định' },
    ]);
    const appraisal = groups[1]!.items[0]!;
    expect(appraisal.criterion).toBe('1.2 Tỷ lệ nhiệm vụ hoàn thành');
    expect(appraisal.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Điểm thẩm định: — → 1,5',
      'Ý kiến thẩm định: — → Thiếu báo cáo quý IV',
      'Điểm cuối cùng: — → 1,5',
    ]);
    // The note is the reason: said once.
    expect(appraisal.reason).toBeNull();
    const save = groups[2]!;
    expect(save.items.map((i) => i.criterion)).toEqual([null, '1.2 Tỷ lệ nhiệm vụ hoàn thành', '1.1 Ban hành kế hoạch CCHC']);
    expect(save.items[1]!.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Giá trị kê khai: 80 → 85,5',
      'Điểm tự chấm: 2,4 → 2,57',
      'Tài liệu kiểm chứng: không có → 1 tài liệu',
    ]);
  });

  it('the drawer shows it on the page; the history button only when the sheet says it may be read', async () => {
    const mocks = (sheet: ScoreSheetFieldsFragment) =>
      createMockClient({
        ScoreSheet: () => ({ data: { scoreSheet: sheet } }),
        AuditTrail: () => ({
          data: {
            auditTrail: {
              __typename: 'AuditEventConnection',
              totalCount: EVENTS.length,
              edges: EVENTS.map((node) => ({ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', ...node } })),
            },
          },
        }),
      });
    const mountWith = (sheet: ScoreSheetFieldsFragment) =>
      mount(ScoreSheetPage, {
        props: { id: sheet.id },
        attachTo: document.body,
        global: {
          plugins: [i18n],
          provide: { [DefaultApolloClient as symbol]: mocks(sheet).client },
          stubs: { teleport: true, RouterLink: true },
        },
      });

    const hidden = mountWith(sheetFixture({ historyReadable: false }));
    await flushPromises();
    expect(hidden.find('[data-testid="sheet-history"]').exists()).toBe(false);
    expect(hidden.find('[data-testid="history-1.1"]').exists()).toBe(false);
    hidden.unmount();

    const w = mountWith(sheetFixture());
    await flushPromises();
    await w.find('[data-testid="sheet-history"]').trigger('click');
    await flushPromises();
    const titles = w.findAll('[data-testid="audit-title"]').map((x) => x.text());
    expect(titles).toEqual(['Hoàn thành thẩm định', 'Lưu điểm thẩm định vòng 1', 'Nộp phiếu tự đánh giá · Lưu tự chấm']);
    const list = w.find('[data-testid="audit-list"]').text();
    expect(list).toContain('1.2 Tỷ lệ nhiệm vụ hoàn thành');
    expect(list).toContain('Đã giải trình');
    expect(list).not.toContain('COMPLETE_APPRAISAL');
    expect(list).not.toContain('EXPLAINED');
    w.unmount();
  });
});
