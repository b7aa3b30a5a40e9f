import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionUserFragment } from '@/graphql/generated/graphql';
import { can, type Capability } from '@/permissions';

export const SESSION_STORAGE_KEY = 'par.session';
/** setTimeout fires at once for delays above 2^31-1 ms, so long sessions are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

export type SessionUser = SessionUserFragment;

export interface StoredSession {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

function isStoredSession(v: unknown): v is StoredSession {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return typeof s.token === 'string' && typeof s.expiresAt === 'string' && !!s.user;
}

export function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isStoredSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(null);
  const expiresAt = ref<string | null>(null);
  const user = ref<SessionUser | null>(null);
  /** Why the last session ended, shown on the sign-in page. */
  const endReason = ref<'expired' | 'unauthenticated' | 'logout' | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function expiresAtMs(): number {
    const ms = expiresAt.value ? Date.parse(expiresAt.value) : NaN;
    return Number.isNaN(ms) ? 0 : ms;
  }

  /** Checked against the clock on every call, not cached: a tab left open must not outlive it. */
  function isValid(now: number = Date.now()): boolean {
    return !!token.value && expiresAtMs() > now;
  }

  const isAuthenticated = computed(() => !!token.value && !!user.value);
  const roles = computed(() => user.value?.roles ?? []);

  function hasCapability(capability: Capability): boolean {
    return can(roles.value, capability);
  }

  function armTimer() {
    clearTimeout(timer);
    if (!token.value) return;
    const delay = expiresAtMs() - Date.now();
    if (delay <= 0) {
      end('expired');
      return;
    }
    timer = setTimeout(armTimer, Math.min(delay, MAX_TIMER_MS));
  }

  function persist() {
    try {
      if (token.value && expiresAt.value && user.value) {
        const s: StoredSession = { token: token.value, expiresAt: expiresAt.value, user: user.value };
        localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(s));
      } else {
        localStorage.removeItem(SESSION_STORAGE_KEY);
      }
    } catch {
      // Storage unavailable: the session lives in memory only.
    }
  }

  function start(payload: StoredSession) {
    token.value = payload.token;
    expiresAt.value = payload.expiresAt;
    user.value = payload.user;
    endReason.value = null;
    persist();
    armTimer();
  }

  /** Restores the stored session; an expired one is discarded. Returns whether one is active. */
  function restore(now: number = Date.now()): boolean {
    const stored = readStoredSession();
    if (!stored) return false;
    token.value = stored.token;
    expiresAt.value = stored.expiresAt;
    user.value = stored.user;
    if (!isValid(now)) {
      end('expired');
      return false;
    }
    armTimer();
    return true;
  }

  function setUser(next: SessionUser) {
    user.value = next;
    persist();
  }

  function end(reason: 'expired' | 'unauthenticated' | 'logout') {
    clearTimeout(timer);
    timer = undefined;
    token.value = null;
    expiresAt.value = null;
    user.value = null;
    endReason.value = reason;
    persist();
  }

  const logout = () => end('logout');

  return {
    token,
    expiresAt,
    user,
    endReason,
    roles,
    isAuthenticated,
    isValid,
    hasCapability,
    start,
    restore,
    setUser,
    end,
    logout,
  };
});
