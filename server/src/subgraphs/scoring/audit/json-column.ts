import type { ValueTransformer } from 'typeorm';

/**
 * A value's JSON text made once by its writer (an audit snapshot, compared and then stored): the
 * JSON columns store it as it is instead of serialising the value again.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return value;
  return value instanceof JsonText ? value.text : JSON.stringify(value);
}

/**
 * Small structured values (bands, id lists, method params, audit snapshots) are stored as JSON
 * in TEXT columns: MySQL's JSON type and SQLite's lack of one would otherwise make the same
 * migration impossible, and none of these values is ever queried inside.
 */
export function jsonColumn<T>(fallback: () => T): ValueTransformer {
  return {
    to: toJson,
    from: (value: string | null | undefined): T =>
      value === null || value === undefined || value === '' ? fallback() : (JSON.parse(value) as T),
  };
}

/** Nullable JSON: NULL stays null (e.g. "no snapshot before creation" in the audit trail). */
export const nullableJsonColumn: ValueTransformer = {
  to: toJson,
  from: (value: string | null | undefined): unknown => (value === null || value === undefined ? null : JSON.parse(value)),
};
