import type { ValueTransformer } from 'typeorm';

/**
 * Small structured values (bands, id lists, method params, audit snapshots) are stored as JSON
 * in TEXT columns: MySQL's JSON type and SQLite's lack of one would otherwise make the same
 * migration impossible, and none of these values is ever queried inside.
 */
export function jsonColumn<T>(fallback: () => T): ValueTransformer {
  return {
    to: (value: T | null | undefined) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
    from: (value: string | null | undefined): T =>
      value === null || value === undefined || value === '' ? fallback() : (JSON.parse(value) as T),
  };
}

/** Nullable JSON: NULL stays null (e.g. "no snapshot before creation" in the audit trail). */
export const nullableJsonColumn: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : value === null ? null : JSON.stringify(value)),
  from: (value: string | null | undefined): unknown => (value === null || value === undefined ? null : JSON.parse(value)),
};
