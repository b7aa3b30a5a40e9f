import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { i18n } from '@/i18n';
import { useSessionStore } from '@/stores/session';
import LoginPage from '../pages/LoginPage.vue';
import { csrfToken, signOut } from '../session-api';

const replace = vi.fn(() => Promise.resolve());
vi.mock('vue-router', async (orig) => ({
  ...(await orig<typeof import('vue-router')>()),
  useRoute: () => ({ query: { redirect: '/users' } }),
  useRouter: () => ({ replace }),
}));

const user = {
  id: '1',
  username: 'admin.qn',
  fullName: 'Quản trị',
  roles: ['PROVINCE_ADMIN'],
  unit: { id: 'p', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
};

function mountPage() {
  return mount(LoginPage, { attachTo: document.body, global: { plugins: [i18n], stubs: { LocaleSwitch: true } } });
}

async function submit(w: ReturnType<typeof mountPage>, username = 'admin.qn', password = 'mat-khau') {
  await w.find('input[autocomplete="username"]').setValue(username);
  await w.find('input[autocomplete="current-password"]').setValue(password);
  await w.find('form').trigger('submit');
  await flushPromises();
}

describe('sign-in page (session cookie, no token in the page)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
    replace.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('signs in through /auth/login and keeps only who and until when, never a token', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { login: { expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user } } }), {
          status: 200,
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const w = mountPage();
    await submit(w);
    expect(fetchMock).toHaveBeenCalledWith('/auth/login', expect.objectContaining({ method: 'POST' }));
    expect(useSessionStore().user?.username).toBe('admin.qn');
    expect(JSON.stringify(localStorage)).not.toMatch(/token/i);
    expect(replace).toHaveBeenCalledWith('/users');
  });

  it('shows the lockout in Vietnamese, as the server words it, and stays on the page', async () => {
    const message = 'Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 5 phút hoặc liên hệ quản trị cấp tỉnh.';
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', reason: 'ACCOUNT_LOCKED' } }] }), {
            status: 429,
          }),
      ),
    );
    const w = mountPage();
    await submit(w);
    expect(w.find('[data-testid="login-error"]').text()).toContain(message);
    expect(useSessionStore().user).toBeNull();
    expect(replace).not.toHaveBeenCalled();
  });

  it('explains a session ended by the server (signed out elsewhere, disabled) with its message', async () => {
    useSessionStore().end('revoked', 'Phiên đăng nhập đã kết thúc (đăng xuất, đổi mật khẩu hoặc tài khoản được quản trị viên thay đổi).');
    const w = mountPage();
    expect(w.find('[role="status"]').text()).toMatch(/Phiên làm việc đã kết thúc\. Phiên đăng nhập đã kết thúc/);
  });

  it('sign out (everywhere) posts to /auth/logout with the CSRF header read from its cookie', async () => {
    document.cookie = 'par_csrf=abc123; path=/';
    expect(csrfToken()).toBe('abc123');
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await signOut(true, 'vi')).toBe(true);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/logout');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('abc123');
    expect(JSON.parse(String(init.body))).toEqual({ everywhere: true });
    document.cookie = 'par_csrf=; path=/; max-age=0';
  });
});
