import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { openOrgDatabase } from '../../subgraphs/org/org.subgraph';
import { insertUnit, OrgUnitKind } from '../../testing/fixtures';
import { MYSQL_ADMIN_URL, TEST_DB_KIND } from '../../testing/test-database';

describe(`database (${TEST_DB_KIND})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('runs migrations on open, twice without harm, and keeps Vietnamese text intact', async () => {
    let url = 'sqlite::memory:';
    if (TEST_DB_KIND === 'mysql') {
      // A database created with a legacy default charset must still end up utf8mb4.
      const name = `par_t_latin_${process.pid}`;
      const admin = await createConnection(MYSQL_ADMIN_URL);
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET latin1`);
      await admin.end();
      const parsed = new URL(MYSQL_ADMIN_URL);
      parsed.pathname = `/${name}`;
      url = parsed.toString();
      cleanups.push(async () => {
        const conn = await createConnection(MYSQL_ADMIN_URL);
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      });
    }
    const db = await openOrgDatabase(url);
    try {
      const name = 'Đặc khu Vân Đồn — Phường Hạ Long ửỡợ 🌊';
      const unit = await insertUnit(db, { name, kind: OrgUnitKind.COMMUNE, code: '06994' });
      const [row] = await db.query('SELECT name FROM org_unit WHERE id = ?', [unit.id]);
      expect(row.name).toBe(name);
      if (TEST_DB_KIND === 'mysql') {
        const [table] = await db.query(
          "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'org_unit'",
        );
        expect(table.collation).toMatch(/^utf8mb4/);
      }
      expect(await db.showMigrations()).toBe(false);
      await db.runMigrations();
      const [applied] = await db.query('SELECT COUNT(*) AS n FROM org_migrations');
      expect(Number(applied.n)).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });
});
