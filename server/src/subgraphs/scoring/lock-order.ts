/**
 * The one lock order of the scoring subgraph's writers, and the helpers that take its locks.
 *
 * On MySQL/MariaDB every transaction that writes score entries, sheets or stored results takes
 * its row locks in this order, each level in id order, never a lower level before a higher one:
 *
 *   1. the year row     X  a writer of the whole year or of a criteria set: settings, transitions,
 *                          roster, groups, sets, survey import, full recompute (getYearForUpdate);
 *                       S  a writer of some of its sheets: sheet actions, assessor records,
 *                          initiatives, inspections, report penalties, remediation (lockYearShared,
 *                          lockUnitSheetFirst). S locks do not wait for each other: sheet writers
 *                          run side by side and wait only for a year-wide writer, which waits for them.
 *   2. sheets           X  the sheets written (a sheet action's version UPDATE, lockUnitSheetFirst,
 *                          the recompute's loadSheets, lockGroupsWithSheets), in id (or unit id) order.
 *                          Beside a unit's sheet, after it: the unit's roster entry (lockRosterEntryFirst;
 *                          a report takes both, sheet first) and a report period (a penalty takes its
 *                          sheet, then the period; an edit of the period takes the period alone).
 *                          After a sheet: the evidence file rows its write attaches, in id order
 *                          (evidence-attach.ts; the sweep deletes one unattached row at a time).
 *   3. groups           X  the groups re-ranked (lockGroups, or the results_version bump the
 *                          recompute writes anyway), in id order.
 *   4. result rows      X  the groups' stored results, read with a locking read (the recompute's loadStored).
 *
 * Why this order: a sheet writer knows its sheet before its group, and a year-wide writer must
 * exclude every sheet writer at once. Taking the year first, as the transaction's FIRST statement,
 * also makes every later plain read current: InnoDB's REPEATABLE READ snapshot is taken at a
 * transaction's first plain (non-locking) read, and every writer of score entries holds the year
 * (S or X) and its sheets until it commits. So
 *   - under the year's X lock (taken first), nothing of the year's sheets can change: a year or
 *     groups recompute reads its 88,000 entries with a plain read, no shared lock per entry row
 *     (those cost ~100 ms of MariaDB CPU and, with their next-key ranges reaching a neighbouring
 *     sheet's entries, deadlocked against a writer holding that sheet's group);
 *   - under the year's S lock and its sheets' X locks (taken first), the sheets' entries are current.
 * A plain read before the first lock would fix the snapshot before writers that committed while
 * this one waited: lock first, read after.
 *
 * SQLite needs none of this: its transactions are exclusive (platform/database/sqlite-gate), and
 * every helper here is a no-op there.
 */
import type { EntityManager } from 'typeorm';
import { isMysql } from '../../platform/database/dialect';
import { chunks, placeholders } from '../../platform/database/in-list';

/** A locking read's suffix: X (MySQL/MariaDB); nothing on SQLite. Also a current read (not the snapshot). */
export const forUpdate = (manager: EntityManager): string => (isMysql(manager) ? ' FOR UPDATE' : '');

/** Rows per IN list: well under both databases' placeholder limits. */
const CHUNK = 400;
/** The ids once each, in id order, in IN-list runs: rows are locked in the order they are listed. */
const sortedChunks = (ids: readonly string[]): string[][] => chunks([...new Set(ids)].sort(), CHUNK);

/**
 * Level 1, X: the year row for a year-wide writer, as its first statement — an UPDATE that bumps
 * the year's state_version (a sheet action planned before it plans again: yearStateShared). On
 * SQLite too: there the bump is all it does.
 */
export async function lockYearForUpdate(manager: EntityManager, yearId: string): Promise<void> {
  await manager.query('UPDATE assessment_year SET state_version = state_version + 1 WHERE id = ?', [yearId]);
}

/**
 * Level 1, S, for a sheet action, as its first statement: the year's state_version under the
 * shared lock (MySQL/MariaDB; a plain read in SQLite's exclusive transaction), which the action
 * compares with the one it planned from. null when the year is gone.
 */
export async function yearStateShared(manager: EntityManager, yearId: string): Promise<number | null> {
  const rows = (await manager.query(
    `SELECT state_version FROM assessment_year WHERE id = ?${isMysql(manager) ? ' LOCK IN SHARE MODE' : ''}`,
    [yearId],
  )) as { state_version: number | string }[];
  return rows.length ? Number(rows[0].state_version) : null;
}

/**
 * Level 1, S: the year row, shared — a writer of some of the year's sheets, as its first statement.
 * Waits for a year-wide writer in progress, and holds the next one off until commit.
 */
export async function lockYearShared(manager: EntityManager, yearId: string): Promise<void> {
  if (!isMysql(manager)) return;
  await manager.query('SELECT id FROM assessment_year WHERE id = ? LOCK IN SHARE MODE', [yearId]);
}

/**
 * Level 1 (S) then 2 (X) for a writer of one unit's sheet-derived records (assessor records and
 * the leaf and results they feed, appraisal remediation items, report penalties): the year shared,
 * then the unit's sheet row, as the transaction's FIRST statements, before any read. Once they are
 * held every read sees what the previous writer committed — an "already applied" check, the records
 * a leaf sums, the entries a result is computed from. Locked after a read, the snapshot is older
 * than the lock: ten parallel clicks each wrote a penalty, or summed a leaf without the others'
 * records. No sheet, nothing locked but the year.
 */
export async function lockUnitSheetFirst(
  manager: EntityManager,
  where: { yearId: string; sheetId: string } | { yearId: string; unitId: string },
): Promise<void> {
  if (!('sheetId' in where)) return lockUnitSheetsFirst(manager, where.yearId, [where.unitId]);
  if (!isMysql(manager)) return;
  await lockYearShared(manager, where.yearId);
  await manager.query('SELECT id FROM score_sheet WHERE id = ? FOR UPDATE', [where.sheetId]);
}

/**
 * lockUnitSheetFirst for several units of a year (e.g. the two ends of a move): the year once, then
 * one unit's sheet at a time by unit id — two writers locking the same pair from opposite ends (a
 * move from A to B and one from B to A) queue on the first instead of each holding one and waiting
 * for the other. Locking reads take no snapshot: the first plain read still comes after every lock.
 */
export async function lockUnitSheetsFirst(manager: EntityManager, yearId: string, unitIds: readonly string[]): Promise<void> {
  if (!isMysql(manager)) return;
  await lockYearShared(manager, yearId);
  for (const unitId of [...new Set(unitIds)].sort())
    await manager.query('SELECT id FROM score_sheet WHERE year_id = ? AND unit_id = ? FOR UPDATE', [yearId, unitId]);
}

/**
 * Level 2: the unit's roster entry of the year (it exists whenever the unit may be managed, sheets
 * or not), before any plain read — first, or right after the unit's sheet: serialises checks across
 * a unit's rows, e.g. that two head terms do not overlap, or two first submissions of a report.
 */
export async function lockRosterEntryFirst(manager: EntityManager, yearId: string, unitId: string): Promise<void> {
  if (!isMysql(manager)) return;
  await manager.query('SELECT id FROM roster_entry WHERE year_id = ? AND unit_id = ? FOR UPDATE', [yearId, unitId]);
}

/**
 * Level 3: serialises the re-rankings of these groups: the group rows are locked, in id order,
 * before the group's stored results are read (then with a locking read, level 4). Two writes on
 * different units of one group each re-rank the whole group: without the lock, each read the
 * others' stored rows as they were before and the last to commit stored ranks computed without the
 * others' new indices (ten completions at once: 14 wrong ranks, or deadlocks). A sheet-scoped
 * recompute takes it with the results_version bump it writes anyway.
 */
export async function lockGroups(manager: EntityManager, groupIds: readonly string[]): Promise<void> {
  if (!isMysql(manager)) return;
  for (const part of sortedChunks(groupIds))
    await manager.query(`SELECT id FROM unit_group WHERE id IN (${placeholders(part.length)}) ORDER BY id FOR UPDATE`, part);
}

/**
 * Levels 2 and 3 for a caller that writes under the group lock before its recompute (a group's
 * own setting, a roster change), after its year lock: the groups' sheets, then the groups.
 */
export async function lockGroupsWithSheets(manager: EntityManager, yearId: string, groupIds: readonly string[]): Promise<void> {
  if (!isMysql(manager) || groupIds.length === 0) return;
  for (const part of sortedChunks(groupIds))
    await manager.query(`SELECT id FROM score_sheet WHERE year_id = ? AND group_id IN (${placeholders(part.length)}) FOR UPDATE`, [
      yearId,
      ...part,
    ]);
  await lockGroups(manager, groupIds);
}
