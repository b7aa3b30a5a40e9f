import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { AppError, unauthenticated } from '../errors/app-error';
import type { Role } from './roles';

const ISSUER = 'par-index';
const USER_AUDIENCE = 'par-index:user';
const INTERNAL_AUDIENCE = 'par-index:subgraph';
/** Service-to-service calls that are not GraphQL requests of a caller (e.g. the gateway verifying an API key). */
const SERVICE_AUDIENCE = 'par-index:service';
/** Internal tokens live just long enough for one federated request. */
const INTERNAL_TTL_SECONDS = 60;

/** What an external app's key allows; stored per key so more can be added later. */
export enum ApiScope {
  /** Read the published results of the PAR Index (publishedResults, OrgUnit.assessment/indexHistory of published years). */
  PUBLISHED_RESULTS = 'PUBLISHED_RESULTS',
}

/**
 * Who is calling, as the gateway established it and the subgraphs verify it. Every kind carries
 * userId/username/unitId/roles (null/empty unless a user) so code written for users keeps
 * compiling, and code that checks `kind === 'user'` treats anonymous callers and apps alike.
 */
interface ActorBase {
  userId: string | null;
  username: string | null;
  unitId: string | null;
  roles: Role[];
}

export interface UserActor extends ActorBase {
  kind: 'user';
  /**
   * The province (root unit) of the user's unit, read from the org tables when the session was
   * checked: the one fact the scoring subgraph needs to scope an administrator without joining
   * org tables (see admin-scope.ts).
   */
  provinceUnitId: string | null;
  /** The sign-in session the request belongs to (logout revokes it). */
  sessionId: string | null;
}

export interface AnonymousActor extends ActorBase {
  kind: 'anonymous';
}

/** An external app (ứng dụng khai thác) identified by its API key: never a user, no unit, no roles. */
export interface AppActor extends ActorBase {
  kind: 'app';
  userId: null;
  username: null;
  unitId: null;
  roles: [];
  clientId: string;
  clientName: string;
  /** The province that issued the key (whose administrator manages it). */
  provinceUnitId: string;
  scopes: ApiScope[];
}

export type Actor = UserActor | AnonymousActor | AppActor;

export const ANONYMOUS: Actor = { kind: 'anonymous', userId: null, username: null, unitId: null, roles: [] };

export function appActor(client: { id: string; name: string; provinceUnitId: string; scopes: ApiScope[] }): AppActor {
  return {
    kind: 'app',
    userId: null,
    username: null,
    unitId: null,
    roles: [],
    clientId: client.id,
    clientName: client.name,
    provinceUnitId: client.provinceUnitId,
    scopes: [...client.scopes],
  };
}

export interface InternalClaims {
  actor: Actor;
  requestId: string;
  clientIp: string;
}

const keys = new Map<string, KeyObject>();
/** The HMAC key of a secret, made once (jose would import the raw bytes again on every sign and verify). */
const key = (secret: string): KeyObject => {
  let found = keys.get(secret);
  if (!found) keys.set(secret, (found = createSecretKey(Buffer.from(secret, 'utf8'))));
  return found;
};

/**
 * Tokens already verified, by their exact text, per secret and kind (issue 9: jose's verify was a
 * tenth of the gateway's own work per request). A hit is the same string whose signature and
 * claims were checked with this secret; it is answered only until the token's own expiry, after
 * which it is verified again (and refused). Refusals are not kept. Bounded: the oldest go first.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { payload: Readonly<JWTPayload>; expiresAtMs: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  get(token: string, now = Date.now()): Readonly<JWTPayload> | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.expiresAtMs <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return hit.payload;
  }

  set(token: string, payload: JWTPayload): void {
    // jose refuses a token from its `exp` second on: so does the cache. No expiry: never kept.
    if (typeof payload.exp !== 'number') return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { payload: deepFreeze(payload), expiresAtMs: payload.exp * 1000 });
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const verified = new Map<string, VerifiedTokenCache>();
/** The cache of one kind of token under one secret (a token verified with one secret is never an answer for another). */
export function verifiedTokens(kind: 'user' | 'internal' | 'service', secret: string): VerifiedTokenCache {
  const name = `${kind}\u0000${secret}`;
  let cache = verified.get(name);
  if (!cache) verified.set(name, (cache = new VerifiedTokenCache()));
  return cache;
}

/** jose's verify, remembered per token text until its expiry (see VerifiedTokenCache). */
async function verifyOnce(
  kind: 'user' | 'internal' | 'service',
  token: string,
  secret: string,
  options: Parameters<typeof jwtVerify>[2],
): Promise<Readonly<JWTPayload>> {
  const cache = verifiedTokens(kind, secret);
  const hit = cache.get(token);
  if (hit) return hit;
  const { payload } = await jwtVerify(token, key(secret), options);
  cache.set(token, payload);
  return payload;
}

/** What a sign-in token says: whose session it is. Everything else is read fresh (see SessionVerifier). */
export interface UserTokenClaims {
  userId: string;
  sessionId: string;
}

/**
 * A sign-in token names a user and a session and always expires. It carries no roles or unit:
 * the gateway reads those from the session check, so a demoted or disabled user loses his power
 * as soon as that check runs again, not when the token expires.
 */
export async function signUserToken(claims: UserTokenClaims, secret: string, expiresAt: Date): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(USER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

export function invalidSignIn(): AppError {
  return unauthenticated('Mã đăng nhập không hợp lệ, vui lòng đăng nhập lại.', 'Invalid sign-in token; please sign in again.');
}

export async function verifyUserToken(token: string, secret: string): Promise<UserTokenClaims> {
  try {
    const payload = await verifyOnce('user', token, secret, {
      issuer: ISSUER,
      audience: USER_AUDIENCE,
      algorithms: ['HS256'],
      // A token without an expiry would be valid forever: refused, like one without a session.
      requiredClaims: ['exp', 'sub', 'sid'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw invalidSignIn();
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw unauthenticated('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', 'Your session has expired; please sign in again.', {
        reason: 'SESSION_EXPIRED',
      });
    throw invalidSignIn();
  }
}

export async function signInternalToken(claims: InternalClaims, secret: string): Promise<string> {
  return new SignJWT({ actor: claims.actor, rid: claims.requestId, ip: claims.clientIp })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(key(secret));
}

export async function verifyInternalToken(token: string | undefined, secret: string): Promise<InternalClaims> {
  if (!token)
    throw unauthenticated(
      'Yêu cầu phải đi qua cổng API (thiếu định danh nội bộ).',
      'Requests must come through the gateway (internal identity missing).',
    );
  try {
    const payload = await verifyOnce('internal', token, secret, { issuer: ISSUER, audience: INTERNAL_AUDIENCE, algorithms: ['HS256'] });
    return { actor: payload.actor as Actor, requestId: String(payload.rid ?? ''), clientIp: String(payload.ip ?? '') };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unauthenticated('Định danh nội bộ không hợp lệ.', 'Invalid internal identity.');
  }
}

/**
 * A token for one internal service call, bound to its purpose: a token minted to verify API keys
 * cannot be replayed as a caller's identity on /graphql (other audience) nor for another purpose.
 */
export async function signServiceToken(purpose: string, secret: string): Promise<string> {
  return new SignJWT({ purpose })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(SERVICE_AUDIENCE)
    .setSubject('gateway')
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(key(secret));
}

export async function verifyServiceToken(token: string | undefined, purpose: string, secret: string): Promise<void> {
  if (!token) throw unauthenticated('Thiếu định danh nội bộ.', 'Internal identity missing.');
  try {
    const payload = await verifyOnce('service', token, secret, { issuer: ISSUER, audience: SERVICE_AUDIENCE, algorithms: ['HS256'] });
    if (payload.purpose !== purpose) throw new Error('wrong purpose');
  } catch {
    throw unauthenticated('Định danh nội bộ không hợp lệ.', 'Invalid internal identity.');
  }
}

export const INTERNAL_TOKEN_HEADER = 'x-par-internal-token';
/**
 * The gateway's own service token on its query-plan fetches: a subgraph answers the federation
 * fields `_service` and `_entities` only when it is present, never on a caller's internal token alone.
 */
export const GATEWAY_FETCH_HEADER = 'x-par-gateway-fetch';
export const GATEWAY_FETCH_PURPOSE = 'subgraph-fetch';
export const REQUEST_ID_HEADER = 'x-request-id';
