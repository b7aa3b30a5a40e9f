import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The one answer to "is this MySQL/MariaDB?" (the other database is SQLite through better-sqlite3).
 * Takes whatever the caller holds: the data source, a transaction's manager or a query runner.
 */
export function isMysql(source: DataSource | EntityManager | QueryRunner): boolean {
  const type = ('options' in source ? source : source.connection).options.type;
  return type === 'mysql' || type === 'mariadb';
}
