import { draftMapping, meanOf, simulate, type StoredEntry, type WhatIfSheet } from '../../../domain/analysis';
import { compareVietnamese } from '../../../domain/scoring';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser } from '../../../platform/auth/request-context';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { badInput, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { classificationOf } from '../results/results.read';
import { RANKABLE_STATES, toCriteriaNodes } from '../results/results.service';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { loadAnalysisRows } from './analysis.service';
import type { WhatIfResult, WhatIfRow } from './what-if.types';

const hundredths = (v: unknown): number | null => hundredthsTransformer.from(v) as number | null;
const flag = (v: unknown): boolean => v === true || v === 1 || v === '1';
const pct = (v: number | null): number | null => (v === null ? null : v / 100);

/** A group's sheets with their entries as raw rows: two statements whatever the size, nothing hydrated. */
async function loadSheets(ctx: ScoringContext, yearId: string, groupId: string): Promise<WhatIfSheet[]> {
  const [sheets, entries] = await Promise.all([
    ctx.db
      .createQueryBuilder()
      .from(ScoreSheetEntity, 's')
      .select(['s.id AS id', 's.unit_id AS unit_id', 's.unit_name AS unit_name', 's.status AS status'])
      .where('s.year_id = :yearId AND s.group_id = :groupId', { yearId, groupId })
      .getRawMany<{ id: string; unit_id: string; unit_name: string; status: string }>(),
    ctx.db
      .createQueryBuilder()
      .from(ScoreEntryEntity, 'e')
      .innerJoin(ScoreSheetEntity, 's', 's.id = e.sheet_id')
      .select([
        'e.sheet_id AS sheet_id',
        'e.criterion_id AS criterion_id',
        'e.declared_value AS declared_value',
        'e.not_applicable AS not_applicable',
        'e.self_points AS self_points',
        'e.round1_points AS round1_points',
        'e.round2_points AS round2_points',
        'e.survey_points AS survey_points',
      ])
      .where('s.year_id = :yearId AND s.group_id = :groupId', { yearId, groupId })
      .getRawMany<Record<string, unknown>>(),
  ]);
  const bySheet = new Map<string, StoredEntry[]>();
  for (const e of entries) {
    const list = bySheet.get(String(e.sheet_id)) ?? [];
    list.push({
      nodeId: String(e.criterion_id),
      declaredValue: (e.declared_value as string | null) ?? null,
      notApplicable: flag(e.not_applicable),
      selfPoints: hundredths(e.self_points),
      round1Points: hundredths(e.round1_points),
      round2Points: hundredths(e.round2_points),
      surveyPoints: hundredths(e.survey_points),
    });
    bySheet.set(String(e.sheet_id), list);
  }
  return sheets.map((s) => ({
    unitId: s.unit_id,
    unitName: s.unit_name,
    rankable: RANKABLE_STATES.includes(s.status),
    entries: bySheet.get(s.id) ?? [],
  }));
}

/**
 * Re-scores this year's sheets of a group with a draft criteria set (a group of a year still in
 * planning) in memory. Reads only: nothing is written to the stored results or the audit trail.
 * The province's staff only — the sandbox is a planning tool of the standing agency.
 */
export async function whatIfWeights(ctx: ScoringContext, yearId: string, groupId: string, draftGroupId: string): Promise<WhatIfResult> {
  const actor = requireUser(ctx);
  const year = await getYear(ctx.db.manager, yearId);
  if (actor.unitId !== year.provinceUnitId && !administersProvince(actor, year.provinceUnitId))
    throw forbidden('Chỉ cơ quan chủ trì cấp tỉnh được thử trọng số.', "Only the province's own staff may try weights.");
  assertId(groupId, 'groupId');
  assertId(draftGroupId, 'draftGroupId');
  const groups = ctx.db.getRepository(UnitGroupEntity);
  const [group, draftGroup] = await Promise.all([
    groups.findOneBy({ id: groupId, yearId: year.id }),
    groups.findOneBy({ id: draftGroupId }),
  ]);
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
  if (!draftGroup)
    throw notFound('Không tìm thấy khối của bộ chỉ số dự thảo.', 'Draft unit group not found.', { argument: 'draftGroupId' });
  const draftYear = await getYear(ctx.db.manager, draftGroup.yearId, 'draftGroupId');
  if (draftYear.provinceUnitId !== year.provinceUnitId || draftYear.status !== YearStatus.PLANNING)
    throw badInput(
      'Bộ chỉ số dự thảo phải thuộc một kỳ đánh giá của tỉnh đang ở giai đoạn chuẩn bị.',
      'The draft criteria set must belong to a year of the province that is still in planning.',
      { argument: 'draftGroupId' },
    );
  const nodes = ctx.db.getRepository(CriteriaNodeEntity);
  const [currentNodes, draftNodes, sheets, stored] = await Promise.all([
    nodes.findBy({ groupId: group.id }).then(toCriteriaNodes),
    nodes.findBy({ groupId: draftGroup.id }).then(toCriteriaNodes),
    loadSheets(ctx, year.id, group.id),
    loadAnalysisRows(ctx.db, year.id, { kind: 'PROVINCE' }, { groupId: group.id }),
  ]);
  if (draftNodes.length === 0)
    throw badInput('Bộ chỉ số dự thảo chưa có tiêu chí nào.', 'The draft criteria set has no criteria yet.', { argument: 'draftGroupId' });
  const simulated = simulate(currentNodes, draftNodes, sheets, {
    caps: { bonusCap: draftYear.bonusCap, penaltyCap: draftYear.penaltyCap },
    bands: draftYear.bands,
  });
  const storedByUnit = new Map(stored.map((r) => [r.unitId, r]));
  const rows: WhatIfRow[] = simulated.map((s) => {
    const now = storedByUnit.get(s.unitId);
    const rank = now?.rankInGroup ?? null;
    const index = now?.index ?? null;
    return {
      unitId: s.unitId,
      unitName: s.unitName,
      index: pct(index),
      rank,
      classification: classificationOf(year, now?.classificationCode ?? null),
      simulatedIndex: pct(s.index),
      simulatedRank: s.rank,
      simulatedClassification: classificationOf(draftYear, s.classificationCode),
      indexDelta: s.index !== null && index !== null ? pct(s.index - index) : null,
      rankDelta: s.rank !== null && rank !== null ? rank - s.rank : null,
    };
  });
  rows.sort(
    (a, b) =>
      (a.simulatedRank ?? Number.MAX_SAFE_INTEGER) - (b.simulatedRank ?? Number.MAX_SAFE_INTEGER) ||
      (b.simulatedIndex ?? -1) - (a.simulatedIndex ?? -1) ||
      compareVietnamese(a.unitName, b.unitName),
  );
  const ranked = rows.filter((r) => r.simulatedRank !== null);
  const mapping = draftMapping(currentNodes, draftNodes);
  const h = (v: number | null) => (v === null ? null : Math.round(v * 100));
  return {
    year: year.year,
    draftYear: draftYear.year,
    groupName: group.name,
    draftGroupName: draftGroup.name,
    removed: [...mapping.removed],
    added: [...mapping.added],
    changed: mapping.changed.map((c) => ({ ...c, oldMax: c.oldMax / 100, newMax: c.newMax / 100 })),
    summary: {
      unitCount: ranked.length,
      averageIndex: pct(meanOf(ranked.map((r) => h(r.index)))),
      simulatedAverageIndex: pct(meanOf(ranked.map((r) => h(r.simulatedIndex)))),
      movedUp: ranked.filter((r) => (r.rankDelta ?? 0) > 0).length,
      movedDown: ranked.filter((r) => (r.rankDelta ?? 0) < 0).length,
      classificationChanged: ranked.filter((r) => r.classification?.code !== r.simulatedClassification?.code).length,
    },
    rows,
  };
}
