import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { forbidden, unauthenticated, type AppError, type Locale } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { Role } from './roles';
import type { Actor, UserActor } from './tokens';

/** Everything a service needs about the current request; services take it as first argument. */
export interface RequestContext<Loaders = unknown> {
  requestId: string;
  locale: Locale;
  actor: Actor;
  clientIp: string;
  db: DataSource;
  config: AppConfig;
  log: Logger;
  loaders: Loaders;
  /** The request is one of the gateway's own query-plan fetches (it carried the gateway's service token). */
  gatewayFetch?: boolean;
  /** The caller turns a cached answer's RawJson back into text (platform/http/response-cache.ts). */
  acceptsRawJson?: boolean;
  /** Run only as a cached answer (response-cache.ts): stored, or built and stored now; anything else answers NOT_CACHEABLE and nothing runs. */
  cacheableOnly?: boolean;
}

export interface SignedInActor extends UserActor {
  userId: string;
  username: string;
  unitId: string;
}

/** The one refusal an external app gets for anything but published results. */
export function appReadOnly(): AppError {
  return forbidden('Ứng dụng khai thác chỉ được đọc kết quả đã công bố.', 'External apps may only read published results.', {
    reason: 'APP_READ_ONLY',
  });
}

/**
 * A signed-in user, or a coded refusal: an app is FORBIDDEN (it is identified, signing in would
 * not help), anyone else UNAUTHENTICATED.
 */
export function requireUser(ctx: Pick<RequestContext, 'actor'>): SignedInActor {
  if (ctx.actor.kind === 'app') throw appReadOnly();
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId) throw unauthenticated();
  return ctx.actor as SignedInActor;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

export function requireRole(ctx: Pick<RequestContext, 'actor'>, ...roles: Role[]): SignedInActor {
  const actor = requireUser(ctx);
  if (!hasRole(actor, ...roles)) throw forbidden();
  return actor;
}
