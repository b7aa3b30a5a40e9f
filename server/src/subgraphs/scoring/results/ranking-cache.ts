/**
 * Per-process cache of a group's stored ranking table — the raw rows a ranking is shaped from
 * (results without the per-criterion JSON, roster columns, sheet states) — keyed by group and
 * checked against the group's results_version, which every write that changes what a ranking
 * shows bumps in its own transaction (recomputeResults, roster changes, year transitions). A
 * reader compares the version it has just read with the entry's: a stale table is never served,
 * even after a change made by another process. The table is unshaped: every request shapes it
 * for its caller (results.read: who sees which row, index, rank, classification), so nothing
 * provisional is ever served from here to someone not allowed to see it. Entries are read-only
 * once built (shared by concurrent requests); the least recently used go first when full.
 */
import type { DataSource } from 'typeorm';
import { clearResponseCaches } from '../../../platform/http/response-cache';
import type { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { UnitGroupEntity } from '../unit-group/unit-group.entity';
import type { UnitResultEntity } from './unit-result.entity';

export const RANKING_CACHE_MAX_GROUPS = 64;

export interface RankingTable<R extends Partial<UnitResultEntity> = Partial<UnitResultEntity>> {
  readonly results: readonly R[];
  readonly roster: readonly Pick<RosterEntryEntity, 'unitId' | 'unitCode' | 'assessorUnitId' | 'assessorUnitName' | 'parentDistrictId'>[];
  readonly sheets: readonly Pick<ScoreSheetEntity, 'id' | 'status'>[];
}

interface Entry {
  version: number;
  table: Promise<RankingTable>;
}

const caches = new WeakMap<DataSource, Map<string, Entry>>();
function cacheOf(db: DataSource): Map<string, Entry> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/**
 * The group's table at the results version just read with the group row (`group.resultsVersion`),
 * from cache or from `load()` (concurrent callers share one load; a failed load is not kept).
 */
export function cachedRankingTable<R extends Partial<UnitResultEntity>>(
  db: DataSource,
  group: Pick<UnitGroupEntity, 'id' | 'resultsVersion'>,
  load: () => Promise<RankingTable<R>>,
): Promise<RankingTable<R>> {
  // A group row read without its version (a partial select) cannot be checked: read, never cached.
  if (typeof group.resultsVersion !== 'number') return load();
  const cache = cacheOf(db);
  const hit = cache.get(group.id);
  if (hit && hit.version === group.resultsVersion) {
    // Map order is insertion order: re-inserting marks the entry most recently used.
    cache.delete(group.id);
    cache.set(group.id, hit);
    return hit.table as Promise<RankingTable<R>>;
  }
  const table = load();
  const entry: Entry = { version: group.resultsVersion, table };
  cache.delete(group.id);
  cache.set(group.id, entry);
  while (cache.size > RANKING_CACHE_MAX_GROUPS) cache.delete(cache.keys().next().value!);
  table.catch(() => {
    if (cache.get(group.id) === entry) cache.delete(group.id);
  });
  return table;
}

/** For tests: how many group tables are held, and a way to read without them. */
export function rankingCacheSize(db: DataSource): number {
  return caches.get(db)?.size ?? 0;
}
export function clearRankingCache(db: DataSource): void {
  caches.get(db)?.clear();
  // …and the answers serialised from them (a read after this one builds everything afresh).
  clearResponseCaches(db);
}
