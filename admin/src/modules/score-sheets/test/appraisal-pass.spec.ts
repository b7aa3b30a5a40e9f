import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ScoreSheetFieldsFragment, SheetAction } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { createMockClient } from '@/test/mock-apollo';
import { AREAS, criteriaOf, sheetFixture } from './fixture';

const TASKS = [
  { id: 't1', kind: 'APPRAISE', yearId: 'y2025', sheetId: 's0', unitName: 'Phường Bãi Cháy' },
  { id: 't2', kind: 'APPRAISE', yearId: 'y2025', sheetId: 's1', unitName: 'Phường Hồng Gai' },
  { id: 't3', kind: 'FILL', yearId: 'y2025', sheetId: 's7', unitName: 'Sở Y tế' },
  { id: 't4', kind: 'APPRAISE', yearId: 'y2024', sheetId: 's9', unitName: 'Xã cũ' },
  { id: 't5', kind: 'APPRAISE', yearId: 'y2025', sheetId: 's2', unitName: 'Phường Yết Kiêu' },
].map((t) => ({ __typename: 'Task', ...t }));

function mountPage(sheet: ScoreSheetFieldsFragment) {
  const mocks = createMockClient({
    ScoreSheet: () => ({ data: { scoreSheet: sheet } }),
    SheetQueue: () => ({ data: { myTasks: TASKS } }),
  });
  return mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { teleport: true, RouterLink: { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' } },
    },
  });
}

/** Filled by the unit; 1.2 and 2.1 questioned in round 1, 2.1 explained with a supplementary decision. */
function underAppraisal(round: 1 | 2, actions: SheetAction[]): ScoreSheetFieldsFragment {
  const base = sheetFixture();
  const entries = base.entries.map((e) => {
    const filled = { ...e, declaredValue: '1', selfPoints: 1, round1Points: round === 2 ? 1 : null };
    if (e.code === '1.1')
      return {
        ...filled,
        selfNote: 'Kế hoạch ban hành ngày 10/01',
        selfEvidence: [
          {
            __typename: 'EvidenceReference' as const,
            fileId: 'f1',
            file: {
              __typename: 'EvidenceFile' as const,
              id: 'f1',
              fileName: 'ke-hoach-cchc.pdf',
              size: 1200,
              contentType: 'application/pdf',
            },
            documentNumber: '12/KH-UBND',
            documentDate: '2025-01-10',
            issuer: null,
            title: null,
          },
        ],
      };
    if (round === 2 && (e.code === '1.2' || e.code === '2.1'))
      return {
        ...filled,
        explanationRequested: true,
        explanationRequestNote: 'Bổ sung số liệu',
        explanationText: e.code === '2.1' ? 'Đã bổ sung quyết định công nhận 3 sáng kiến.' : null,
      };
    return filled;
  });
  return sheetFixture({ status: round === 2 ? 'EXPLAINED' : 'UNDER_APPRAISAL', entries, criteria: criteriaOf(AREAS, entries) }, actions);
}

describe('appraisal in one pass', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('round 1: evidence and the unit’s note beside the value, a wide opinion field, a banner saying what to press', async () => {
    const w = mountPage(underAppraisal(1, ['SAVE_APPRAISAL', 'REQUEST_EXPLANATION', 'COMPLETE_APPRAISAL']));
    await flushPromises();
    const ctx = w.find('[data-testid="leaf-1.1"] [data-testid="context-1.1"]');
    expect(ctx.text()).toContain('ke-hoach-cchc.pdf — 12/KH-UBND ngày 10/01/2025');
    expect(ctx.text()).toContain('Ghi chú của đơn vị: Kế hoạch ban hành ngày 10/01');
    expect(w.find('[data-testid="leaf-1.2"] [data-testid="no-evidence"]').text()).toBe('Chưa có tài liệu kiểm chứng.');
    // Without opening the row's chevron.
    expect(w.find('[data-testid="detail-1.1"]').exists()).toBe(false);
    expect(w.find('[data-testid="appr-note-1.1"]').element.tagName).toBe('TEXTAREA');
    expect(w.find('[data-testid="next-step-text"]').text()).toMatch(/^Việc cần làm: xem tài liệu kiểm chứng .*“Hoàn thành thẩm định”/);
    w.unmount();
  });

  it('round 2: only the questioned criteria, each with the unit’s explanation; all on request', async () => {
    const w = mountPage(underAppraisal(2, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']));
    await flushPromises();
    const leaves = () => w.findAll('tr.leaf').map((r) => r.attributes('data-testid'));
    expect(leaves()).toEqual(['leaf-1.2', 'leaf-2.1']);
    expect(w.find('[data-testid="node-1"]').exists()).toBe(true);
    expect(w.find('[data-testid="node-3"]').exists()).toBe(false);
    expect(w.find('[data-testid="leaf-2.1"] [data-testid="inline-explanation"]').text()).toContain(
      'Đã bổ sung quyết định công nhận 3 sáng kiến.',
    );
    expect(w.find('[data-testid="leaf-1.2"] [data-testid="inline-explanation"]').text()).toContain('Đơn vị chưa giải trình.');
    expect(w.find('[data-testid="next-step-text"]').text()).toContain('đơn vị đã giải trình 2 tiêu chí');
    await w.find('[data-testid="questioned-only"]').setValue(false);
    expect(leaves()).toHaveLength(8);
    w.unmount();
  });

  it('"next unit" goes to the following sheet of the same work and year, wrapping around', async () => {
    const w = mountPage(underAppraisal(1, ['SAVE_APPRAISAL', 'COMPLETE_APPRAISAL']));
    await flushPromises();
    const next = w.find('[data-testid="next-unit"]');
    expect(next.text()).toBe('Đơn vị tiếp theo: Phường Yết Kiêu');
    expect(JSON.parse(next.attributes('data-to')!)).toEqual({ name: 'scoreSheet', params: { id: 's2' } });
    w.unmount();
  });

  it('a unit waiting for its appraisal is told it has nothing to do, the lock reason beneath', async () => {
    const w = mountPage(sheetFixture({ status: 'UNDER_APPRAISAL', lockReason: 'Phiếu đang được thẩm định.' }, []));
    await flushPromises();
    expect(w.find('[data-testid="next-step-text"]').text()).toContain('Bạn chưa phải làm gì');
    expect(w.find('[data-testid="lock-reason"]').text()).toBe('Phiếu đang được thẩm định.');
    w.unmount();
  });
});
