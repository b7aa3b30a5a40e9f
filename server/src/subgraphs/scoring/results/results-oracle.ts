/**
 * Test oracle: what every stored result of a year must be, recomputed from scratch from the
 * sheets with the pure domain functions, independently of the recompute service (entities read
 * through the repositories, no raw SQL, no shared loading code). Used by the probes and the
 * randomized invariant test.
 */
import type { DataSource } from 'typeorm';
import { classify, computeLeafPoints, computeSheetResult, headRatingFor, rankUnits } from '../../../domain/scoring';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { leafDefaultsOf, RANKABLE_STATES, toCriteriaNodes, toSheetEntries } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

export interface ResultSnapshot {
  unitId: string;
  index: number | null;
  selfIndex: number | null;
  selfTotal: number;
  appraisedTotal: number;
  bonus: number;
  penalty: number;
  classification: string | null;
  headRating: string | null;
  rankable: boolean;
  rankInGroup: number | null;
  rankInAssessor: number | null;
  areas: (number | null)[];
  /** Progress (the inbox and progress pages read it): follows the set's default-zero rule. */
  leafTotal: number;
  selfFilled: number;
  appraisedFilled: number;
}

/** Differences between the stored results and a fresh recompute (empty when they agree). */
export async function resultDrift(db: DataSource, yearId: string): Promise<string[]> {
  const year = await db.getRepository(AssessmentYearEntity).findOneByOrFail({ id: yearId });
  const [sheets, nodes, stored, groups] = await Promise.all([
    db.getRepository(ScoreSheetEntity).findBy({ yearId }),
    db.getRepository(CriteriaNodeEntity).findBy({ yearId }),
    db.getRepository(UnitResultEntity).findBy({ yearId }),
    db.getRepository(UnitGroupEntity).findBy({ yearId }),
  ]);
  const entries = sheets.length
    ? await db
        .getRepository(ScoreEntryEntity)
        .createQueryBuilder('e')
        .where('e.sheet_id IN (:...ids)', { ids: sheets.map((s) => s.id) })
        .getMany()
    : [];
  const problems: string[] = [];
  const expected = new Map<string, ResultSnapshot & { groupId: string; assessorUnitId: string; unitName: string }>();
  for (const sheet of sheets) {
    const groupNodes = nodes.filter((n) => n.groupId === sheet.groupId);
    const sheetEntries = entries.filter((e) => e.sheetId === sheet.id);
    // Self-assessed (and survey) points follow the current rule from the declared value.
    const parents = new Set(groupNodes.map((n) => n.parentId));
    for (const e of sheetEntries) {
      const leaf = groupNodes.find((n) => n.id === e.criterionId && !parents.has(n.id));
      if (!leaf?.method || e.declaredValue === null) continue;
      const computed = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, e.declaredValue, { code: leaf.code });
      const points = 'error' in computed ? null : computed.points;
      if (leaf.section === 'SURVEY' && e.surveyPoints !== points)
        problems.push(`${sheet.unitName} ${leaf.code}: survey points ${e.surveyPoints} ≠ rule ${points}`);
      if (leaf.section !== 'SURVEY' && !e.notApplicable && e.selfPoints !== points)
        problems.push(`${sheet.unitName} ${leaf.code}: self points ${e.selfPoints} ≠ rule ${points}`);
    }
    const result = computeSheetResult(
      toCriteriaNodes(groupNodes),
      toSheetEntries(sheetEntries),
      { bonusCap: year.bonusCap, penaltyCap: year.penaltyCap },
      leafDefaultsOf(groups.find((g) => g.id === sheet.groupId)),
    );
    const band = result.index === null ? null : classify(result.index, year.bands);
    expected.set(sheet.unitId, {
      unitId: sheet.unitId,
      unitName: sheet.unitName,
      groupId: sheet.groupId,
      assessorUnitId: sheet.assessorUnitId,
      index: result.index,
      selfIndex: result.selfIndex,
      selfTotal: result.self.total,
      appraisedTotal: result.final.total,
      bonus: result.final.bonus,
      penalty: result.final.penalty,
      classification: band?.code ?? null,
      headRating: band ? (headRatingFor(band.code, year.headRatings)?.code ?? null) : null,
      rankable: RANKABLE_STATES.includes(sheet.status) && result.index !== null,
      rankInGroup: null,
      rankInAssessor: null,
      areas: result.areas.map((a) => a.index),
      leafTotal: result.progress.total,
      selfFilled: result.progress.selfFilled,
      appraisedFilled: result.progress.appraised,
    });
  }
  const rankables = [...expected.values()].filter((e) => e.rankable);
  const rank = (key: (e: (typeof rankables)[number]) => string, set: (e: (typeof rankables)[number], rank: number | null) => void) => {
    const blocks = new Map<string, typeof rankables>();
    for (const e of rankables) blocks.set(key(e), [...(blocks.get(key(e)) ?? []), e]);
    for (const block of blocks.values()) for (const r of rankUnits(block)) set(r.item, r.rank);
  };
  rank(
    (e) => e.groupId,
    (e, r) => (e.rankInGroup = r),
  );
  rank(
    (e) => `${e.groupId}|${e.assessorUnitId}`,
    (e, r) => (e.rankInAssessor = r),
  );

  if (stored.length !== sheets.length) problems.push(`${stored.length} stored results for ${sheets.length} sheets`);
  for (const row of stored) {
    const want = expected.get(row.unitId);
    if (!want) {
      problems.push(`stored result without a sheet: ${row.unitName}`);
      continue;
    }
    const got: ResultSnapshot = {
      unitId: row.unitId,
      index: row.index,
      selfIndex: row.selfIndex,
      selfTotal: row.selfTotal,
      appraisedTotal: row.appraisedTotal,
      bonus: row.bonusPoints,
      penalty: row.penaltyPoints,
      classification: row.classificationCode,
      headRating: row.headRatingCode,
      rankable: row.rankable,
      rankInGroup: row.rankInGroup,
      rankInAssessor: row.rankInAssessor,
      areas: row.areas.map((a) => a.index),
      leafTotal: row.leafTotal,
      selfFilled: row.selfFilled,
      appraisedFilled: row.appraisedFilled,
    };
    for (const key of Object.keys(got) as (keyof ResultSnapshot)[])
      if (JSON.stringify(got[key]) !== JSON.stringify(want[key]))
        problems.push(`${row.unitName}: ${key} stored ${JSON.stringify(got[key])}, recomputed ${JSON.stringify(want[key])}`);
  }
  return problems;
}
