/**
 * The assessor's record form on a leaf it enters: a YES_NO leaf takes exactly 1, so the form offers
 * no figure to type (nothing to pre-fill wrongly) and sends 1; its records read "Có". A COUNT leaf
 * keeps its quantity field.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from '@/test/mock-apollo';
import AssessorLeafPanel from '../components/AssessorLeafPanel.vue';

function mountPanel(method: string) {
  const session = useSessionStore();
  session.user = {
    __typename: 'User',
    id: 'u1',
    username: 'thamdinh.qn',
    fullName: 'Thẩm định',
    roles: ['APPRAISER'],
    unit: { __typename: 'OrgUnit', id: 'p1', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
  };
  const mocks = createMockClient({
    RecordAssessorEntry: () => ({ data: { recordAssessorEntry: { __typename: 'ScoreSheet', id: 's1', version: 4 } } }),
  });
  const wrapper = mount(AssessorLeafPanel, {
    props: {
      sheetId: 's1',
      sheetUnitId: 'c1',
      node: { id: 'l1', code: 'D.3', method, enteredByAssessor: true, assessorEntryReason: 'Theo kết luận kiểm tra' },
      records: [
        {
          id: 'r1',
          quantity: 1,
          sourceType: 'MANUAL',
          sourceLabel: 'Thông báo 15/TB-SNV',
          reference: null,
          note: null,
          enteredBy: 'thamdinh.qn',
          enteredAt: '2025-11-05T02:00:00Z',
        },
      ],
    },
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client } },
  });
  return { wrapper, calls: mocks.calls };
}

describe('the assessor record form', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('YES_NO: no quantity to type, the record says "Có", and 1 is sent', async () => {
    const { wrapper, calls } = mountPanel('YES_NO');
    expect(wrapper.find('[data-testid="assessor-quantity-D.3"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="assessor-yes-D.3"]').text()).toContain('Có (1 trường hợp)');
    expect(wrapper.find('[data-testid="assessor-record-D.3"]').text()).toContain('Thông báo 15/TB-SNV — Có');
    await wrapper.find('[data-testid="assessor-doc-D.3"] input').setValue('16/TB-SNV');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const call = calls.find((c) => c.operationName === 'RecordAssessorEntry');
    expect(call?.variables).toMatchObject({
      input: { sheetId: 's1', criterionId: 'l1', quantity: 1, reference: { documentNumber: '16/TB-SNV' } },
    });
  });

  it('COUNT: the quantity field stays, and the record shows its figure', () => {
    const { wrapper } = mountPanel('COUNT');
    expect(wrapper.find('[data-testid="assessor-quantity-D.3"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="assessor-yes-D.3"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="assessor-record-D.3"]').text()).toContain('Số lượng / số vi phạm 1');
  });
});
