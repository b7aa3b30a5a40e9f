import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import { createMockClient } from '@/test/mock-apollo';
import NotificationBell from '../components/NotificationBell.vue';

const Empty = { template: '<div />' };

function note(id: string, over: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification',
    id,
    kind: 'EXPLANATION_REQUESTED',
    title: 'Đề nghị giải trình',
    body: 'Đơn vị thẩm định đề nghị Sở Tư pháp giải trình phiếu Chỉ số CCHC năm 2024. Hạn: 05/03/2025.',
    yearId: 'y24',
    sheetId: 's24',
    unitId: 'u1',
    unitName: 'Sở Tư pháp',
    deadline: '2025-03-05',
    createdAt: '2025-02-20T03:00:00.000Z',
    read: false,
    ...over,
  };
}

async function setup(unread = 2) {
  let count = unread;
  const items = [
    note('7'),
    note('5', { kind: 'YEAR_OPENED', title: 'Đã mở kỳ tự đánh giá Chỉ số CCHC năm 2025', body: 'Sở Tư pháp cần nhập…', sheetId: 's25' }),
    note('3', { kind: 'RESULTS_PUBLISHED', title: 'Đã công bố kết quả', read: true, sheetId: 's23' }),
  ];
  const mocks = createMockClient({
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: count } }),
    MyNotifications: () => ({
      data: {
        myNotifications: {
          __typename: 'NotificationPage',
          items: items.map((n) => ({ ...n })),
          hasNextPage: false,
          endCursor: '3',
          totalCount: 3,
          unreadCount: count,
        },
      },
    }),
    MarkNotificationsRead: (v) => {
      const ids = v.ids as string[] | null;
      for (const n of items) if (!ids || ids.includes(n.id)) n.read = true;
      count = items.filter((n) => !n.read).length;
      return { data: { markNotificationsRead: count } };
    },
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: Empty },
      { path: '/score-sheets/:id', name: 'scoreSheet', component: Empty },
      { path: '/results', name: 'results', component: Empty },
    ],
  });
  await router.push('/');
  await router.isReady();
  const wrapper = mount(NotificationBell, {
    attachTo: document.body,
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient as symbol]: mocks.client } },
  });
  await flushPromises();
  return { wrapper, router, calls: mocks.calls };
}

describe('Thông báo (the bell)', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('shows the unread count as a badge and lists the notifications in Vietnamese, newest first, unread marked', async () => {
    const { wrapper } = await setup(2);
    expect(wrapper.find('[data-testid="notification-badge"]').text()).toBe('2');
    expect(wrapper.find('[data-testid="notification-bell"]').attributes('aria-label')).toBe('Thông báo: 2 chưa đọc');
    await wrapper.find('[data-testid="notification-bell"]').trigger('click');
    await flushPromises();
    const items = wrapper.findAll('[data-testid="notification-panel"] li');
    expect(items.map((li) => li.find('.bell__title').text())).toEqual([
      'Đề nghị giải trình',
      'Đã mở kỳ tự đánh giá Chỉ số CCHC năm 2025',
      'Đã công bố kết quả',
    ]);
    expect(items[0].text()).toContain('Hạn: 05/03/2025');
    expect(items.map((li) => li.classes().includes('unread'))).toEqual([true, true, false]);
  });

  it('opening one marks it read and goes to its sheet', async () => {
    const { wrapper, router, calls } = await setup(2);
    await wrapper.find('[data-testid="notification-bell"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="notification-EXPLANATION_REQUESTED"] a').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/score-sheets/s24');
    expect(calls.find((c) => c.operationName === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['7'] });
    expect(wrapper.find('[data-testid="notification-badge"]').text()).toBe('1');
    expect(wrapper.find('[data-testid="notification-panel"]').exists()).toBe(false);
  });

  it('marks all read at once; the badge goes away', async () => {
    const { wrapper } = await setup(2);
    await wrapper.find('[data-testid="notification-bell"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="notification-mark-all"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="notification-badge"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="notification-panel"] li.unread')).toHaveLength(0);
  });

  it('asks for the count again on every navigation', async () => {
    const { router, calls } = await setup(0);
    const asked = () => calls.filter((c) => c.operationName === 'UnreadNotificationCount').length;
    const before = asked();
    await router.push('/results');
    await flushPromises();
    expect(asked()).toBe(before + 1);
  });

  it('polls the count at its interval', async () => {
    const mocks = createMockClient({ UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 4 } }) });
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'home', component: Empty }] });
    await router.push('/');
    mount(NotificationBell, {
      props: { pollMs: 40 },
      global: { plugins: [i18n, router], provide: { [DefaultApolloClient as symbol]: mocks.client } },
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(mocks.calls.filter((c) => c.operationName === 'UnreadNotificationCount').length).toBeGreaterThanOrEqual(2);
  });
});
