import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { computeResult, resultFields } from '../results/results.service';
import { UnitResultEntity } from '../results/unit-result.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { lockYearShared } from '../lock-order';
import { ScoreSheetEntity } from './score-sheet.entity';

const CHUNK = 200;

/**
 * Creates the missing DRAFT sheets (and their empty results) for every roster unit of a year.
 * Idempotent: call it in the transaction that opens self-assessment, and again after roster
 * changes; the read paths also call it for years past PLANNING so a sheet always exists.
 * Returns the number of sheets created.
 */
export async function createSheetsForYear(manager: EntityManager | DataSource, yearId: string): Promise<number> {
  // Cheap check first: the read paths call this on every list. Sheets leave only with their
  // roster entry (year hooks), so equal counts mean nothing is missing.
  const [rosterCount, sheetCount] = await Promise.all([
    manager.getRepository(RosterEntryEntity).countBy({ yearId }),
    manager.getRepository(ScoreSheetEntity).countBy({ yearId }),
  ]);
  if (rosterCount === sheetCount) return 0;
  const year = await manager.getRepository(AssessmentYearEntity).findOneBy({ id: yearId });
  if (!year) return 0;
  const [roster, existing] = await Promise.all([
    manager.getRepository(RosterEntryEntity).findBy({ yearId }),
    manager.getRepository(ScoreSheetEntity).find({ where: { yearId }, select: { id: true, unitId: true } }),
  ]);
  const have = new Set(existing.map((s) => s.unitId));
  const missing = roster.filter((r) => !have.has(r.unitId));
  if (missing.length === 0) return 0;
  const [nodes, groups] = await Promise.all([
    manager.getRepository(CriteriaNodeEntity).findBy({ yearId }),
    manager.getRepository(UnitGroupEntity).find({ where: { yearId }, select: { id: true, bonusPenaltyDefaultZero: true } }),
  ]);
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const nodesByGroup = new Map<string, CriteriaNodeEntity[]>();
  for (const n of nodes) nodesByGroup.set(n.groupId, [...(nodesByGroup.get(n.groupId) ?? []), n]);
  const now = new Date();
  const sheets: ScoreSheetEntity[] = [];
  const results: UnitResultEntity[] = [];
  for (const r of missing) {
    const sheet = manager.getRepository(ScoreSheetEntity).create({
      id: randomUUID(),
      yearId,
      unitId: r.unitId,
      rosterEntryId: r.id,
      groupId: r.groupId,
      assessorUnitId: r.assessorUnitId,
      districtUnitId: r.parentDistrictId,
      unitName: r.unitName,
      status: 'DRAFT',
      version: 1,
      submittedAt: null,
      submittedBy: null,
      approvedAt: null,
      approvedBy: null,
      lockedAt: null,
      lockedBy: null,
      explanationRound: false,
    });
    sheets.push(sheet);
    const result = computeResult(
      year,
      groupById.get(r.groupId) ?? { bonusPenaltyDefaultZero: false },
      nodesByGroup.get(r.groupId) ?? [],
      [],
    );
    results.push(
      manager.getRepository(UnitResultEntity).create({
        id: randomUUID(),
        yearId,
        unitId: r.unitId,
        sheetId: sheet.id,
        groupId: r.groupId,
        assessorUnitId: r.assessorUnitId,
        unitName: r.unitName,
        // The same figures a recompute gives (classification included): stored results always
        // equal a recompute; who may see them is decided when they are read.
        ...resultFields(year, 'DRAFT', result),
        rankInGroup: null,
        rankInAssessor: null,
        computedAt: now,
      }),
    );
  }
  for (let i = 0; i < sheets.length; i += CHUNK) await manager.getRepository(ScoreSheetEntity).insert(sheets.slice(i, i + CHUNK));
  for (let i = 0; i < results.length; i += CHUNK) await manager.getRepository(UnitResultEntity).insert(results.slice(i, i + CHUNK));
  return sheets.length;
}

/**
 * For read paths: creates missing sheets in their own (serialized, on SQLite) transaction. Two
 * requests racing to create the same sheets collide on the unique (year, unit) index; the loser
 * finds them created and carries on.
 */
export async function ensureSheetsForYear(db: DataSource, yearId: string): Promise<void> {
  const [rosterCount, sheetCount] = await Promise.all([
    db.getRepository(RosterEntryEntity).countBy({ yearId }),
    db.getRepository(ScoreSheetEntity).countBy({ yearId }),
  ]);
  if (rosterCount === sheetCount) return;
  try {
    await db.transaction(async (manager) => {
      // A writer of sheets and results: the year shared first (lock-order), as every sheet writer.
      await lockYearShared(manager, yearId);
      return createSheetsForYear(manager, yearId);
    });
  } catch (error) {
    const sheetsNow = await db.getRepository(ScoreSheetEntity).countBy({ yearId });
    if (sheetsNow !== rosterCount) throw error;
  }
}
