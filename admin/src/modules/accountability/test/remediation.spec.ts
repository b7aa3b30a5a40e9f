import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { RemediationFieldsFragment } from '@/graphql/generated/graphql';
import { createMockClient } from '@/test/mock-apollo';
import RemediationActionDialog from '../components/RemediationActionDialog.vue';
import { deadlineHint, remediationTone } from '../composables/remediation';

const item = (over: Partial<RemediationFieldsFragment> = {}): RemediationFieldsFragment => ({
  __typename: 'RemediationItem',
  id: 'r1',
  yearId: 'y1',
  year: 2025,
  unitId: 'c1',
  unitName: 'Phường An Sinh',
  sourceType: 'INSPECTION',
  sourceLabel: 'Kiểm tra công vụ — QĐ 2011/QĐ-UBND: Sổ theo dõi ghi chưa đầy đủ',
  criterionId: null,
  criterionCode: 'D.2',
  title: 'Sổ theo dõi hồ sơ ghi chưa đầy đủ',
  deadline: '2025-11-30',
  daysLeft: -3,
  overdue: true,
  status: 'OPEN',
  availableActions: ['REPORT'],
  createdBy: 'admin.qn',
  createdAt: '2025-11-05T02:00:00Z',
  closedAt: null,
  events: [],
  ...over,
});

function mountDialog(value: RemediationFieldsFragment) {
  const mocks = createMockClient({
    ActOnRemediation: () => ({ data: { actOnRemediation: { ...value, status: 'REPORTED', availableActions: [] } } }),
  });
  const wrapper = mount(RemediationActionDialog, {
    props: { open: true, item: value },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client }, stubs: { teleport: true, RouterLink: true } },
  });
  return { wrapper, calls: mocks.calls };
}

describe('remediation items in the admin', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('an overdue item is red and says by how much; a closed one says nothing', () => {
    const t = i18n.global.t as (k: string, v?: Record<string, unknown>) => string;
    expect(remediationTone(item())).toBe('danger');
    expect(deadlineHint(item(), t)).toBe('Quá hạn 3 ngày');
    expect(deadlineHint(item({ overdue: false, daysLeft: 0 }), t)).toBe('Hết hạn hôm nay');
    expect(deadlineHint(item({ status: 'CLOSED', overdue: false }), t)).toBeNull();
    expect(remediationTone(item({ status: 'CLOSED', overdue: false }))).toBe('success');
  });

  it('the unit reports what it did with a document as evidence', async () => {
    const { wrapper, calls } = mountDialog(item());
    await flushPromises();
    expect(wrapper.find('[data-testid="item-overdue"]').text()).toBe('Quá hạn 3 ngày');
    expect(wrapper.find('[data-testid="remediation-assess"]').exists()).toBe(false);
    await wrapper.find('[data-testid="report-text"]').setValue('Đã bổ sung sổ theo dõi');
    const add = wrapper.findAll('[data-testid="report-evidence"] button').find((b) => /văn bản/i.test(b.text()));
    await add!.trigger('click');
    await wrapper.find('[data-testid="report-evidence"] input.control').setValue('22/BC-UBND');
    await wrapper.find('[data-testid="send-report"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'ActOnRemediation')?.variables).toEqual({
      input: {
        id: 'r1',
        action: 'REPORT',
        note: 'Đã bổ sung sổ theo dõi',
        evidence: [{ fileId: null, documentNumber: '22/BC-UBND', documentDate: null, issuer: null, title: null }],
      },
    });
  });

  it('the assessor accepts or returns; the reason goes with the return', async () => {
    const { wrapper, calls } = mountDialog(item({ status: 'REPORTED', availableActions: ['ACCEPT', 'RETURN', 'CANCEL'] }));
    await flushPromises();
    expect(wrapper.find('[data-testid="remediation-report"]').exists()).toBe(false);
    await wrapper.find('[data-testid="assess-reason"]').setValue('Thiếu ảnh chụp');
    await wrapper.find('[data-testid="remediation-RETURN"]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'ActOnRemediation')?.variables).toEqual({
      input: { id: 'r1', action: 'RETURN', note: 'Thiếu ảnh chụp', evidence: null },
    });
  });
});
