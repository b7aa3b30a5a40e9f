import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** Which database the storage suites run on: DB_KIND=mysql or sqlite (default). */
export const TEST_DB_KIND: 'sqlite' | 'mysql' = process.env.DB_KIND === 'mysql' ? 'mysql' : 'sqlite';

export const MYSQL_ADMIN_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, empty database per test file: an in-memory SQLite, or a throwaway MySQL schema
 * (utf8mb4) so files can run in parallel and leave nothing behind.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB_KIND === 'sqlite') return { url: 'sqlite::memory:', drop: async () => undefined };
  const name = `par_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(MYSQL_ADMIN_URL);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(MYSQL_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const conn = await createConnection(MYSQL_ADMIN_URL);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
