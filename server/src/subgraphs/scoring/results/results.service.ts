import type { EntityManager } from 'typeorm';
import {
  classify,
  computeSheetResult,
  headRatingFor,
  type CriteriaNode,
  type LeafDefaults,
  type NodeResult,
  type SheetEntry,
  type SheetResult,
} from '../../../domain/scoring';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import type { UnitGroupEntity } from '../unit-group/unit-group.entity';
import type { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ANONYMOUS } from '../../../platform/auth/tokens';
import { recomputeResults } from './recompute.service';
import type { UnitResultEntity, ComponentResult } from './unit-result.entity';

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
    enteredByAssessor: n.enteredByAssessor,
  }));
}

/** A stored entry (entity or the recompute's raw row) as the domain scores it. */
export function toSheetEntry(
  e: Pick<ScoreEntryEntity, 'criterionId' | 'selfPoints' | 'round1Points' | 'round2Points' | 'notApplicable' | 'surveyPoints'>,
): SheetEntry {
  return {
    nodeId: e.criterionId,
    selfPoints: e.selfPoints,
    round1Points: e.round1Points,
    round2Points: e.round2Points,
    notApplicable: e.notApplicable,
    surveyPoints: e.surveyPoints,
  };
}

export function toSheetEntries(entries: readonly ScoreEntryEntity[]): SheetEntry[] {
  return entries.map(toSheetEntry);
}

/** The set's own rules on top of the year's caps (the group's bonusPenaltyDefaultZero). */
export function leafDefaultsOf(group: Pick<UnitGroupEntity, 'bonusPenaltyDefaultZero'> | null | undefined): LeafDefaults {
  return { bonusPenaltyDefaultZero: !!group?.bonusPenaltyDefaultZero };
}

export function computeResult(
  year: AssessmentYearEntity,
  group: Pick<UnitGroupEntity, 'bonusPenaltyDefaultZero'>,
  nodes: readonly CriteriaNodeEntity[],
  entries: readonly ScoreEntryEntity[],
): SheetResult {
  return computeSheetResult(
    toCriteriaNodes(nodes),
    toSheetEntries(entries),
    { bonusCap: year.bonusCap, penaltyCap: year.penaltyCap },
    leafDefaultsOf(group),
  );
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
export function resultFields(
  year: Pick<AssessmentYearEntity, 'bands' | 'headRatings'>,
  sheetStatus: string,
  result: SheetResult,
): ResultFields {
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
 * Re-ranks groups after rows were written outside the recompute (the demo seed inserts whole
 * years): the recompute mechanism with no sheet to re-score.
 */
export async function rerankGroups(manager: EntityManager, yearId: string, groupIds: readonly string[]): Promise<void> {
  // The rows were written behind the recompute: cached tables of these groups are stale even when no rank moves.
  await recomputeResults(
    manager,
    { actor: ANONYMOUS },
    { yearId, scope: { kind: 'SHEETS', sheetIds: [] }, rerankGroupIds: groupIds, bumpGroups: true },
  );
}
