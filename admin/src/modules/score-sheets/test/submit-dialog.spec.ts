import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { GraphQLError } from 'graphql';
import { i18n } from '@/i18n';
import type { ScoreSheetFieldsFragment } from '@/graphql/generated/graphql';
import ScoreSheetPage from '../pages/ScoreSheetPage.vue';
import { createMockClient, type Handler } from '@/test/mock-apollo';
import { AREAS, criteriaOf, sheetFixture } from './fixture';

function mountPage(sheet: ScoreSheetFieldsFragment, extra: Record<string, Handler> = {}) {
  const mocks = createMockClient({
    ScoreSheet: () => ({ data: { scoreSheet: sheet } }),
    SaveSelfAssessment: () => ({ data: { saveSelfAssessment: sheet } }),
    ...extra,
  });
  const wrapper = mount(ScoreSheetPage, {
    props: { id: sheet.id },
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { teleport: true, RouterLink: true },
    },
  });
  return { wrapper, calls: mocks.calls };
}

/** Every leaf of the fixture filled (1.4 marked not applicable), as stored. */
function filledSheet(): ScoreSheetFieldsFragment {
  const base = sheetFixture();
  const values: Record<string, [string | null, number | null, boolean?]> = {
    '1.1': ['1', 2],
    '1.2': ['85', 2.55],
    '1.3': ['chua', 1],
    '1.4': [null, null, true],
    '2.1': ['2', 1],
    '2.2': ['0', 2],
    '2.3': ['90', 1.5],
  };
  const entries = base.entries.map((e) => {
    const v = values[e.code];
    return v ? { ...e, declaredValue: v[0], selfPoints: v[1], notApplicable: !!v[2] } : e;
  });
  return sheetFixture({ entries, criteria: criteriaOf(AREAS, entries) });
}

describe('submitting a score sheet', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('the dialog lists what is missing, each a link to its row; the rows say so; nothing is sent', async () => {
    const { wrapper, calls } = mountPage(sheetFixture());
    await flushPromises();
    await wrapper.find('#val-l12').setValue('85');
    await wrapper.find('[data-testid="action-SUBMIT"]').trigger('click');
    await flushPromises();
    const list = wrapper.find('[data-testid="submit-missing"]');
    // 7 leaves outside the survey part; 1.2 is typed, the other 6 are missing (1.4 may be "không áp dụng" but is not marked).
    expect(list.text()).toContain('còn 6/7 tiêu chí chưa tự chấm');
    expect(list.findAll('a').map((a) => a.attributes('data-testid'))).toEqual([
      'missing-1.1',
      'missing-1.3',
      'missing-1.4',
      'missing-2.1',
      'missing-2.2',
      'missing-2.3',
    ]);
    expect(list.find('[data-testid="missing-2.1"]').text()).toContain('Số thủ tục được rà soát');
    expect(wrapper.find('[data-testid="confirm"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid="missing-row-2.1"]').text()).toContain('Chưa tự chấm');
    expect(wrapper.find('[data-testid="missing-row-1.2"]').exists()).toBe(false);

    // The link closes the dialog and puts the cursor in that criterion's input.
    await list.find('[data-testid="missing-2.1"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="submit-missing"]').exists()).toBe(false);
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('val-l21'));
    // Typing a value clears that row's mark, the others keep theirs.
    await wrapper.find('#val-l21').setValue('2');
    expect(wrapper.find('[data-testid="missing-row-2.1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="missing-row-2.3"]').exists()).toBe(true);
    expect(calls.some((c) => c.operationName === 'SubmitSelfAssessment')).toBe(false);
    wrapper.unmount();
  });

  it('a refusal from the server shows in the still-open dialog, not in a toast behind it', async () => {
    const { wrapper, calls } = mountPage(filledSheet(), {
      SubmitSelfAssessment: () => ({
        errors: [
          new GraphQLError('Chưa thể nộp: còn 1 tiêu chí chưa tự chấm (2.3).', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', criteria: ['2.3'] },
          }),
        ],
      }),
    });
    await flushPromises();
    await wrapper.find('[data-testid="action-SUBMIT"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="submit-missing"]').exists()).toBe(false);
    await wrapper.find('[data-testid="confirm"]').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.operationName === 'SubmitSelfAssessment')).toBe(true);
    // Still open, with the server's words inside it.
    expect(wrapper.find('[data-testid="confirm-error"]').text()).toBe('Chưa thể nộp: còn 1 tiêu chí chưa tự chấm (2.3).');
    expect(wrapper.find('[data-testid="confirm"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('labels the deadline by what it is for and shows penalties with a minus sign', async () => {
    const base = sheetFixture();
    const entries = [
      ...base.entries,
      {
        ...base.entries[0]!,
        criterionId: 'ld1',
        code: 'D.1',
        title: 'Chậm báo cáo',
        section: 'PENALTY' as const,
        maxPoints: 2,
        method: 'YES_NO' as const,
        declaredValue: '1',
        selfPoints: 2,
      },
    ];
    const criteria = criteriaOf([...AREAS, ['ad', 'D', 'Điểm trừ', 2, 'PENALTY']], entries);
    const { wrapper } = mountPage(sheetFixture({ entries, criteria }));
    await flushPromises();
    expect(wrapper.find('[data-testid="sheet-deadline"]').text()).toContain('Hạn nộp phiếu tự đánh giá: 15/01/2026');
    expect(wrapper.find('[data-testid="self-D.1"]').text()).toBe('−2,00');
    expect(wrapper.find('[data-testid="subtotal-self-D"]').text()).toBe('−2,00');
    expect(wrapper.find('[data-testid="total-penalty"]').text()).toBe('−2,00');
    wrapper.unmount();

    const explaining = mountPage(sheetFixture({ status: 'EXPLANATION_REQUESTED' }, ['SAVE_EXPLANATION'])).wrapper;
    await flushPromises();
    expect(explaining.find('[data-testid="sheet-deadline"]').text()).toContain('Hạn giải trình');
    explaining.unmount();
  });
});
