/**
 * Per-process cache of publishedResults payloads. A PUBLISHED year is terminal (the status
 * machine refuses every move out of it) and freezes everything its results are built from:
 * sheets, bands, caps, roster and groups. Only its name and deadlines may still be edited, which
 * bumps the year's updatedAt. So an entry is keyed by (provinceId, year) and checked against the
 * year's row (id, status, updatedAt, name, bands) read on every request: a stale entry can never be served, even
 * after a change made by another process. Entries are also dropped on any transition of their
 * year (year hook) and the least recently used go first when full. One cache per database.
 */
import type { DataSource } from 'typeorm';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { registerYearHooks } from '../assessment-year/year-hooks';
import { bumpYearResultsVersion } from './recompute.service';
import type { PublishedResults } from './results.types';

export const PUBLISHED_CACHE_MAX_ENTRIES = 16;

interface Entry {
  version: string;
  yearId: string;
  payload: Promise<PublishedResults>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(db: DataSource): Map<string, Entry> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/**
 * What the payload is built from on the year row, compared in full: updatedAt alone is not
 * enough (MySQL DATETIME keeps whole seconds, two edits may share one).
 */
export function publishedVersion(year: AssessmentYearEntity): string {
  return JSON.stringify([year.id, year.status, new Date(year.updatedAt).getTime(), year.name, year.bands, year.headRatings]);
}

/**
 * The cached payload of a PUBLISHED year, or `build()`'s (stored, concurrent callers share one
 * build). Anything but a PUBLISHED year is built every time and never stored.
 */
export function cachedPublished(
  db: DataSource,
  year: AssessmentYearEntity,
  build: () => Promise<PublishedResults>,
): Promise<PublishedResults> {
  if (year.status !== 'PUBLISHED') return build();
  const cache = cacheOf(db);
  const key = `${year.provinceUnitId}|${year.year}`;
  const version = publishedVersion(year);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Map order is insertion order: re-inserting marks the entry most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit.payload;
  }
  const payload = build();
  const entry: Entry = { version, yearId: year.id, payload };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > PUBLISHED_CACHE_MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // A failed build is not remembered.
  payload.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return payload;
}

/** Drops every entry of a year (any transition; also called by tests). */
export function invalidatePublished(db: DataSource, yearId: string): void {
  const cache = caches.get(db);
  if (!cache) return;
  for (const [key, entry] of cache) if (entry.yearId === yearId) cache.delete(key);
}

export function publishedCacheSize(db: DataSource): number {
  return caches.get(db)?.size ?? 0;
}

/** Registered once at load, next to the score sheets' hooks (scoring.subgraph.ts). */
export function registerResultsHooks(): void {
  registerYearHooks({
    afterTransition: [
      async (manager, _ctx, year) => {
        // Every sheet's shown status follows the year: each group's table changes.
        await bumpYearResultsVersion(manager, year.id);
        invalidatePublished(manager.connection, year.id);
      },
    ],
  });
}
