import type { DataSource } from 'typeorm';

/**
 * Forces an interleaving for a "decided before the transaction" spec: `first` runs to completion
 * right before the next transaction the database opens (the writer's, after its plan), so a change
 * it commits lands between the writer's reads and its transaction. Returns whether it ran.
 */
export function beforeNextTransaction(db: DataSource, first: () => Promise<unknown>): () => boolean {
  const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let ran = false;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = async (...args: unknown[]) => {
    (db as unknown as { transaction: unknown }).transaction = original;
    await first();
    ran = true;
    return original(...args);
  };
  return () => ran;
}
