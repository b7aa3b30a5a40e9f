import type { DataSource, QueryRunner } from 'typeorm';
import { isMysql } from '../platform/database/dialect';

/** Tables whose writers follow the scoring lock order (subgraphs/scoring/lock-order.ts). */
const ORDERED = /^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+[`"]?(score_entry|score_sheet|unit_result)[`"]?\b/i;
/** The year's row lock: a locking read (S or X), or the year-wide writers' UPDATE (lockYearForUpdate). */
const YEAR_LOCK =
  /(\bFROM\s+[`"]?assessment_year[`"]?\b[\s\S]*\b(FOR UPDATE|LOCK IN SHARE MODE)\s*$)|(^UPDATE\s+[`"]?assessment_year[`"]?\s)/i;
const ENTRY_LOCK = /\bFROM\s+[`"]?score_entry[`"]?\b[\s\S]*\b(FOR UPDATE|LOCK IN SHARE MODE|FOR SHARE)\b/i;

/**
 * Watches every transaction of a MySQL/MariaDB data source while a spec drives writers, and
 * reports where one broke the lock order's two rules (subgraphs/scoring/lock-order.ts):
 * - a transaction that writes score entries, sheets or stored results takes the year's row lock
 *   (S or X: a locking read, or the year-wide writers' state_version UPDATE) as its first statement — before it, a plain read would fix the snapshot too early;
 * - no statement locks score entries row by row (the year and the sheets cover them).
 * SQLite has no row locks: nothing to watch there (violations() is always empty).
 */
export function observeLockOrder(db: DataSource): { violations: () => string[]; stop: () => void } {
  const found: string[] = [];
  if (!isMysql(db)) return { violations: () => found, stop: () => undefined };
  const open = new Map<QueryRunner, { first: string | null; writes: string | null }>();
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  const close = (runner: QueryRunner) => {
    const tx = open.get(runner);
    open.delete(runner);
    if (tx?.writes && !(tx.first && YEAR_LOCK.test(tx.first)))
      found.push(`writes "${tx.writes.slice(0, 80)}" but its first statement is "${(tx.first ?? '').slice(0, 120)}"`);
  };
  logger.logQuery = (query, parameters, runner) => {
    const sql = query.trim();
    if (runner) {
      if (/^START TRANSACTION/i.test(sql)) open.set(runner, { first: null, writes: null });
      else if (/^(COMMIT|ROLLBACK)/i.test(sql)) close(runner);
      else {
        const tx = open.get(runner);
        if (tx) {
          tx.first ??= sql;
          if (!tx.writes && ORDERED.test(sql)) tx.writes = sql;
        }
      }
    }
    if (ENTRY_LOCK.test(sql)) found.push(`locks score entries row by row: "${sql.slice(0, 160)}"`);
    return original(query, parameters, runner);
  };
  return {
    violations: () => found,
    stop: () => {
      logger.logQuery = original;
    },
  };
}
