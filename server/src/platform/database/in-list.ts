/** `?, ?, ?` — n positional placeholders, for an IN list or a row's VALUES tuple. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * The items in runs of at most `size`, in the order given: one IN list or multi-row statement per
 * run, each well under both databases' placeholder limits (SQLite 32,766, MySQL 65,535).
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
