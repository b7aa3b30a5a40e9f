import type { DataSource, EntityManager } from 'typeorm';

/** How often a transaction chosen as InnoDB's deadlock victim runs again before its caller sees the error. */
const DEADLOCK_ATTEMPTS = 3;

/** True for MySQL/MariaDB's "Deadlock found when trying to get lock" (errno 1213), as mysql2 or TypeORM report it. */
export function isDeadlock(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } } | null;
  return (
    e?.errno === 1213 || e?.code === 'ER_LOCK_DEADLOCK' || e?.driverError?.errno === 1213 || e?.driverError?.code === 'ER_LOCK_DEADLOCK'
  );
}

/**
 * `db.transaction(work)`, run again when InnoDB picks it as a deadlock victim. A victim is rolled
 * back whole (nothing of it stays), so running it again is what MySQL's manual asks of
 * applications; locks taken in a fixed order make deadlocks rare but cannot rule out those of
 * InnoDB's own gap and next-key locks between writers on neighbouring rows (two units' records of
 * one leaf saved at once). `work` must do nothing outside the transaction that cannot be repeated.
 */
export async function transactionRetryingDeadlocks<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      // A short random pause so the two victims of one cycle do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
