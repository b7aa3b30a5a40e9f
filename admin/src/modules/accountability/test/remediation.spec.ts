import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { RemediationFieldsFragment } from '@/graphql/generated/graphql';
import { GraphQLError } from 'graphql';
import { createMockClient, type Handler } from '@/test/mock-apollo';
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
  canEdit: false,
  createdBy: 'admin.qn',
  createdAt: '2025-11-05T02:00:00Z',
  closedAt: null,
  events: [],
  ...over,
});

function mountDialog(value: RemediationFieldsFragment, extra: Record<string, Handler> = {}) {
  const mocks = createMockClient({
    ActOnRemediation: () => ({ data: { actOnRemediation: { ...value, status: 'REPORTED', availableActions: [] } } }),
    ...extra,
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

  it('the assessor changes the deadline with a reason: only what changed is sent, the server’s refusal shows in the form', async () => {
    let attempt = 0;
    const { wrapper, calls } = mountDialog(item({ canEdit: true, availableActions: ['CANCEL'], overdue: false, daysLeft: 5 }), {
      UpdateRemediationItem: (v) => {
        attempt += 1;
        if (attempt === 1)
          return {
            errors: [new GraphQLError('Cần nêu lý do thay đổi.', { extensions: { code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' } })],
          };
        return { data: { updateRemediationItem: { ...item({ canEdit: true }), deadline: v.deadline as string } } };
      },
    });
    await flushPromises();
    const form = wrapper.find('[data-testid="remediation-edit"]');
    expect(form.text()).toContain('Sửa nội dung, thời hạn');
    expect(wrapper.find('[data-testid="edit-title"]').element).toHaveProperty('value', 'Sổ theo dõi hồ sơ ghi chưa đầy đủ');
    const save = () => wrapper.find('[data-testid="edit-save"]');
    expect(save().attributes('disabled')).toBeDefined();
    const date = form.find('input[inputmode="numeric"], input[type="text"]');
    await date.setValue('31/12/2025');
    await date.trigger('blur');
    expect(save().attributes('disabled')).toBeUndefined();
    await form.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="edit-error"]').text()).toBe('Cần nêu lý do thay đổi.');
    await wrapper.find('[data-testid="edit-reason"]').setValue('Chờ quyết định của UBND tỉnh');
    await form.find('form').trigger('submit');
    await flushPromises();
    const sent = calls.filter((c) => c.operationName === 'UpdateRemediationItem').at(-1);
    expect(sent?.variables).toEqual({ id: 'r1', reason: 'Chờ quyết định của UBND tỉnh', title: null, deadline: '2025-12-31' });
    expect(wrapper.find('[data-testid="edit-error"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('the history says what an edit changed and why; no form for the unit', async () => {
    const { wrapper } = mountDialog(
      item({
        events: [
          {
            __typename: 'RemediationEvent',
            id: 'e2',
            action: 'UPDATE',
            fromStatus: 'OPEN',
            toStatus: 'OPEN',
            note: 'Chờ hướng dẫn của Bộ',
            titleBefore: null,
            titleAfter: null,
            deadlineBefore: '2025-11-30',
            deadlineAfter: '2026-01-31',
            actorName: 'thamdinh.qn',
            at: '2025-11-20T02:00:00Z',
            evidence: [],
          },
        ],
      }),
    );
    await flushPromises();
    const history = wrapper.find('[data-testid="remediation-history"]').text();
    expect(history).toContain('Sửa nội dung, thời hạn');
    expect(wrapper.find('[data-testid="event-deadline"]').text()).toBe('Thời hạn: 30/11/2025 → 31/01/2026');
    expect(history).toContain('Lý do: Chờ hướng dẫn của Bộ');
    expect(wrapper.find('[data-testid="remediation-edit"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
