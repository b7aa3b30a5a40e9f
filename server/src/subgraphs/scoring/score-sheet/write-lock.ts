import type { DataSource, EntityManager } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection: two overlapping `db.transaction` calls make the
 * second BEGIN fail ("cannot start a transaction within a transaction"). Sheet writes on SQLite
 * therefore queue behind each other in-process; MySQL runs them concurrently on its pool and
 * the optimistic version check decides between them.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function writeTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => db.transaction(work));
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
