import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { reuseMysqlPromiseWrappers } from './mysql-promise-wrappers';
import { installSqliteGate } from './sqlite-gate';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';

export type DatabaseKind = 'sqlite' | 'mysql';

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith('mysql://') ? 'mysql' : 'sqlite';
}

export interface DataSourceSpec {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Each subgraph owns its tables and keeps its own migration history. */
  migrationsTableName: string;
  logging?: boolean;
}

function sqliteFile(url: string): string {
  const file = url.slice('sqlite:'.length) || ':memory:';
  return file === ':memory:' ? file : path.resolve(file);
}

export function dataSourceOptions(spec: DataSourceSpec): DataSourceOptions {
  const common = {
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: spec.migrationsTableName,
    synchronize: false,
    logging: spec.logging ?? false,
  };
  if (databaseKind(spec.url) === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: spec.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // DECIMAL columns come back as strings; the column transformers turn them into hundredths.
      supportBigNumbers: true,
      // trace: false — mysql2 otherwise captures a stack trace (Error.captureStackTrace) for every
      // statement sent through its promise API, which TypeORM uses, to decorate a possible error;
      // TypeORM wraps any driver error in its own QueryFailedError raised at the awaiting caller, so
      // the capture bought nothing and cost ~0.5 ms of CPU per whole-sheet save (~19 statements).
      extra: { connectionLimit: 10, trace: false },
    };
  }
  const file = sqliteFile(spec.url);
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    enableWAL: file !== ':memory:',
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/** Opens the database and brings its schema up to date (migrations run on every start). */
export async function openDatabase(spec: DataSourceSpec): Promise<DataSource> {
  if (databaseKind(spec.url) === 'mysql') reuseMysqlPromiseWrappers();
  const dataSource = new DataSource(dataSourceOptions(spec));
  await dataSource.initialize();
  if (databaseKind(spec.url) === 'mysql') await ensureUtf8mb4(dataSource);
  else installSqliteGate(dataSource, sqliteFile(spec.url));
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * Tables take the database's default character set; a server whose default is latin1 or
 * 3-byte utf8 would mangle Vietnamese names, so the database is switched to utf8mb4 first.
 */
async function ensureUtf8mb4(dataSource: DataSource): Promise<void> {
  const rows: { charset: string }[] = await dataSource.query(
    'SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()',
  );
  if (rows[0]?.charset !== 'utf8mb4') await dataSource.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
}
