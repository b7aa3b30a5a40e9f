import { In, type DataSource, type EntityManager } from 'typeorm';
import { RosterEntryEntity } from './roster-entry.entity';

/** How many generations of predecessors a lineage follows (the 2025 merges are one). */
const MAX_GENERATIONS = 6;

export interface LineageEntry {
  roster: RosterEntryEntity;
  /**
   * For a predecessor's entry, the unit's own entries whose frozen predecessors lead to it (the
   * years that named the merge); empty for the unit's own entries.
   */
  via: RosterEntryEntity[];
}

/**
 * A unit's roster entries of every year and, through the predecessors each year's roster froze
 * (predecessorUnitIds, 2025 reorganisation), those of the units it was formed from and of theirs:
 * a bounded breadth-first walk, one statement per generation.
 */
export async function rosterLineage(db: DataSource | EntityManager, unitId: string): Promise<LineageEntry[]> {
  const repo = db.getRepository(RosterEntryEntity);
  const seen = new Set<string>([unitId]);
  const viaOf = new Map<string, RosterEntryEntity[]>([[unitId, []]]);
  const lineage: LineageEntry[] = [];
  let frontier = [unitId];
  for (let depth = 0; depth < MAX_GENERATIONS && frontier.length > 0; depth++) {
    const rows = await repo.findBy({ unitId: In(frontier) });
    const next = new Map<string, RosterEntryEntity[]>();
    for (const roster of rows) {
      const via = viaOf.get(roster.unitId) ?? [];
      lineage.push({ roster, via });
      for (const id of roster.predecessorUnitIds)
        if (!seen.has(id)) next.set(id, [...(next.get(id) ?? []), ...(depth === 0 ? [roster] : via)]);
    }
    for (const [id, via] of next) {
      seen.add(id);
      viaOf.set(id, via);
    }
    frontier = [...next.keys()];
  }
  return lineage;
}
