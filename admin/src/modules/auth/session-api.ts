/**
 * Sign-in and sign-out for the admin in a browser. The session token lives in an HttpOnly cookie
 * the script can never read (an XSS bug cannot carry it away); the gateway's /auth/login sets it
 * together with a readable CSRF cookie, whose value every request echoes in `X-CSRF-Token` (a
 * request another site makes the browser send cannot, so it is refused).
 */
import type { GraphQLFormattedError } from 'graphql';
import type { SessionUser } from '@/stores/session';

export const CSRF_COOKIE = 'par_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The CSRF token of the current session, or null when there is no session cookie pair. */
export function csrfToken(cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === CSRF_COOKIE) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim()) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Headers that authenticate a same-origin request made outside Apollo (evidence files). */
export function sessionHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

export class SignInError extends Error {
  constructor(readonly error: GraphQLFormattedError | null) {
    super(error?.message ?? 'network');
  }
}

export interface SignedIn {
  expiresAt: string;
  user: SessionUser;
}

export async function signIn(username: string, password: string, locale: string): Promise<SignedIn> {
  let res: Response;
  try {
    res = await fetch('/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new SignInError(null);
  }
  const body = (await res.json().catch(() => null)) as { data?: { login?: SignedIn }; errors?: GraphQLFormattedError[] } | null;
  const login = body?.data?.login;
  if (!res.ok || !login) throw new SignInError(body?.errors?.[0] ?? null);
  return login;
}

/** Ends this session (or every session of the user) on the server and clears the cookies. */
export async function signOut(everywhere: boolean, locale: string): Promise<boolean> {
  try {
    const res = await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, ...sessionHeaders() },
      body: JSON.stringify({ everywhere }),
    });
    return res.ok;
  } catch {
    return false;
  }
}
