import type { ValueTransformer } from 'typeorm';

/**
 * Points live as integer hundredths in the domain and as DECIMAL(6,2) in the database.
 * MySQL returns DECIMAL as a string; SQLite as a number. Both become exact integers here.
 */
export const hundredthsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : (value / 100).toFixed(2)),
  from: (value: string | number | null) => (value === null || value === undefined ? value : Math.round(Number(value) * 100)),
};

/** Calendar dates ("YYYY-MM-DD") are plain strings: no time zone can shift them. */
export const DATE_LENGTH = 10;
