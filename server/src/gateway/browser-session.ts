/**
 * The admin's session lives in cookies, not in script-readable storage: an XSS bug in the admin
 * cannot carry the token away.
 *
 * - `par_session`: the sign-in token, HttpOnly, SameSite=Strict, Secure behind TLS.
 * - `par_csrf`: HMAC(session id) — readable by the admin's script, which echoes it in the
 *   `X-CSRF-Token` header of every request (signed double submit). Another site can make the
 *   browser send the cookies but can neither read nor forge this value, so a cookie-authenticated
 *   request without the header (a form post, an <img>, GraphQL over GET) is refused.
 *
 * API clients keep `Authorization: Bearer <token>` and API keys; when either is sent, cookies are
 * ignored. Sign-in and sign-out for the browser go through /auth/login and /auth/logout, which
 * run the same GraphQL mutations as API clients do and set or clear the cookies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import express, { type Express, type Request, type Response } from 'express';
import { ANONYMOUS, verifyUserToken, type Actor, type UserTokenClaims } from '../platform/auth/tokens';
import type { AppConfig } from '../platform/config/config';
import { AppError, forbidden, localeFromHeader, type Locale } from '../platform/errors/app-error';
import type { SessionVerifier } from './session-verifier';

export const SESSION_COOKIE = 'par_session';
export const CSRF_COOKIE = 'par_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface BrowserSessionDeps {
  config: AppConfig;
  sessions: SessionVerifier;
}

/** Cookies of the request by name (no dependency: the format is one line). */
export function readCookies(req: Pick<Request, 'headers'>): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
      } catch {
        // A malformed value is no credential; ignore it.
      }
    }
  }
  return cookies;
}

export function csrfTokenFor(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function csrfRefused(): AppError {
  return forbidden(
    'Yêu cầu bị từ chối: thiếu mã chống giả mạo (CSRF). Hãy tải lại trang quản trị.',
    'Request refused: the anti-forgery (CSRF) token is missing or wrong. Reload the admin.',
    { reason: 'CSRF' },
  );
}

function cookieOptions(req: Request, maxAgeMs: number, httpOnly: boolean): express.CookieOptions {
  return { httpOnly, sameSite: 'strict', secure: req.secure, path: '/', maxAge: Math.max(0, maxAgeMs) };
}

function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
  res.clearCookie(CSRF_COOKIE, { sameSite: 'strict', secure: req.secure, path: '/' });
}

/**
 * The caller of a request that sent no Authorization header nor API key: the user of the session
 * cookie, or anonymous when there is none. The cookie counts only with the matching CSRF header,
 * and never for GraphQL over GET. A cookie whose session has ended is cleared as it is refused.
 */
export async function cookieActor(req: Request, res: Response, deps: BrowserSessionDeps, options: { allowGet: boolean }): Promise<Actor> {
  const token = readCookies(req).get(SESSION_COOKIE);
  if (!token) return ANONYMOUS;
  let claims: UserTokenClaims;
  try {
    claims = await verifyUserToken(token, deps.config.jwtSecret);
    if (!options.allowGet && req.method !== 'POST') throw csrfRefused();
    const header = req.headers[CSRF_HEADER];
    const sent = Array.isArray(header) ? header[0] : header;
    if (!sent || !sameToken(sent, csrfTokenFor(claims.sessionId, deps.config.jwtSecret))) throw csrfRefused();
    return await deps.sessions.verify(claims);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') clearSessionCookies(req, res);
    throw error;
  }
}

/** After an operation that ends the caller's own session, this process forgets its cached check at once. */
const SESSION_ENDING_FIELDS = new Set(['logout', 'signOutEverywhere', 'changeMyPassword']);

export function sessionEndingPlugin(sessions: SessionVerifier): ApolloServerPlugin<{ actor: Actor }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          const actor = contextValue.actor;
          if (operation?.operation !== 'mutation' || actor.kind !== 'user' || !actor.userId || !actor.sessionId) return;
          const ends = operation.selectionSet.selections.some((s) => s.kind === 'Field' && SESSION_ENDING_FIELDS.has(s.name.value));
          if (ends) sessions.forget({ userId: actor.userId, sessionId: actor.sessionId });
        },
      };
    },
  };
}

interface GatewayRequestContext {
  requestId: string;
  locale: Locale;
  actor: Actor;
  clientIp: string;
}

const LOGIN_DOCUMENT = `mutation BrowserLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user { id username fullName roles unit { id name kind } }
  }
}`;

interface LoginData {
  login: { token: string; expiresAt: string; user: Record<string, unknown> };
}

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, TOO_MANY_REQUESTS: 429, BAD_USER_INPUT: 400 };

/**
 * POST /auth/login `{ username, password }` → `{ data: { login: { expiresAt, user } } }` with the
 * cookies set (the token itself is not in the body), or `{ errors }` like GraphQL.
 * POST /auth/logout `{ everywhere?: boolean }` (cookie + CSRF header) → 204, cookies cleared.
 */
export function mountBrowserSession(
  app: Express,
  apollo: ApolloServer<GatewayRequestContext>,
  deps: BrowserSessionDeps & { requestId: (req: Request) => string },
): void {
  app.post('/auth/login', express.json({ limit: '4kb' }), async (req: Request, res: Response) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const body = (req.body ?? {}) as { username?: unknown; password?: unknown };
    const result = await apollo.executeOperation<LoginData>(
      {
        query: LOGIN_DOCUMENT,
        variables: {
          username: typeof body.username === 'string' ? body.username : '',
          password: typeof body.password === 'string' ? body.password : '',
        },
      },
      { contextValue: { requestId: deps.requestId(req), locale, actor: ANONYMOUS, clientIp: req.ip ?? '' } },
    );
    const single = result.body.kind === 'single' ? result.body.singleResult : { errors: [{ message: 'Internal error.' }] };
    res.setHeader('cache-control', 'no-store');
    const login = 'data' in single ? single.data?.login : undefined;
    if (!login) {
      const code = String(single.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      res.status(HTTP_STATUS[code] ?? 500).json({ errors: single.errors });
      return;
    }
    const { sessionId } = await verifyUserToken(login.token, deps.config.jwtSecret);
    const maxAge = Date.parse(login.expiresAt) - Date.now();
    res.cookie(SESSION_COOKIE, login.token, cookieOptions(req, maxAge, true));
    res.cookie(CSRF_COOKIE, csrfTokenFor(sessionId, deps.config.jwtSecret), cookieOptions(req, maxAge, false));
    res.json({ data: { login: { expiresAt: login.expiresAt, user: login.user } } });
  });

  app.post('/auth/logout', express.json({ limit: '1kb' }), async (req: Request, res: Response) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    res.setHeader('cache-control', 'no-store');
    let actor: Actor;
    try {
      actor = await cookieActor(req, res, deps, { allowGet: false });
    } catch (error) {
      // A session that already ended: nothing to revoke, the cookies are cleared all the same.
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        res.status(204).end();
        return;
      }
      const appError = error instanceof AppError ? error : csrfRefused();
      res
        .status(HTTP_STATUS[appError.code] ?? 403)
        .json({ errors: [{ message: appError.message_(locale), extensions: appError.extensions }] });
      return;
    }
    if (actor.kind === 'user') {
      const everywhere = (req.body as { everywhere?: unknown } | undefined)?.everywhere === true;
      const result = await apollo.executeOperation(
        { query: everywhere ? 'mutation { signOutEverywhere }' : 'mutation { logout }' },
        { contextValue: { requestId: deps.requestId(req), locale, actor, clientIp: req.ip ?? '' } },
      );
      if (result.body.kind === 'single' && result.body.singleResult.errors?.length) {
        res.status(500).json({ errors: result.body.singleResult.errors });
        return;
      }
    }
    clearSessionCookies(req, res);
    res.status(204).end();
  });
}
