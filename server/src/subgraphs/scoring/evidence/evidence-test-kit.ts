/**
 * Test helpers of the evidence specs: forcing an interleaving between a write's checks and its
 * transaction, and looking at what the disk storage holds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

type Transaction = (...args: unknown[]) => Promise<unknown>;

/**
 * Runs `first` to completion right before the next transaction of `db` opens (a write's own, after
 * its checks), as score-sheet's year-state spec does. Answers whether it ran.
 */
export function beforeNextTransaction(db: DataSource, first: () => Promise<unknown>): () => boolean {
  const holder = db as unknown as { transaction: Transaction };
  const original = db.transaction.bind(db) as Transaction;
  let ran = false;
  holder.transaction = async (...args: unknown[]) => {
    holder.transaction = original;
    await first();
    ran = true;
    return original(...args);
  };
  return () => ran;
}

/** Where DiskFileStorage keeps a file's bytes. */
export const storedPath = (root: string, id: string) => path.join(root, id.slice(0, 2), id.slice(2, 4), id);

/** Whether the disk storage holds bytes under that id. */
export const bytesStored = (root: string, id: string) => existsSync(storedPath(root, id));

/** Every file under the storage root (tmp included). */
export function storedFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}
