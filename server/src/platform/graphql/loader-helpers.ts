/**
 * DataLoader batch functions must answer in the order of the keys they were given, with an
 * entry for every key; these two turn the rows of one `IN (…)` query into that shape.
 */

/** One row (or null) per key. */
export function oneByKey<T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[]): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows per key (an empty list for a key without rows), keeping the rows' order. */
export function manyByKey<T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
