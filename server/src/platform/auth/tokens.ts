import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError, unauthenticated } from '../errors/app-error';
import type { Role } from './roles';

const ISSUER = 'par-index';
const USER_AUDIENCE = 'par-index:user';
const INTERNAL_AUDIENCE = 'par-index:subgraph';
/** Internal tokens live just long enough for one federated request. */
const INTERNAL_TTL_SECONDS = 60;

/** Who is calling, as the gateway established it and the subgraphs verify it. */
export interface Actor {
  kind: 'user' | 'anonymous';
  userId: string | null;
  username: string | null;
  unitId: string | null;
  roles: Role[];
}

export const ANONYMOUS: Actor = { kind: 'anonymous', userId: null, username: null, unitId: null, roles: [] };

export interface InternalClaims {
  actor: Actor;
  requestId: string;
  clientIp: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signUserToken(
  user: { id: string; username: string; unitId: string; roles: Role[] },
  secret: string,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ username: user.username, unitId: user.unitId, roles: user.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(USER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
  return { token, expiresAt };
}

export async function verifyUserToken(token: string, secret: string): Promise<Actor> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: USER_AUDIENCE, algorithms: ['HS256'] });
    return {
      kind: 'user',
      userId: String(payload.sub),
      username: String(payload.username),
      unitId: String(payload.unitId),
      roles: (payload.roles as Role[]) ?? [],
    };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw unauthenticated('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', 'Your session has expired; please sign in again.');
    throw unauthenticated('Mã đăng nhập không hợp lệ, vui lòng đăng nhập lại.', 'Invalid sign-in token; please sign in again.');
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
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: INTERNAL_AUDIENCE, algorithms: ['HS256'] });
    return { actor: payload.actor as Actor, requestId: String(payload.rid), clientIp: String(payload.ip ?? '') };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unauthenticated('Định danh nội bộ không hợp lệ.', 'Invalid internal identity.');
  }
}

export const INTERNAL_TOKEN_HEADER = 'x-par-internal-token';
export const REQUEST_ID_HEADER = 'x-request-id';
