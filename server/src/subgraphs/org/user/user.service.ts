/**
 * User management by a province administrator, and a user's own password change. Passwords are
 * hashed (scrypt) before anything is stored and never logged: log lines carry ids and usernames
 * only, never the input object.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword, passwordProblem, verifyPassword } from '../../../platform/auth/password';
import { administersUnitPath } from '../../../platform/auth/admin-scope';
import { requireUser } from '../../../platform/auth/request-context';
import { ALL_ROLES, Role } from '../../../platform/auth/roles';
import { AppError, badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { quotable } from '../../../platform/text/safe-text';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../../../platform/graphql/connection';
import { assertInScope, isInScope, requireProvinceAdmin, type AdminScope } from '../admin-scope';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { assertUnitId, escapeLike, LIKE_ESCAPE } from '../org-unit/org-unit.service';
import { clearAccountFailures, lockedUntil, reserveAccountAttempt } from '../auth/sign-in-limits';
import { revokeSessions, type RevokeReason } from '../session/session.service';
import { OrgAuditEntityType } from '../audit/org-audit-event.entity';
import { changedFields, recordOrgAudit } from '../audit/org-audit.service';
import { isUniqueViolation } from '../unique-violation';
import type { CreateUserInput, UpdateUserInput } from './user.types';
import { UserEntity } from './user.entity';

/** Lowercase ASCII so usernames are typed the same on every keyboard and unique regardless of case. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

function assertUserId(id: string, argument = 'id'): void {
  assertId(id, argument, { vi: 'người dùng', en: 'user' });
}

function cleanUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username))
    throw badInput(
      'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang (ví dụ "canbo.ansinh").',
      'A username has 3–64 characters: lowercase letters without accents, digits, ".", "_" or "-" (e.g. "canbo.ansinh").',
      { argument: 'username' },
    );
  return username;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Optional: empty means none; otherwise one plausible address (the SMTP server has the last word). */
function cleanEmail(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  if (value.length > 255 || !EMAIL.test(value))
    throw badInput(`Địa chỉ e-mail không hợp lệ: "${quotable(value, 80)}".`, `Invalid e-mail address: "${quotable(value, 80)}".`, {
      argument: 'email',
    });
  return value;
}

function cleanFullName(raw: string): string {
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) throw badInput('Họ và tên không được để trống.', 'The full name must not be empty.', { argument: 'fullName' });
  if (value.length > 255) throw badInput('Họ và tên quá dài (tối đa 255 ký tự).', 'The full name is too long.', { argument: 'fullName' });
  return value;
}

function cleanRoles(roles: Role[]): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0)
    throw badInput('Người dùng phải có ít nhất một vai trò.', 'A user needs at least one role.', { argument: 'roles' });
  return ALL_ROLES.filter((role) => unique.includes(role));
}

function assertPassword(password: string, argument = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem.vi, problem.en, { argument });
}

async function unitForUser(ctx: OrgContext, scope: AdminScope, unitId: string): Promise<OrgUnitEntity> {
  assertUnitId(unitId, 'unitId');
  const unit = await ctx.db.getRepository(OrgUnitEntity).findOneBy({ id: unitId });
  if (!unit) throw notFound(`Không tìm thấy đơn vị có mã định danh ${unitId}.`, `No unit with id ${unitId}.`, { argument: 'unitId' });
  assertInScope(scope, unit);
  if (unit.validTo !== null)
    throw conflict(
      `Đơn vị "${unit.name}" đã hết hiệu lực; không thể gán người dùng vào đơn vị này.`,
      `Unit "${unit.name}" is closed; users cannot be assigned to it.`,
      { argument: 'unitId' },
    );
  return unit;
}

/** The user, checked to belong to a unit the administrator manages. */
async function managedUser(ctx: OrgContext, scope: AdminScope, id: string): Promise<UserEntity> {
  assertUserId(id);
  const user = await ctx.db.getRepository(UserEntity).findOneBy({ id });
  if (!user) throw notFound(`Không tìm thấy người dùng có mã định danh ${id}.`, `No user with id ${id}.`, { argument: 'id' });
  const unit = await ctx.loaders.unitById.load(user.unitId);
  if (!unit || !isInScope(scope, unit)) throw forbidden();
  return user;
}

async function usernameTaken(ctx: OrgContext, username: string): Promise<void> {
  if (await ctx.db.getRepository(UserEntity).existsBy({ username }))
    throw conflict(`Tên đăng nhập "${username}" đã được sử dụng.`, `The username "${username}" is already taken.`, {
      argument: 'username',
    });
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface UsersFilter {
  unitId?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Users of the administrator's province (or of one unit and its subtree), by username. */
export async function listUsers(ctx: OrgContext, filter: UsersFilter): Promise<Connection<UserEntity>> {
  const scope = requireProvinceAdmin(ctx);
  const limit = pageSize(filter.first);
  let prefix = scope.rootPath;
  if (filter.unitId) {
    assertUnitId(filter.unitId, 'unitId');
    const unit = await ctx.loaders.unitById.load(filter.unitId);
    if (!unit)
      throw notFound(`Không tìm thấy đơn vị có mã định danh ${filter.unitId}.`, `No unit with id ${filter.unitId}.`, {
        argument: 'unitId',
      });
    assertInScope(scope, unit);
    prefix = unit.path;
  }
  const query = ctx.db
    .getRepository(UserEntity)
    .createQueryBuilder('usr')
    .innerJoin(OrgUnitEntity, 'unit', 'unit.id = usr.unit_id')
    .where('unit.path LIKE :prefix', { prefix: `${prefix}%` });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    query.andWhere(`(LOWER(usr.username) LIKE :pattern ${LIKE_ESCAPE} OR LOWER(usr.full_name) LIKE :pattern ${LIKE_ESCAPE})`, { pattern });
  }
  const totalCount = await query.clone().getCount();
  if (filter.after) {
    const [username] = decodeCursor(filter.after);
    query.andWhere('usr.username > :username', { username: String(username) });
  }
  const rows = await query
    .orderBy('usr.username', 'ASC')
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (row) => encodeCursor([row.username]), Boolean(filter.after));
}

/** A user may read himself; a province administrator reads the users of his province. */
export async function findUser(ctx: OrgContext, id: string): Promise<UserEntity | null> {
  const actor = requireUser(ctx);
  assertUserId(id);
  if (actor.userId === id) return ctx.db.getRepository(UserEntity).findOneBy({ id });
  const scope = requireProvinceAdmin(ctx);
  const user = await ctx.db.getRepository(UserEntity).findOneBy({ id });
  if (!user) return null;
  const unit = await ctx.loaders.unitById.load(user.unitId);
  if (!unit || !isInScope(scope, unit)) throw forbidden();
  return user;
}

/** Users of one unit: visible to a province administrator of its province and to the unit's own members. */
export async function listUnitUsers(
  ctx: OrgContext,
  unit: OrgUnitEntity,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<UserEntity>> {
  const actor = requireUser(ctx);
  const limit = pageSize(args.first);
  if (actor.unitId !== unit.id && !administersUnitPath(actor, unit.path)) throw forbidden();
  const all = [...(await ctx.loaders.usersByUnit.load(unit.id))].sort((a, b) => a.username.localeCompare(b.username));
  let start = 0;
  if (args.after) {
    const [afterName] = decodeCursor(args.after);
    start = all.findIndex((user) => user.username > String(afterName));
    if (start < 0) start = all.length;
  }
  return toConnection(all.slice(start), limit, all.length, (user) => encodeCursor([user.username]), start > 0);
}

// ---------------------------------------------------------------------------------------------
// Mutations

export async function createUser(ctx: OrgContext, input: CreateUserInput): Promise<UserEntity> {
  const scope = requireProvinceAdmin(ctx);
  const username = cleanUsername(input.username);
  const fullName = cleanFullName(input.fullName);
  const email = cleanEmail(input.email);
  const roles = cleanRoles(input.roles);
  assertPassword(input.password);
  const unit = await unitForUser(ctx, scope, input.unitId);
  await usernameTaken(ctx, username);
  const passwordHash = await hashPassword(input.password);
  const users = ctx.db.getRepository(UserEntity);
  const user = users.create({
    id: randomUUID(),
    username,
    fullName,
    email,
    passwordHash,
    unitId: unit.id,
    roles,
    active: true,
    failedLoginCount: 0,
    lockedUntil: null,
    lastLoginAt: null,
  });
  try {
    await ctx.db.transaction(async (em) => {
      await em.insert(UserEntity, user);
      await recordOrgAudit(em, ctx, [
        {
          ...userAudit(scope, user, 'CREATE'),
          after: { username, fullName, email, unitId: unit.id, roles, active: true },
        },
      ]);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`Tên đăng nhập "${username}" đã được sử dụng.`, `The username "${username}" is already taken.`, {
        argument: 'username',
      });
    throw error;
  }
  ctx.loaders.usersByUnit.clear(unit.id);
  ctx.log.info({ userId: user.id, username, unitId: unit.id, roles, by: scope.actor.userId }, 'user created');
  return users.findOneByOrFail({ id: user.id });
}

/** The audit row of a change to a user (in the administrator's province; never a password). */
function userAudit(scope: AdminScope, user: Pick<UserEntity, 'id' | 'username'>, action: string) {
  return { provinceUnitId: scope.rootId, entityType: OrgAuditEntityType.USER, entityId: user.id, entityLabel: user.username, action };
}

/** Which change ends the user's sessions: losing access (disabled), or holding other powers than the token was given for. */
function sessionEndingChange(user: UserEntity, changes: Partial<UserEntity>): RevokeReason | null {
  if (changes.active === false && user.active) return 'DISABLED';
  if (changes.roles && changes.roles.join(',') !== user.roles.join(',')) return 'ROLES_CHANGED';
  if (changes.unitId && changes.unitId !== user.unitId) return 'UNIT_CHANGED';
  return null;
}

export async function updateUser(ctx: OrgContext, id: string, input: UpdateUserInput): Promise<UserEntity> {
  const scope = requireProvinceAdmin(ctx);
  const user = await managedUser(ctx, scope, id);
  const changes: Partial<UserEntity> = {};
  if (input.fullName !== undefined && input.fullName !== null) changes.fullName = cleanFullName(input.fullName);
  if (input.email !== undefined) changes.email = cleanEmail(input.email);
  if (input.roles !== undefined && input.roles !== null) changes.roles = cleanRoles(input.roles);
  if (input.active !== undefined && input.active !== null) changes.active = input.active;
  if (input.unitId !== undefined && input.unitId !== null) changes.unitId = (await unitForUser(ctx, scope, input.unitId)).id;
  // An administrator must not lock himself out: another administrator has to do that.
  if (user.id === scope.actor.userId && (changes.active === false || (changes.roles && !changes.roles.includes(Role.PROVINCE_ADMIN))))
    throw conflict(
      'Bạn không thể tự khóa tài khoản của mình hoặc tự bỏ vai trò quản trị; hãy nhờ quản trị viên khác.',
      'You cannot deactivate yourself or remove your own administrator role; ask another administrator.',
    );
  const revokeFor = sessionEndingChange(user, changes);
  const diff = changedFields(
    { fullName: user.fullName, email: user.email, roles: user.roles, active: user.active, unitId: user.unitId },
    changes as Record<string, unknown>,
  );
  // Only what differs is written and recorded: the same values sent again change nothing.
  if (Object.keys(diff.after).length > 0)
    await ctx.db.transaction(async (em) => {
      await em.update(UserEntity, { id }, diff.after as Partial<UserEntity>);
      if (revokeFor) await revokeSessions(em, id, revokeFor);
      const action =
        diff.after.active === false ? 'DISABLE' : diff.after.active === true ? 'ENABLE' : diff.after.roles ? 'ROLES' : 'UPDATE';
      await recordOrgAudit(em, ctx, [{ ...userAudit(scope, user, action), ...diff }]);
    });
  ctx.loaders.usersByUnit.clearAll();
  ctx.log.info({ userId: id, fields: Object.keys(changes), by: scope.actor.userId }, 'user updated');
  return ctx.db.getRepository(UserEntity).findOneByOrFail({ id });
}

export async function resetUserPassword(ctx: OrgContext, id: string, password: string): Promise<UserEntity> {
  const scope = requireProvinceAdmin(ctx);
  assertPassword(password);
  const user = await managedUser(ctx, scope, id);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (em) => {
    await em.update(UserEntity, { id }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
    await revokeSessions(em, id, 'PASSWORD_RESET');
    await recordOrgAudit(em, ctx, [userAudit(scope, user, 'PASSWORD_RESET')]);
  });
  ctx.log.info({ userId: id, by: scope.actor.userId }, 'user password reset');
  return ctx.db.getRepository(UserEntity).findOneByOrFail({ id });
}

export async function unlockUser(ctx: OrgContext, id: string): Promise<UserEntity> {
  const scope = requireProvinceAdmin(ctx);
  const user = await managedUser(ctx, scope, id);
  await ctx.db.transaction(async (em) => {
    await em.update(UserEntity, { id }, { failedLoginCount: 0, lockedUntil: null });
    await recordOrgAudit(em, ctx, [
      { ...userAudit(scope, user, 'UNLOCK'), before: { lockedUntil: user.lockedUntil, failedLoginCount: user.failedLoginCount } },
    ]);
  });
  ctx.log.info({ userId: id, by: scope.actor.userId }, 'user unlocked');
  return ctx.db.getRepository(UserEntity).findOneByOrFail({ id });
}

export async function changeMyPassword(ctx: OrgContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const actor = requireUser(ctx);
  const users = ctx.db.getRepository(UserEntity);
  const user = await users.findOneBy({ id: actor.userId });
  if (!user || !user.active) throw forbidden();
  assertPassword(newPassword, 'newPassword');
  if (newPassword === currentPassword)
    throw badInput('Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.', {
      argument: 'newPassword',
    });
  if (currentPassword.length > 256)
    throw badInput('Mật khẩu hiện tại không đúng.', 'The current password is wrong.', { argument: 'currentPassword' });
  // Guessing the current password from a stolen session counts against the account like sign-in
  // guesses do (same counter, same lock), so a token alone cannot find the password.
  if (!(await reserveAccountAttempt(ctx.db, user.id))) {
    const until = await lockedUntil(ctx.db, user.id);
    const waitSeconds = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)) : 60;
    throw new AppError(
      'TOO_MANY_REQUESTS',
      {
        vi: `Nhập sai mật khẩu hiện tại quá nhiều lần; tài khoản tạm khóa, thử lại sau ${Math.ceil(waitSeconds / 60)} phút.`,
        en: `Too many wrong current passwords; the account is locked, try again in ${Math.ceil(waitSeconds / 60)} minutes.`,
      },
      { retryAfterSeconds: waitSeconds },
    );
  }
  if (!(await verifyPassword(currentPassword, user.passwordHash)))
    throw badInput('Mật khẩu hiện tại không đúng.', 'The current password is wrong.', { argument: 'currentPassword' });
  const passwordHash = await hashPassword(newPassword);
  // The other devices are signed out (whoever knew the old password); this one stays signed in.
  await ctx.db.transaction(async (em) => {
    await em.update(UserEntity, { id: user.id }, { passwordHash });
    await clearAccountFailures(em, user.id);
    await revokeSessions(em, user.id, 'PASSWORD_CHANGED', { except: actor.sessionId });
  });
  ctx.log.info({ userId: user.id }, 'password changed by its owner');
  return true;
}
