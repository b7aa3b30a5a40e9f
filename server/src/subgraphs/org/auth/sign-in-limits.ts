/**
 * Sign-in limits applied atomically in the database (issue 7, item 5). Each attempt is counted
 * *before* its password is checked, by one conditional UPDATE: of 40 parallel guesses only those
 * the count still allows get their password checked, the rest are refused unchecked, in every
 * process alike (the old check-then-act on an in-memory counter let all 40 through).
 */
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import {
  ACCOUNT_FAILURES_BEFORE_LOCK,
  ACCOUNT_LOCK_MINUTES,
  ADDRESS_MAX_ATTEMPTS,
  ADDRESS_WINDOW_MS,
  KNOWN_GOOD_MS,
} from '../../../domain/org/sign-in-policy';
import { UserSessionEntity } from '../session/session.entity';
import { isUniqueViolation } from '../unique-violation';
import { UserEntity } from '../user/user.entity';
import { SignInAddressEntity } from './sign-in-address.entity';

type Db = DataSource | EntityManager;

/**
 * Counts one attempt against the account unless it is locked; true when the attempt may go on
 * to the password check. The lock for the Nth consecutive failure is set by the same statement
 * (lengths from ACCOUNT_LOCK_MINUTES), so a later attempt sees it whatever process it reaches.
 * `locked_until` is assigned before `failed_login_count`: MySQL evaluates SET left to right with
 * the new values, SQLite with the old ones, and this order gives both the old count.
 */
export async function reserveAccountAttempt(db: Db, userId: string, now = new Date()): Promise<boolean> {
  const next = 'failed_login_count + 1';
  const parameters: Record<string, unknown> = { id: userId, now };
  const cases = ACCOUNT_LOCK_MINUTES.map((minutes, step) => {
    parameters[`lock${step}`] = new Date(now.getTime() + minutes * 60_000);
    const failures = ACCOUNT_FAILURES_BEFORE_LOCK + step;
    return step === ACCOUNT_LOCK_MINUTES.length - 1
      ? `WHEN ${next} >= ${failures} THEN :lock${step}`
      : `WHEN ${next} = ${failures} THEN :lock${step}`;
  });
  const result = await db
    .createQueryBuilder()
    .update(UserEntity)
    .set({ lockedUntil: () => `CASE ${cases.join(' ')} ELSE NULL END`, failedLoginCount: () => next })
    .where('id = :id AND (locked_until IS NULL OR locked_until <= :now)')
    .setParameters(parameters)
    .updateEntity(false)
    .execute();
  return (result.affected ?? 0) > 0;
}

/** The password was right: the consecutive failures (and any lock this attempt set) are forgotten. */
export async function clearAccountFailures(db: Db, userId: string): Promise<void> {
  await db
    .createQueryBuilder()
    .update(UserEntity)
    .set({ failedLoginCount: 0, lockedUntil: null })
    .where('id = :id', { id: userId })
    .updateEntity(false)
    .execute();
}

/** When the account's current lock ends (null when not locked). */
export async function lockedUntil(db: Db, userId: string, now = new Date()): Promise<Date | null> {
  const user = await db.getRepository(UserEntity).findOne({ select: { id: true, lockedUntil: true }, where: { id: userId } });
  return user?.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
}

/**
 * Counts one attempt from the address; false when the address has used up its window (the
 * attempt is not counted then). A new window starts when the last one is over.
 */
export async function reserveAddressAttempt(db: Db, address: string, now = new Date()): Promise<boolean> {
  const key = address.slice(0, 64);
  const windowStart = new Date(now.getTime() - ADDRESS_WINDOW_MS);
  const repository = db.getRepository(SignInAddressEntity);
  for (let round = 0; round < 3; round++) {
    const counted = await repository
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1' })
      .where('address = :key AND window_started_at > :windowStart AND attempts < :max', { key, windowStart, max: ADDRESS_MAX_ATTEMPTS })
      .updateEntity(false)
      .execute();
    if (counted.affected) return true;
    const restarted = await repository
      .createQueryBuilder()
      .update()
      .set({ attempts: 1, windowStartedAt: now })
      .where('address = :key AND window_started_at <= :windowStart', { key, windowStart })
      .updateEntity(false)
      .execute();
    if (restarted.affected) return true;
    if (await repository.existsBy({ address: key, windowStartedAt: MoreThan(windowStart) })) return false;
    try {
      await repository.insert({ address: key, attempts: 1, windowStartedAt: now });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another process inserted it first: count again
    }
  }
  return false;
}

/** A successful sign-in gives its attempt back (it does not wipe the others' failures). */
export async function refundAddressAttempt(db: Db, address: string): Promise<void> {
  await db
    .getRepository(SignInAddressEntity)
    .createQueryBuilder()
    .update()
    .set({ attempts: () => 'attempts - 1' })
    .where('address = :key AND attempts > 0', { key: address.slice(0, 64) })
    .updateEntity(false)
    .execute();
}

/** The account signed in from this address within KNOWN_GOOD_MS (its sessions keep the address). */
export async function knownGoodFrom(db: Db, userId: string, address: string, now = new Date()): Promise<boolean> {
  return db.getRepository(UserSessionEntity).existsBy({
    userId,
    clientIp: address.slice(0, 64),
    createdAt: MoreThan(new Date(now.getTime() - KNOWN_GOOD_MS)),
  });
}

/** Milliseconds until the address's window ends (for retryAfterSeconds). */
export async function addressRetryAfterMs(db: Db, address: string, now = new Date()): Promise<number> {
  const row = await db.getRepository(SignInAddressEntity).findOneBy({ address: address.slice(0, 64) });
  return row ? Math.max(0, row.windowStartedAt.getTime() + ADDRESS_WINDOW_MS - now.getTime()) : 0;
}
