import { QueryFailedError } from 'typeorm';
import { conflict } from '../errors/app-error';

/**
 * A unique index refused a row (MySQL ER_DUP_ENTRY, SQLite SQLITE_CONSTRAINT_UNIQUE). The services
 * check uniqueness first to give a precise message; this catches the race the check cannot see
 * (two administrators saving the same code at once) so it still ends as CONFLICT, not a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Runs a first-save-or-update of a row keyed by a unique index (a year's rule, a note per code):
 * when two first saves race, the loser's insert hits the index (MySQL; SQLite's transactions do
 * not overlap) and its transaction is rolled back whole; it is told so (CONFLICT
 * CONCURRENT_SAVE, the caller's words) instead of an INTERNAL_SERVER_ERROR.
 */
export async function savingOnce<T>(work: () => Promise<T>, message: { vi: string; en: string }): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(message.vi, message.en, { reason: 'CONCURRENT_SAVE' });
    throw error;
  }
}
