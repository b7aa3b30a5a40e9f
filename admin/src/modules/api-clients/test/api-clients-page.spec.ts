import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { i18n } from '@/i18n';
import type { ApiClientRowFragment } from '@/graphql/generated/graphql';
import { createMockClient } from '@/test/mock-apollo';
import ApiClientsPage from '../pages/ApiClientsPage.vue';

const KEY = 'parx_ab12cd34_0123456789abcdef0123456789abcdef';

function client(over: Partial<ApiClientRowFragment> & { id: string; name: string }): ApiClientRowFragment {
  return {
    __typename: 'ApiClient',
    keyPrefix: 'ab12cd34',
    scopes: ['PUBLISHED_RESULTS'],
    active: true,
    createdAt: '2025-03-01T02:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
    createdBy: { __typename: 'User', id: 'u1', fullName: 'Quản trị tỉnh', username: 'admin' },
    ...over,
  };
}

function mountPage() {
  let list: ApiClientRowFragment[] = [client({ id: 'c1', name: 'Cổng thông tin điện tử tỉnh' })];
  const mocks = createMockClient({
    ApiClients: () => ({ data: { apiClients: list } }),
    CreateApiClient: (v) => {
      const input = v.input as { name: string; scopes: string[] };
      const c = client({ id: 'c2', name: input.name, keyPrefix: KEY.slice(0, 8) });
      list = [c, ...list];
      return { data: { createApiClient: { __typename: 'CreatedApiClient', key: KEY, client: c } } };
    },
    RevokeApiClient: (v) => {
      list = list.map((c) => (c.id === v.id ? { ...c, active: false, revokedAt: '2025-03-02T02:00:00Z' } : c));
      return { data: { revokeApiClient: list.find((c) => c.id === v.id) } };
    },
  });
  const wrapper = mount(ApiClientsPage, {
    attachTo: document.body,
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient as symbol]: mocks.client },
      stubs: { RouterLink: { props: ['to'], template: '<a><slot /></a>' } },
    },
  });
  return { wrapper, calls: mocks.calls };
}

const $ = (sel: string) => document.body.querySelector<HTMLElement>(sel);

describe('API clients page (Ứng dụng khai thác)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });

  it('lists the clients', async () => {
    const { wrapper } = mountPage();
    await flushPromises();
    const text = wrapper.text();
    expect(text).toContain('Cổng thông tin điện tử tỉnh');
    expect(text).toContain('ab12cd34…');
    expect(text).toContain('Kết quả đã công bố');
    expect(text).toContain('Đang hoạt động');
    expect(text).toContain('Quản trị tỉnh');
    expect(text).toContain('Chưa dùng');
  });

  it('shows the full key once with a warning and a copy button; after closing it is gone', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { wrapper, calls } = mountPage();
    await flushPromises();
    await wrapper.find('[data-testid="api-client-create"]').trigger('click');
    const name = $('[data-testid="api-client-name"] input') ?? $('input[data-testid="api-client-name"]');
    expect(name).not.toBeNull();
    (name as HTMLInputElement).value = 'Hệ thống thi đua khen thưởng';
    name!.dispatchEvent(new Event('input'));
    $('[data-testid="api-client-submit"]')!.click();
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'CreateApiClient')?.variables).toEqual({
      input: { name: 'Hệ thống thi đua khen thưởng', scopes: ['PUBLISHED_RESULTS'] },
    });
    expect(($('[data-testid="api-key-value"]') as HTMLInputElement).value).toBe(KEY);
    expect($('[data-testid="api-key-warning"]')!.textContent).toContain('KHÔNG được hiển thị lại');
    $('[data-testid="api-key-copy"]')!.click();
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(KEY);

    $('[data-testid="api-key-close"]')!.click();
    await flushPromises();
    expect($('[data-testid="api-key-value"]')).toBeNull();
    expect(document.body.innerHTML).not.toContain(KEY);
    // The list shows only the prefix of the new key.
    expect(wrapper.text()).toContain('Hệ thống thi đua khen thưởng');
    expect(wrapper.text()).toContain(`${KEY.slice(0, 8)}…`);
  });

  it('revoking asks for confirmation first', async () => {
    const { wrapper, calls } = mountPage();
    await flushPromises();
    await wrapper.find('[data-testid="api-client-revoke-c1"]').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.operationName === 'RevokeApiClient')).toBe(false);
    const dialog = $('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('Cổng thông tin điện tử tỉnh');
    expect(dialog?.textContent).toContain('Không thể hoàn tác');

    // Cancel: nothing is revoked.
    [...dialog!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Hủy')!.click();
    await flushPromises();
    expect($('[role="alertdialog"]')).toBeNull();
    expect(calls.some((c) => c.operationName === 'RevokeApiClient')).toBe(false);

    await wrapper.find('[data-testid="api-client-revoke-c1"]').trigger('click');
    await flushPromises();
    $('[data-testid="api-client-revoke-confirm"]')!.click();
    await flushPromises();
    expect(calls.find((c) => c.operationName === 'RevokeApiClient')?.variables).toEqual({ id: 'c1' });
    expect(wrapper.text()).toContain('Đã thu hồi');
    expect(wrapper.find('[data-testid="api-client-revoke-c1"]').exists()).toBe(false);
  });
});
