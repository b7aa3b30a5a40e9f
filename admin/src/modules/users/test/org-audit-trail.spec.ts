import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import OrgAuditTrail from '../components/OrgAuditTrail.vue';

const event = (id: number, over: Record<string, unknown>) => ({
  __typename: 'OrgAuditEvent',
  id: String(id),
  entityType: 'USER',
  entityId: 'u1',
  entityLabel: 'canbo.moi',
  actorName: 'admin.qn',
  at: '2025-03-01T02:00:00Z',
  before: null,
  after: null,
  ...over,
});

describe('Nhật ký thay đổi (org audit trail)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('loads when opened and shows who changed what, in Vietnamese', async () => {
    const mocks = createMockClient({
      OrgAuditTrail: () => ({
        data: {
          orgAuditTrail: {
            __typename: 'OrgAuditEventConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              {
                __typename: 'OrgAuditEventEdge',
                node: event(2, { action: 'ROLES', before: '{"roles":["UNIT_OFFICER"]}', after: '{"roles":["UNIT_OFFICER","VIEWER"]}' }),
              },
              {
                __typename: 'OrgAuditEventEdge',
                node: event(1, {
                  entityType: 'ORG_UNIT',
                  entityLabel: 'Sở Tư pháp',
                  action: 'RENAME',
                  before: '{"name":"Sở Tư pháp"}',
                  after: '{"name":"Sở Tư pháp tỉnh"}',
                }),
              },
            ],
          },
        },
      }),
    });
    const wrapper = mount(OrgAuditTrail, {
      attachTo: document.body,
      global: { plugins: [i18n], provide: { [DefaultApolloClient as symbol]: mocks.client } },
    });
    expect(wrapper.text()).toContain('Nhật ký thay đổi');
    await flushPromises();
    expect(mocks.calls).toHaveLength(0); // nothing fetched while closed
    const details = wrapper.find('details').element as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await flushPromises();
    await flushPromises();
    expect(mocks.calls.map((c) => c.operationName)).toEqual(['OrgAuditTrail']);
    const text = wrapper.text();
    expect(text).toContain('Đổi vai trò');
    expect(text).toContain('Vai trò: Cán bộ đơn vị → Cán bộ đơn vị, Người xem');
    expect(text).toContain('Đổi tên');
    expect(text).toContain('Tên: Sở Tư pháp → Sở Tư pháp tỉnh');
    expect(text).toContain('admin.qn');
    wrapper.unmount();
  });
});
