import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { SESSION_STORAGE_KEY, useSessionStore, type StoredSession } from '@/stores/session';

const user: StoredSession['user'] = {
  id: '1',
  username: 'admin.qn',
  fullName: 'Nguyễn Văn A',
  roles: ['PROVINCE_ADMIN'],
  unit: { id: 'p22', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
};
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

/** The CSRF cookie /auth/login sets next to the HttpOnly session cookie (the script never sees the token). */
function setCsrfCookie(value: string | null) {
  document.cookie = value ? `par_csrf=${value}; path=/` : 'par_csrf=; path=/; max-age=0';
}

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    setCsrfCookie('csrf-1');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('remembers who is signed in, never a token, and restores it while the session cookie pair is there', () => {
    useSessionStore().start({ expiresAt: inMs(3_600_000), user });
    const stored = localStorage.getItem(SESSION_STORAGE_KEY) ?? '';
    expect(JSON.parse(stored).user.username).toBe('admin.qn');
    expect(stored).not.toMatch(/token/i);

    setActivePinia(createPinia());
    const again = useSessionStore();
    expect(again.restore()).toBe(true);
    expect(again.isAuthenticated).toBe(true);
    expect(again.hasCapability('users.manage')).toBe(true);
    expect(again.hasCapability('orgUnits.ownUnit')).toBe(false);
  });

  it('discards an expired stored session', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ expiresAt: inMs(-1000), user }));
    const s = useSessionStore();
    expect(s.restore()).toBe(false);
    expect(s.user).toBeNull();
    expect(s.endReason).toBe('expired');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('logs out by itself when the token expires while the app is open', () => {
    const s = useSessionStore();
    s.start({ expiresAt: inMs(60_000), user });
    expect(s.isValid()).toBe(true);
    vi.advanceTimersByTime(59_000);
    expect(s.isAuthenticated).toBe(true);
    vi.advanceTimersByTime(2_000);
    expect(s.isAuthenticated).toBe(false);
    expect(s.endReason).toBe('expired');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('isValid checks the clock, not a cached flag', () => {
    const s = useSessionStore();
    s.start({ expiresAt: inMs(1_000), user });
    expect(s.isValid(Date.now() + 2_000)).toBe(false);
  });

  it('drops a session stored by an older admin with its token, and one whose cookies are gone', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old', expiresAt: inMs(3_600_000), user }));
    expect(useSessionStore().restore()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    useSessionStore().start({ expiresAt: inMs(3_600_000), user });
    setCsrfCookie(null);
    setActivePinia(createPinia());
    expect(useSessionStore().restore()).toBe(false);
  });

  it('ignores malformed storage', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(useSessionStore().restore()).toBe(false);
  });
});
