import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isMysql } from './dialect';
import { placeholders } from './in-list';

/** Placeholders per statement: under SQLite's 32,766 and MySQL's 65,535. */
const MAX_PLACEHOLDERS = 30_000;

/**
 * A multi-row INSERT, or an upsert on the primary key when `updateOnConflict` names the columns
 * an existing row takes from the new one, written as one plain statement per chunk from the
 * entity's column metadata. Each value goes through the driver's persistence preparation (the
 * column's transformer, booleans, dates) exactly as TypeORM's insert query builder does, without
 * the builder's per-parameter bookkeeping, which grows with rows × columns (issue 9: building the
 * entry upsert and the audit insert of an 82-leaf save took ~15 ms of CPU). Generated columns
 * (auto-increment ids) are left to the database; every other column must be set on every row.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  options: { updateOnConflict?: readonly string[]; rowsPerStatement?: number } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const { connection } = manager;
  const metadata = connection.getMetadata(target);
  const driver = connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated);
  const tuple = `(${placeholders(columns.length)})`;
  let conflict = '';
  if (options.updateOnConflict?.length) {
    const set = options.updateOnConflict.map((name) => driver.escape(name));
    conflict = !isMysql(connection)
      ? ` ON CONFLICT (${metadata.primaryColumns.map((c) => driver.escape(c.databaseName)).join(', ')}) DO UPDATE SET ${set.map((c) => `${c} = excluded.${c}`).join(', ')}`
      : ` ON DUPLICATE KEY UPDATE ${set.map((c) => `${c} = VALUES(${c})`).join(', ')}`;
  }
  const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const perStatement = Math.max(1, Math.min(options.rowsPerStatement ?? Infinity, Math.floor(MAX_PLACEHOLDERS / columns.length)));
  for (let from = 0; from < rows.length; from += perStatement) {
    const part = rows.slice(from, from + perStatement);
    const params: unknown[] = [];
    for (const row of part)
      for (const column of columns) {
        const value: unknown = column.getEntityValue(row);
        if (value === undefined) throw new Error(`insertRows: ${metadata.tableName}.${column.databaseName} is not set`);
        params.push(driver.preparePersistentValue(value, column));
      }
    await manager.query(head + part.map(() => tuple).join(', ') + conflict, params);
  }
}
