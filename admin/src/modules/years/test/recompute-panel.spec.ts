import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { YearDetailFragment } from '@/graphql/generated/graphql';
import { createMockClient } from '@/test/mock-apollo';
import RecomputePanel from '../components/RecomputePanel.vue';

const year = (status: string) =>
  ({ __typename: 'AssessmentYear', id: 'y1', name: 'Chỉ số CCHC năm 2025', status, groups: [] }) as unknown as YearDetailFragment;

const change = {
  __typename: 'ResultChange',
  unitId: 'u1',
  unitName: 'Sở Tư pháp',
  groupId: 'g1',
  groupName: 'Khối sở',
  indexBefore: 71.5,
  indexAfter: 69.25,
  rankBefore: 2,
  rankAfter: 3,
  classificationBefore: 'FAIR',
  classificationAfter: 'AVERAGE',
  classificationBeforeLabel: 'Khá',
  classificationAfterLabel: 'Trung bình',
  headRatingBefore: 'COMPLETION',
  headRatingAfter: 'COMPLETION',
  headRatingBeforeLabel: 'Hoàn thành nhiệm vụ',
  headRatingAfterLabel: 'Hoàn thành nhiệm vụ',
};

const report = (dryRun: boolean, changes: (typeof change)[]) => ({
  __typename: 'YearRecompute',
  yearId: 'y1',
  dryRun,
  phase: 'DONE',
  done: 4,
  total: 4,
  error: null,
  sheets: 4,
  written: dryRun ? 0 : changes.length,
  entriesRescored: 3,
  entriesFlagged: 1,
  changes,
});

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function mountPanel(status = 'APPRAISAL', handlers: Parameters<typeof createMockClient>[0] = {}) {
  const mocks = createMockClient({
    YearRecomputeProgress: () => ({
      data: { yearRecompute: { __typename: 'YearRecompute', yearId: 'y1', dryRun: true, phase: 'RUNNING', done: 2, total: 4 } },
    }),
    ...handlers,
  });
  const wrapper = mount(RecomputePanel, {
    attachTo: document.body,
    props: { year: year(status) },
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client } },
  });
  return { wrapper, calls: mocks.calls };
}

describe('Tính lại kết quả (year recompute)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('previews with progress, shows before → after, then applies and shows what changed', async () => {
    const preview = deferred<unknown>();
    const { wrapper, calls } = mountPanel('APPRAISAL', {
      RecomputeYearResults: (v) =>
        v.dryRun
          ? preview.promise.then(() => ({ data: { recomputeYearResults: report(true, [change]) } }))
          : { data: { recomputeYearResults: report(false, [change]) } },
    });
    expect(wrapper.find('[data-testid="recompute-apply"]').exists()).toBe(false);
    await wrapper.find('[data-testid="recompute-preview"]').trigger('click');
    // While the dry run runs, the panel polls the server's progress.
    await new Promise((r) => setTimeout(r, 500));
    await flushPromises();
    expect(wrapper.find('[data-testid="recompute-progress"]').text()).toContain('Đang tính: 2/4 phiếu');
    preview.resolve(null);
    await flushPromises();

    expect(calls.filter((c) => c.operationName === 'RecomputeYearResults').map((c) => c.variables)).toEqual([
      { yearId: 'y1', dryRun: true },
    ]);
    const text = wrapper.find('[data-testid="recompute-report"]').text();
    expect(text).toContain('Xem trước: 1 đơn vị sẽ thay đổi (chưa lưu gì)');
    expect(text).toContain('3 ô điểm tự chấm/điều tra được tính lại');
    expect(text).toContain('1 ô điểm thẩm định được đánh dấu cần rà soát');
    const cells = wrapper.findAll('[data-testid="recompute-change"] th, [data-testid="recompute-change"] td').map((c) => c.text());
    expect(cells).toEqual(['Sở Tư pháp', 'Khối sở', '71,50 → 69,25', '2 → 3', 'Khá → Trung bình', 'Hoàn thành nhiệm vụ']);
    expect(wrapper.find('[data-testid="recompute-progress"]').exists()).toBe(false);

    await wrapper.find('[data-testid="recompute-apply"]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.operationName === 'RecomputeYearResults').map((c) => c.variables.dryRun)).toEqual([true, false]);
    expect(wrapper.find('[data-testid="recompute-report"]').text()).toContain('Đã tính lại 4 phiếu: 1 đơn vị thay đổi');
    expect(wrapper.emitted('changed')).toHaveLength(1);
    wrapper.unmount();
  });

  it('says so when nothing would change', async () => {
    const { wrapper } = mountPanel('APPRAISAL', { RecomputeYearResults: () => ({ data: { recomputeYearResults: report(true, []) } }) });
    await wrapper.find('[data-testid="recompute-preview"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="recompute-report"]').text()).toContain('không có thay đổi nào');
    expect(wrapper.find('[data-testid="recompute-change"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('after publication only previews: applying is disabled and explained', async () => {
    const { wrapper } = mountPanel('PUBLISHED', {
      RecomputeYearResults: () => ({ data: { recomputeYearResults: report(true, [change]) } }),
    });
    expect(wrapper.find('[data-testid="recompute-published"]').text()).toContain('Kết quả đã công bố');
    await wrapper.find('[data-testid="recompute-preview"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="recompute-apply"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('shows the server’s refusal in Vietnamese', async () => {
    const { wrapper } = mountPanel('APPRAISAL', {
      RecomputeYearResults: () => ({
        errors: [{ message: 'Kết quả của kỳ này đang được tính lại; hãy chờ lần tính hiện tại xong.', extensions: { code: 'CONFLICT' } }],
      }),
    });
    await wrapper.find('[data-testid="recompute-preview"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="recompute-error"]').text()).toContain('đang được tính lại');
    wrapper.unmount();
  });
});
