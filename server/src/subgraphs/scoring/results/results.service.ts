import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  classify,
  computeSheetResult,
  headRatingFor,
  rankUnits,
  type CriteriaNode,
  type NodeResult,
  type SheetEntry,
  type SheetResult,
} from '../../../domain/scoring';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import type { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import type { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitResultEntity, type ComponentResult } from './unit-result.entity';

/** Sheets count in the ranking once appraised; earlier indices are shown as provisional. */
export const RANKABLE_STATES: readonly string[] = ['APPRAISED', 'APPROVED'];

export function toCriteriaNodes(nodes: readonly CriteriaNodeEntity[]): CriteriaNode[] {
  return nodes.map((n) => ({
    id: n.id,
    parentId: n.parentId,
    code: n.code,
    title: n.title,
    maxPoints: n.maxPoints,
    section: n.section,
    allowNotApplicable: n.allowNotApplicable,
    method: n.method,
    params: n.params,
    sortOrder: n.sortOrder,
  }));
}

export function toSheetEntries(entries: readonly ScoreEntryEntity[]): SheetEntry[] {
  return entries.map((e) => ({
    nodeId: e.criterionId,
    selfPoints: e.selfPoints,
    round1Points: e.round1Points,
    round2Points: e.round2Points,
    notApplicable: e.notApplicable,
    surveyPoints: e.surveyPoints,
  }));
}

export function computeResult(
  year: AssessmentYearEntity,
  nodes: readonly CriteriaNodeEntity[],
  entries: readonly ScoreEntryEntity[],
): SheetResult {
  return computeSheetResult(toCriteriaNodes(nodes), toSheetEntries(entries), { bonusCap: year.bonusCap, penaltyCap: year.penaltyCap });
}

function component(n: NodeResult): ComponentResult {
  return {
    nodeId: n.nodeId,
    code: n.code,
    title: n.title,
    maxPoints: n.maxPoints,
    maxApplicable: n.maxApplicable,
    selfPoints: n.selfPoints,
    finalPoints: n.finalPoints,
    index: n.index,
    selfIndex: n.selfIndex,
  };
}

export type ResultFields = Omit<
  UnitResultEntity,
  'id' | 'yearId' | 'unitId' | 'sheetId' | 'groupId' | 'assessorUnitId' | 'unitName' | 'rankInGroup' | 'rankInAssessor' | 'computedAt'
>;

/** The stored figures of a computed result (classification and head rating from the year's bands). */
export function resultFields(year: AssessmentYearEntity, sheetStatus: string, result: SheetResult): ResultFields {
  const band = result.index === null ? null : classify(result.index, year.bands);
  return {
    maxApplicable: result.maxApplicable,
    selfTotal: result.self.total,
    appraisedTotal: result.final.total,
    surveyPoints: result.final.survey,
    bonusPoints: result.final.bonus,
    penaltyPoints: result.final.penalty,
    index: result.index,
    selfIndex: result.selfIndex,
    gapPoints: result.gap.points,
    gapIndex: result.gap.index,
    areas: result.areas.map(component),
    criteria: result.criteria.map(component),
    leafTotal: result.progress.total,
    selfFilled: result.progress.selfFilled,
    appraisedFilled: result.progress.appraised,
    rankable: RANKABLE_STATES.includes(sheetStatus) && result.index !== null,
    classificationCode: band?.code ?? null,
    headRatingCode: band ? (headRatingFor(band.code, year.headRatings)?.code ?? null) : null,
  };
}

/**
 * Recomputes and stores one sheet's result, then the ranks of its group. Runs inside the
 * caller's transaction so a score change and its result commit together.
 */
export async function recomputeSheetResult(
  manager: EntityManager,
  year: AssessmentYearEntity,
  sheet: ScoreSheetEntity,
  nodes: readonly CriteriaNodeEntity[],
  entries: readonly ScoreEntryEntity[],
  options: { rerank?: boolean } = {},
): Promise<UnitResultEntity> {
  const result = computeResult(year, nodes, entries);
  const repo = manager.getRepository(UnitResultEntity);
  const existing = await repo.findOneBy({ sheetId: sheet.id });
  const row = repo.create({
    id: existing?.id ?? randomUUID(),
    yearId: sheet.yearId,
    unitId: sheet.unitId,
    sheetId: sheet.id,
    groupId: sheet.groupId,
    assessorUnitId: sheet.assessorUnitId,
    unitName: sheet.unitName,
    ...resultFields(year, sheet.status, result),
    rankInGroup: existing?.rankInGroup ?? null,
    rankInAssessor: existing?.rankInAssessor ?? null,
    computedAt: new Date(),
  });
  await repo.save(row);
  if (options.rerank !== false) await rerankGroups(manager, sheet.yearId, [sheet.groupId]);
  return row;
}

/**
 * Ranks per group and per (group, assessor): descending index, 1, 2, 2, 4 (domain rankUnits).
 * Only rows whose rank changed are written, a few hundred per statement.
 */
export async function rerankGroups(manager: EntityManager, yearId: string, groupIds: readonly string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const repo = manager.getRepository(UnitResultEntity);
  const rows = await repo.find({
    where: { yearId, groupId: In([...new Set(groupIds)]) },
    select: {
      id: true,
      groupId: true,
      assessorUnitId: true,
      unitName: true,
      unitId: true,
      index: true,
      rankable: true,
      rankInGroup: true,
      rankInAssessor: true,
    },
  });
  const next = new Map<string, { group: number | null; assessor: number | null }>(rows.map((r) => [r.id, { group: null, assessor: null }]));
  const blocks = (keyOf: (r: UnitResultEntity) => string) => {
    const map = new Map<string, UnitResultEntity[]>();
    for (const r of rows.filter((row) => row.rankable)) map.set(keyOf(r), [...(map.get(keyOf(r)) ?? []), r]);
    return map.values();
  };
  for (const block of blocks((r) => r.groupId)) {
    for (const ranked of rankUnits(block.map((r) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index, row: r })))) {
      next.get(ranked.item.row.id)!.group = ranked.rank;
    }
  }
  for (const block of blocks((r) => `${r.groupId}|${r.assessorUnitId}`)) {
    for (const ranked of rankUnits(block.map((r) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index, row: r })))) {
      next.get(ranked.item.row.id)!.assessor = ranked.rank;
    }
  }
  const changed = rows.flatMap((r) => {
    const n = next.get(r.id)!;
    return n.group !== r.rankInGroup || n.assessor !== r.rankInAssessor ? [{ id: r.id, ...n }] : [];
  });
  // One UPDATE per chunk, not per row: a unit entering or leaving a ranking shifts everyone below it.
  for (let i = 0; i < changed.length; i += RANK_CHUNK) {
    const chunk = changed.slice(i, i + RANK_CHUNK);
    const ids = Object.fromEntries(chunk.map((c, j) => [`r${j}`, c.id]));
    const rankCase = (rank: (c: (typeof chunk)[number]) => number | null) =>
      `CASE id ${chunk.map((c, j) => `WHEN :r${j} THEN ${rankSql(rank(c))}`).join(' ')} END`;
    await manager
      .createQueryBuilder()
      .update(UnitResultEntity)
      .set({ rankInGroup: () => rankCase((c) => c.group), rankInAssessor: () => rankCase((c) => c.assessor) })
      .where(`id IN (${chunk.map((_, j) => `:r${j}`).join(', ')})`, ids)
      .execute();
  }
}

/** Rows per rank UPDATE (each id is bound three times: well under both databases' placeholder limits). */
const RANK_CHUNK = 300;

/** Ranks are integers computed here, never user input: written into the statement as literals. */
function rankSql(rank: number | null): string {
  if (rank === null) return 'NULL';
  if (!Number.isInteger(rank)) throw new Error(`rank must be an integer, got ${rank}`);
  return String(rank);
}
