/**
 * Sign-in sessions: opened by login, checked by the gateway on each request (through the
 * internal route in session.routes.ts, cached a few seconds there), revoked by logout, "sign out
 * everywhere" and every change that should end a user's power (disable, role or unit change,
 * password change or reset).
 *
 * Why a session table rather than a version number per user: "log out" must end this device's
 * session and leave the others signed in, which one counter per user cannot express; the table
 * also says why a session ended (the admin tells the user) and costs the same one indexed read
 * per check (the session row joined to its user and unit).
 */
import { randomUUID } from 'node:crypto';
import { LessThan, type DataSource, type EntityManager } from 'typeorm';
import { pathIds } from '../../../domain/org/hierarchy';
import { requireUser } from '../../../platform/auth/request-context';
import type { Role } from '../../../platform/auth/roles';
import type { SessionAnswer } from '../../../platform/auth/session';
import { signUserToken } from '../../../platform/auth/tokens';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { UserEntity } from '../user/user.entity';
import { UserSessionEntity } from './session.entity';

export type RevokeReason =
  | 'LOGOUT'
  | 'SIGN_OUT_EVERYWHERE'
  | 'DISABLED'
  | 'ROLES_CHANGED'
  | 'UNIT_CHANGED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET';

/** Expired sessions are kept this long (who signed in from where), then pruned at the user's next sign-in. */
const KEEP_EXPIRED_MS = 30 * 24 * 3600 * 1000;

/** Opens a session for a user who just proved his password, and signs its token. */
export async function openSession(
  manager: EntityManager,
  userId: string,
  options: { clientIp: string; ttlSeconds: number; secret: string; now?: Date },
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + options.ttlSeconds * 1000);
  const sessionId = randomUUID();
  await manager.delete(UserSessionEntity, { userId, expiresAt: LessThan(new Date(now.getTime() - KEEP_EXPIRED_MS)) });
  await manager.insert(UserSessionEntity, {
    id: sessionId,
    userId,
    createdAt: now,
    expiresAt,
    revokedAt: null,
    revokedReason: null,
    clientIp: options.clientIp.slice(0, 64),
  });
  const token = await signUserToken({ userId, sessionId }, options.secret, expiresAt);
  return { token, expiresAt, sessionId };
}

/** Revokes the user's open sessions (all, or all but one); returns how many. */
export async function revokeSessions(
  manager: EntityManager,
  userId: string,
  reason: RevokeReason,
  options: { except?: string | null } = {},
): Promise<number> {
  const query = manager
    .createQueryBuilder()
    .update(UserSessionEntity)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where('user_id = :userId AND revoked_at IS NULL', { userId });
  if (options.except) query.andWhere('id <> :except', { except: options.except });
  const result = await query.execute();
  return result.affected ?? 0;
}

/** The gateway's check: one read of the session with its user and the user's unit. */
export async function checkSession(db: DataSource, userId: string, sessionId: string, now = new Date()): Promise<SessionAnswer> {
  const row = await db
    .createQueryBuilder(UserSessionEntity, 's')
    .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
    .innerJoin(OrgUnitEntity, 'unit', 'unit.id = u.unit_id')
    .select([
      's.expires_at AS expires_at',
      's.revoked_at AS revoked_at',
      'u.username AS username',
      'u.unit_id AS unit_id',
      'u.roles AS roles',
      'u.active AS active',
      'unit.path AS path',
    ])
    .where('s.id = :sessionId AND s.user_id = :userId', { sessionId, userId })
    .getRawOne<{
      expires_at: string | Date;
      revoked_at: string | Date | null;
      username: string;
      unit_id: string;
      roles: string;
      active: number | boolean | string;
      path: string;
    }>();
  if (!row) return { valid: false, reason: 'UNKNOWN' };
  if (row.revoked_at !== null) return { valid: false, reason: 'REVOKED' };
  // Raw rows carry the driver's value: a Date on MySQL, an ISO-like UTC string on SQLite.
  const expiresAt = row.expires_at instanceof Date ? row.expires_at : new Date(`${row.expires_at.replace(' ', 'T')}Z`);
  if (expiresAt <= now) return { valid: false, reason: 'EXPIRED' };
  if (!(row.active === true || Number(row.active) === 1)) return { valid: false, reason: 'DISABLED' };
  return {
    valid: true,
    identity: {
      userId,
      sessionId,
      username: row.username,
      unitId: row.unit_id,
      provinceUnitId: pathIds(row.path)[0],
      roles: row.roles ? (row.roles.split(',') as Role[]) : [],
      expiresAt: expiresAt.toISOString(),
    },
  };
}

/** Đăng xuất: ends the session of this request only. */
export async function logout(ctx: OrgContext): Promise<boolean> {
  const actor = requireUser(ctx);
  if (!actor.sessionId) return false;
  const result = await ctx.db
    .createQueryBuilder()
    .update(UserSessionEntity)
    .set({ revokedAt: new Date(), revokedReason: 'LOGOUT' satisfies RevokeReason })
    .where('id = :id AND user_id = :userId AND revoked_at IS NULL', { id: actor.sessionId, userId: actor.userId })
    .execute();
  ctx.log.info({ userId: actor.userId }, 'signed out');
  return (result.affected ?? 0) > 0;
}

/** Đăng xuất khỏi mọi thiết bị: ends every session of the user, this one included. */
export async function signOutEverywhere(ctx: OrgContext): Promise<number> {
  const actor = requireUser(ctx);
  const count = await ctx.db.transaction((em) => revokeSessions(em, actor.userId, 'SIGN_OUT_EVERYWHERE'));
  ctx.log.info({ userId: actor.userId, sessions: count }, 'signed out everywhere');
  return count;
}
