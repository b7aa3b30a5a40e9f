import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * SQLite allows one writer, and TypeORM's better-sqlite3 driver gives a DataSource one shared
 * connection: two requests' transactions would interleave on it (the second BEGIN becomes a
 * SAVEPOINT inside the first), and a second DataSource on the same file (the other subgraph in
 * `pnpm start`) would block the event loop on SQLite's busy lock. The gate makes every
 * transaction on a file exclusive within the process, and holds back other statements while
 * one runs; the transaction's own statements are recognised through AsyncLocalStorage.
 */
export class SqliteGate {
  private readonly context = new AsyncLocalStorage<symbol>();
  private owner: symbol | null = null;
  private tail: Promise<void> = Promise.resolve();

  /** Runs `work` alone (re-entrant for the transaction that already holds the gate). */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.owner !== null && this.context.getStore() === this.owner) return work();
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const token = Symbol('sqlite-transaction');
    this.owner = token;
    try {
      return await this.context.run(token, work);
    } finally {
      this.owner = null;
      release();
    }
  }

  /** Waits until no other transaction holds the gate (statements outside transactions). */
  async turn(): Promise<void> {
    while (this.owner !== null && this.context.getStore() !== this.owner) await this.tail;
  }
}

const gatesByFile = new Map<string, SqliteGate>();

function gateFor(file: string): SqliteGate {
  if (file === ':memory:') return new SqliteGate(); // each in-memory database is private to its DataSource
  let gate = gatesByFile.get(file);
  if (!gate) gatesByFile.set(file, (gate = new SqliteGate()));
  return gate;
}

type ManagerMethod = 'transaction' | 'save' | 'remove' | 'softRemove' | 'recover';
/** Methods that open a transaction of their own when called outside one. */
const TRANSACTIONAL_METHODS: ManagerMethod[] = ['transaction', 'save', 'remove', 'softRemove', 'recover'];

export function installSqliteGate(dataSource: DataSource, file: string): SqliteGate {
  const gate = gateFor(file);
  const manager = dataSource.manager as unknown as Record<ManagerMethod, (...args: unknown[]) => Promise<unknown>>;
  for (const method of TRANSACTIONAL_METHODS) {
    const original = manager[method].bind(manager);
    manager[method] = (...args: unknown[]) => gate.exclusive(() => original(...args));
  }
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  (runner as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
    await gate.turn();
    return query(...args);
  };
  return gate;
}
