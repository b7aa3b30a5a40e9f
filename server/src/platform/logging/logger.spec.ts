import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../testing/test-database';
import { openOrgDatabase } from '../../subgraphs/org/org.subgraph';
import { createLogger } from './logger';

/** Issue 7, item 10: one anonymous request wrote a 1.9 MB log line of SQL parameters. */
describe(`database errors in the log (${TEST_DB_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openOrgDatabase(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  function capture() {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    return { log: createLogger('info', 'test', sink), lines };
  }

  it('a failed statement is logged with its placeholders and code, never its parameter values', async () => {
    const secret = 'GIA-TRI-BI-MAT-'.repeat(20_000); // 300 KB, as a hostile request would send
    const insert = () =>
      db.query('INSERT INTO sign_in_address (address, attempts, window_started_at) VALUES (?, ?, ?)', [
        'dia-chi-trung',
        1,
        '2026-01-01 00:00:00',
      ]);
    await insert();
    const { log, lines } = capture();
    // One statement at a time: started together, a MySQL pool fails the later ones while the first is still
    // awaited, and a rejection nobody handles yet is an unhandled rejection for vitest (a red run with every test green).
    for (const statement of [
      insert, // duplicate key: the database's message quotes the value
      () => db.query('SELECT * FROM app_user WHERE full_name = ? AND no_such_column = ?', [secret, secret]),
      () =>
        db.query('INSERT INTO sign_in_address (address, attempts, window_started_at) VALUES (?, ?, ?)', [
          `${secret}-dia-chi-trung`,
          1,
          null,
        ]),
    ]) {
      const error = await statement().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      log.error({ err: error }, 'unexpected error');
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain('GIA-TRI-BI-MAT');
      expect(line).not.toContain('dia-chi-trung');
      expect(line.length).toBeLessThan(12_000);
      const entry = JSON.parse(line) as { err: { query?: string; parameterCount?: number; message: string } };
      expect(entry.err.message.length).toBeGreaterThan(0);
      expect(entry.err.query).toMatch(/\?/);
      expect(entry.err.parameterCount).toBeGreaterThan(0);
    }
  });
});
