import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionUserFragment } from '@/graphql/generated/graphql';
import { can, type Capability } from '@/permissions';
import { csrfToken } from '@/modules/auth/session-api';

/**
 * What the admin remembers between page loads: who is signed in and until when, to paint the
 * shell at once. Never the token: that stays in the HttpOnly cookie (see session-api.ts), and the
 * server decides on every request whether the session still counts.
 */
export const SESSION_STORAGE_KEY = 'par.session';
/** setTimeout fires at once for delays above 2^31-1 ms, so long sessions are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

export type SessionUser = SessionUserFragment;

export interface StoredSession {
  expiresAt: string;
  user: SessionUser;
}

/** Why the last session ended, shown on the sign-in page. */
export type EndReason = 'expired' | 'unauthenticated' | 'revoked' | 'logout' | 'logoutEverywhere';

function isStoredSession(v: unknown): v is StoredSession {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return typeof s.expiresAt === 'string' && !!s.user && !('token' in s);
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
  const expiresAt = ref<string | null>(null);
  const user = ref<SessionUser | null>(null);
  const endReason = ref<EndReason | null>(null);
  /** The server's own words when it ended the session (e.g. "signed out by an administrator"). */
  const endMessage = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function expiresAtMs(): number {
    const ms = expiresAt.value ? Date.parse(expiresAt.value) : NaN;
    return Number.isNaN(ms) ? 0 : ms;
  }

  /**
   * Checked against the clock and the cookie on every call, not cached: a tab left open must not
   * outlive the session, and signing out in another tab clears the cookie this tab relies on.
   */
  function isValid(now: number = Date.now()): boolean {
    return !!user.value && expiresAtMs() > now && csrfToken() !== null;
  }

  const isAuthenticated = computed(() => !!user.value);
  const roles = computed(() => user.value?.roles ?? []);

  function hasCapability(capability: Capability): boolean {
    return can(roles.value, capability);
  }

  function armTimer() {
    clearTimeout(timer);
    if (!user.value) return;
    const delay = expiresAtMs() - Date.now();
    if (delay <= 0) {
      end('expired');
      return;
    }
    timer = setTimeout(armTimer, Math.min(delay, MAX_TIMER_MS));
  }

  function persist() {
    try {
      if (expiresAt.value && user.value) {
        const s: StoredSession = { expiresAt: expiresAt.value, user: user.value };
        localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(s));
      } else {
        localStorage.removeItem(SESSION_STORAGE_KEY);
      }
    } catch {
      // Storage unavailable: the session lives in memory only.
    }
  }

  function start(payload: StoredSession) {
    expiresAt.value = payload.expiresAt;
    user.value = payload.user;
    endReason.value = null;
    endMessage.value = null;
    persist();
    armTimer();
  }

  /** Restores the remembered session; an expired one, or one without its cookie, is discarded. */
  function restore(now: number = Date.now()): boolean {
    const stored = readStoredSession();
    if (!stored) {
      // An older admin kept the token itself here: drop it.
      persist();
      return false;
    }
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

  function end(reason: EndReason, message: string | null = null) {
    clearTimeout(timer);
    timer = undefined;
    expiresAt.value = null;
    user.value = null;
    endReason.value = reason;
    endMessage.value = message;
    persist();
  }

  return {
    expiresAt,
    user,
    endReason,
    endMessage,
    roles,
    isAuthenticated,
    isValid,
    hasCapability,
    start,
    restore,
    setUser,
    end,
  };
});
