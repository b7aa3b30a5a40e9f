import type { DataSource, EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrgDatabase } from '../../subgraphs/org/org.subgraph';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../testing/test-database';
import { isDeadlock, transactionRetryingDeadlocks } from './deadlock-retry';

// A real InnoDB deadlock: two transactions lock the same two rows in opposite orders, each waiting
// for the other once both hold their first. MariaDB rolls one back as the victim.
describe.runIf(TEST_DB_KIND === 'mysql')('transactionRetryingDeadlocks (mysql)', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openOrgDatabase(database.url);
    await db.query('CREATE TABLE deadlock_probe (id INT PRIMARY KEY, hits INT NOT NULL)');
    await db.query('INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** Both transactions hold their first row before either asks for its second (on their first attempt). */
  function crossedPair(run: (work: (manager: EntityManager) => Promise<void>) => Promise<void>) {
    let arrived = 0;
    let release!: () => void;
    const bothHoldFirst = new Promise<void>((resolve) => (release = resolve));
    const attempts = [0, 0];
    const side = (i: number, first: number, second: number) =>
      run(async (manager) => {
        attempts[i] += 1;
        await manager.query('UPDATE deadlock_probe SET hits = hits + 1 WHERE id = ?', [first]);
        if (attempts[i] === 1) {
          arrived += 1;
          if (arrived === 2) release();
          await bothHoldFirst;
        }
        await manager.query('UPDATE deadlock_probe SET hits = hits + 1 WHERE id = ?', [second]);
      });
    return { settled: Promise.allSettled([side(0, 1, 2), side(1, 2, 1)]), attempts };
  }

  it('a plain transaction pair deadlocks (the probe works): one side fails with errno 1213', async () => {
    const { settled } = crossedPair((work) => db.transaction(work));
    const results = await settled;
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures).toHaveLength(1);
    expect(isDeadlock((failures[0] as PromiseRejectedResult).reason)).toBe(true);
  });

  it('with the retry both land, the victim once more, and each row counts every committed update once', async () => {
    const [before] = await db.query('SELECT SUM(hits) AS total FROM deadlock_probe');
    const { settled, attempts } = crossedPair((work) => transactionRetryingDeadlocks(db, work));
    expect((await settled).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect([...attempts].sort()).toEqual([1, 2]);
    const [after] = await db.query('SELECT SUM(hits) AS total FROM deadlock_probe');
    // The victim's first attempt was rolled back whole: four updates committed, not five.
    expect(Number(after.total) - Number(before.total)).toBe(4);
  });

  it('other errors are not retried', async () => {
    let runs = 0;
    await expect(
      transactionRetryingDeadlocks(db, async (manager) => {
        runs += 1;
        await manager.query('SELECT * FROM no_such_table');
      }),
    ).rejects.toThrow();
    expect(runs).toBe(1);
  });
});

describe('isDeadlock', () => {
  it('knows errno 1213 however it is wrapped, and nothing else', () => {
    expect(isDeadlock({ errno: 1213 })).toBe(true);
    expect(isDeadlock({ driverError: { code: 'ER_LOCK_DEADLOCK' } })).toBe(true);
    expect(isDeadlock({ errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' })).toBe(false);
    expect(isDeadlock(new Error('x'))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });
});
