import { In } from 'typeorm';
import { rawRows } from '../../../platform/database/raw-rows';
import { compareVietnamese, headRatingFor, resultDisclosure, type ResultDisclosure, type SheetState } from '../../../domain/scoring';
import { appReadOnly, requireUser } from '../../../platform/auth/request-context';
import { notFound } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { rosterLineage } from '../roster/roster-lineage';
import { componentOf, totalsOf } from '../score-sheet/score-sheet.resolver';
import { asPoints } from '../score-sheet/score-sheet.types';
import { assertId } from '../../../platform/graphql/ids';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { SheetStatus } from '../score-sheet/score-sheet.types';
import { audienceFor, effectiveState } from '../score-sheet/sheet-access';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { buildRankingWorkbook, type RankingExportRow } from './ranking-export';
import { rankingWarnings } from './ranking-warnings';
import { cachedPublished } from './published-cache';
import { cachedRankingTable, type RankingTable } from './ranking-cache';
import type {
  ClassificationInfo,
  FileDownload,
  HeadRatingInfo,
  IndexHistoryPoint,
  PublishedResults,
  Ranking,
  RankingRow,
  UnitAssessment,
} from './results.types';
import { UnitResultEntity } from './unit-result.entity';

export function classificationOf(year: AssessmentYearEntity, code: string | null): ClassificationInfo | null {
  const band = code ? year.bands.find((b) => b.code === code) : undefined;
  return band ? { code: band.code, label: band.labelVi, labelEn: band.labelEn, color: band.color } : null;
}

export function headRatingOf(year: AssessmentYearEntity, classificationCode: string | null): HeadRatingInfo | null {
  const rating = classificationCode ? headRatingFor(classificationCode, year.headRatings) : null;
  return rating ? { code: rating.code, label: rating.labelVi, labelEn: rating.labelEn } : null;
}

/**
 * What the caller may see of one unit's result (domain/scoring/visibility): everything once the
 * year is published (even anonymous readers); before that the assessor side sees provisional
 * figures and the unit its own points; null = nothing (the row is left out, the read is null).
 */
function shownTo(
  ctx: ScoringContext,
  year: AssessmentYearEntity,
  roster: RosterEntryEntity | undefined | null,
  state: SheetState,
): ResultDisclosure | null {
  if (year.status === 'PUBLISHED') return resultDisclosure('PUBLIC', state);
  const audience = roster ? audienceFor(ctx.actor, { year, roster }) : 'NONE';
  return audience === 'NONE' ? null : resultDisclosure(audience, state);
}

async function loadYear(ctx: ScoringContext, yearId: string): Promise<AssessmentYearEntity> {
  assertId(yearId, 'yearId');
  const year = await ctx.loaders.scoreSheets.yearById.load(yearId);
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  return year;
}

/** Defines `key` as computed on its first read, then kept as a plain value (rows cached for published results stay cheap). */
function lazyProperty<T extends object>(target: T, key: keyof T & string, compute: () => T[keyof T & string]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get(this: T) {
      const value = compute();
      Object.defineProperty(this, key, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
  });
}

/** Each assessing unit once, in Vietnamese name order (the rows refer to it by position). */
function assessorList(all: { id: string; name: string }[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const a of all) if (!byId.has(a.id)) byId.set(a.id, a.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** What a ranking row shows of a stored result: not the per-criterion JSON (~80 components a row). */
const RANKING_RESULT_COLUMNS = [
  'unitId',
  'sheetId',
  'assessorUnitId',
  'unitName',
  'maxApplicable',
  'selfTotal',
  'appraisedTotal',
  'surveyPoints',
  'bonusPoints',
  'penaltyPoints',
  'index',
  'selfIndex',
  'gapPoints',
  'gapIndex',
  'areas',
  'appraisedFilled',
  'leafTotal',
  'rankable',
  'rankInGroup',
  'rankInAssessor',
  'classificationCode',
] as const satisfies readonly (keyof UnitResultEntity)[];
type RankingResult = Pick<UnitResultEntity, (typeof RANKING_RESULT_COLUMNS)[number]>;

/**
 * One block's ranking in four statements whatever its size: group, results, roster, sheets —
 * and none of the last three while the group's stored results are unchanged (ranking-cache:
 * the raw table is kept per results_version; shaping for the caller happens here on every read).
 * Ranks are stored (recomputed on every change); here they are only ordered and filtered.
 */
/** The group's stored table (cached per results_version, ranking-cache.ts). */
function rankingTable(
  ctx: ScoringContext,
  year: Pick<AssessmentYearEntity, 'id'>,
  group: Pick<UnitGroupEntity, 'id' | 'resultsVersion'>,
): Promise<RankingTable<RankingResult>> {
  const where = { yearId: year.id, groupId: group.id };
  // Plain rows, not entities: building 1,000 entities was a fifth of a ranking's time (issue 9).
  return cachedRankingTable(ctx.db, group, async () => {
    const [results, roster, sheets] = await Promise.all([
      rawRows(ctx.db, UnitResultEntity, RANKING_RESULT_COLUMNS, where),
      rawRows(ctx.db, RosterEntryEntity, ['unitId', 'unitCode', 'assessorUnitId', 'assessorUnitName', 'parentDistrictId'], where),
      rawRows(ctx.db, ScoreSheetEntity, ['id', 'status'], where),
    ]);
    return { results, roster, sheets };
  });
}

/** The table's roster by unit, built once per cached table (tables are read-only once built). */
const rosterIndexes = new WeakMap<RankingTable, Map<string, RosterEntryEntity>>();
function rosterIndex(table: RankingTable): Map<string, RosterEntryEntity> {
  let index = rosterIndexes.get(table);
  if (!index) rosterIndexes.set(table, (index = new Map(table.roster.map((r) => [r.unitId, r as RosterEntryEntity]))));
  return index;
}

/** One letter per audience (domain visibility): what a caller may see of a row. */
const AUDIENCE_LETTER: Record<string, string> = { PUBLIC: 'P', ASSESSOR: 'A', OWN_UNIT: 'O', NONE: 'N' };

/**
 * What `ranking(...)` answers depends on besides the document, for this caller (the response
 * cache's key, response-cache.ts): the year's row (status, bands, head ratings, names), the
 * group's row and results_version (which moves with every stored result, roster entry and sheet
 * state), and row by row what this caller may see of it — computed with the same rule as the
 * answer (shownTo), so two callers share an entry exactly when every row would be shaped alike.
 * The two rows are one raw statement, not entities: a hit hydrates nothing (the year's JSON
 * columns stay text — any edit changes the text). Refusals (not signed in, a malformed id)
 * throw and an unknown year or group gives no key: the normal execution reports them.
 */
export async function rankingCacheKey(
  ctx: ScoringContext,
  args: { yearId: string; groupId: string; assessorUnitId?: string | null },
): Promise<string | null> {
  requireUser(ctx);
  assertId(args.yearId, 'yearId');
  assertId(args.groupId, 'groupId');
  if (args.assessorUnitId) assertId(args.assessorUnitId, 'assessorUnitId');
  const [row] = (await ctx.db.query(
    `SELECT y.province_unit_id AS provinceUnitId, y.year AS yearNumber, y.status AS status, y.name AS yearName,
            y.updated_at AS updatedAt, y.classification_bands AS bands, y.head_ratings AS headRatings,
            g.code AS code, g.name AS groupName, g.results_version AS resultsVersion
       FROM unit_group g JOIN assessment_year y ON y.id = g.year_id
      WHERE g.id = ? AND y.id = ?`,
    [args.groupId, args.yearId],
  )) as RankingKeyRow[];
  if (!row || row.resultsVersion === null) return null;
  const resultsVersion = Number(row.resultsVersion);
  const year = { id: args.yearId, provinceUnitId: row.provinceUnitId, status: row.status };
  let audiences: string;
  if (year.status === 'PUBLISHED') audiences = 'P*';
  else {
    const table = await rankingTable(ctx, year, { id: args.groupId, resultsVersion });
    const roster = rosterIndex(table);
    audiences = '';
    for (const r of table.results) {
      if (args.assessorUnitId && r.assessorUnitId !== args.assessorUnitId) continue;
      const entry = roster.get(r.unitId);
      audiences += entry ? AUDIENCE_LETTER[audienceFor(ctx.actor, { year, roster: entry })] : 'N';
    }
  }
  const yearRow = [args.yearId, row.status, row.updatedAt, row.yearName, row.bands, row.headRatings, row.yearNumber];
  return JSON.stringify([yearRow, args.groupId, row.code, row.groupName, resultsVersion, audiences]);
}

/** The year's and group's columns a ranking's key is made of, as the driver returns them. */
interface RankingKeyRow {
  provinceUnitId: string;
  yearNumber: number;
  status: AssessmentYearEntity['status'];
  yearName: string;
  updatedAt: unknown;
  bands: string | null;
  headRatings: string | null;
  code: string;
  groupName: string;
  resultsVersion: number | string | null;
}

/**
 * publishedResults' key: a PUBLISHED year's payload is the same for every caller and frozen
 * with the year's row (published-cache.ts); any other year is not cached (its answer is an error).
 * The key is made of the same columns as publishedVersion(), read as one raw statement: a hit
 * hydrates no entity (the TypeORM read with its JSON columns parsed was ~0.4 ms of the ~2 ms a
 * cached published read cost the served process, issue 9). The JSON columns stay text (any edit
 * changes the text), the timestamp as the driver returns it.
 */
export async function publishedCacheKey(ctx: ScoringContext, args: { provinceId: string; year: number }): Promise<string | null> {
  assertId(args.provinceId, 'provinceId');
  // An Int argument the schema has coerced already; anything else is left to the normal execution.
  if (!Number.isInteger(args.year)) return null;
  const [row] = (await ctx.db.query(
    `SELECT y.id AS id, y.status AS status, y.updated_at AS updatedAt, y.name AS name,
            y.classification_bands AS bands, y.head_ratings AS headRatings
       FROM assessment_year y
      WHERE y.province_unit_id = ? AND y.year = ?`,
    [args.provinceId, args.year],
  )) as PublishedKeyRow[];
  if (!row || row.status !== 'PUBLISHED') return null;
  return JSON.stringify([row.id, row.status, row.updatedAt, row.name, row.bands, row.headRatings]);
}

/** The year's columns publishedResults' key is made of, as the driver returns them. */
interface PublishedKeyRow {
  id: string;
  status: AssessmentYearEntity['status'];
  updatedAt: unknown;
  name: string;
  bands: string | null;
  headRatings: string | null;
}

/** The object types a cached ranking or published-results document may read (not OrgUnit: another subgraph's rules). */
export const RANKING_ANSWER_TYPES: ReadonlySet<string> = new Set([
  'PublishedResults',
  'Ranking',
  'RankingRow',
  'RankingArea',
  'RankingBand',
  'RankingAssessor',
  'RankingWarning',
  'Classification',
  'HeadRating',
  'SheetTotals',
  'ComponentIndex',
]);

export async function buildRanking(
  ctx: ScoringContext,
  year: AssessmentYearEntity,
  group: UnitGroupEntity,
  assessorUnitId: string | null,
): Promise<Ranking> {
  const table = await rankingTable(ctx, year, group);
  // One assessor's block (a district's communes) is a filter of the group's table.
  const results = assessorUnitId ? table.results.filter((r) => r.assessorUnitId === assessorUnitId) : table.results;
  const { sheets } = table;
  const rosterByUnit = rosterIndex(table);
  const statusBySheet = new Map(sheets.map((s) => [s.id, effectiveState({ sheet: s as ScoreSheetEntity, year })]));
  const disclosure = new Map<string, ResultDisclosure>();
  for (const r of results) {
    const d = shownTo(ctx, year, rosterByUnit.get(r.unitId), statusBySheet.get(r.sheetId) ?? 'DRAFT');
    if (d) disclosure.set(r.unitId, d);
  }
  const shown = results.filter((r) => disclosure.has(r.unitId));
  // A rank the caller may not see is no rank for him, not even as an order.
  const rankOf = (r: RankingResult) => (disclosure.get(r.unitId)!.standing ? (assessorUnitId ? r.rankInAssessor : r.rankInGroup) : null);
  // Unranked rows (appraisal not complete) in name order: their stored index is not an index yet.
  const ordered = shown.sort((a, b) => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    if (ra !== rb) return ra === null ? 1 : rb === null ? -1 : ra - rb;
    return compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1);
  });
  const rankCounts = new Map<number, number>();
  for (const r of ordered) {
    const rank = rankOf(r);
    if (rank !== null) rankCounts.set(rank, (rankCounts.get(rank) ?? 0) + 1);
  }
  const areaMap = new Map<string, string>();
  for (const r of ordered) for (const a of r.areas) if (!areaMap.has(a.code)) areaMap.set(a.code, a.title);
  const areaCodes = [...areaMap.keys()];
  const assessors = assessorList(ordered.map((r) => ({ id: r.assessorUnitId, name: rosterByUnit.get(r.unitId)?.assessorUnitName ?? '' })));
  const assessorIndex = new Map(assessors.map((a, i) => [a.id, i]));
  const rows: RankingRow[] = ordered.map((r, i) => {
    const rank = rankOf(r);
    const d = disclosure.get(r.unitId)!;
    const rosterEntry = rosterByUnit.get(r.unitId);
    const areaIndexByCode = d.index ? new Map(r.areas.map((c) => [c.code, c.index])) : null;
    const row = {
      rank,
      position: i + 1,
      tied: rank !== null && (rankCounts.get(rank) ?? 0) > 1,
      provisional: !r.rankable,
      unit: { id: r.unitId },
      unitId: r.unitId,
      unitName: r.unitName,
      unitCode: rosterEntry?.unitCode ?? '',
      assessorUnitId: r.assessorUnitId,
      assessorUnitName: rosterEntry?.assessorUnitName ?? '',
      sheetId: r.sheetId,
      status: (statusBySheet.get(r.sheetId) ?? 'DRAFT') as SheetStatus,
      index: d.index && r.index !== null ? r.index / 100 : null,
      classification: d.standing ? classificationOf(year, r.classificationCode) : null,
      headRating: d.standing ? headRatingOf(year, r.classificationCode) : null,
      classificationCode: d.standing ? (classificationOf(year, r.classificationCode)?.code ?? null) : null,
      areaIndices: areaCodes.map((code) => (areaIndexByCode ? (asPoints(areaIndexByCode.get(code) ?? null) ?? null) : null)),
      assessorIndex: assessorIndex.get(r.assessorUnitId)!,
    } as RankingRow;
    // The object forms are built only when read: the admin's compact document never reads them,
    // and a 1,000-row ranking built ~11,000 objects per request for nothing (issue 9).
    lazyProperty(row, 'totals', () => totalsOf(r, d));
    lazyProperty(row, 'areas', () => r.areas.map((c) => componentOf(c, d)));
    return row;
  });
  return {
    yearId: year.id,
    year: year.year,
    groupId: group.id,
    groupCode: group.code,
    groupName: group.name,
    assessorUnitId,
    provisional: year.status !== 'PUBLISHED',
    areas: [...areaMap].map(([code, title]) => ({ code, title })),
    classifications: year.bands.map((b) => ({ ...classificationOf(year, b.code)!, headRating: headRatingOf(year, b.code) })),
    assessors,
    rows,
    // A share is judged on the whole table: a caller who sees only part of it (a unit's own row) gets none.
    warnings:
      shown.length === results.length
        ? rankingWarnings(
            year.year,
            year.bands,
            rows.flatMap((r) => (!r.provisional && r.classification ? [r.classification.code] : [])),
          )
        : [],
  };
}

async function loadGroup(ctx: ScoringContext, year: AssessmentYearEntity, groupId: string): Promise<UnitGroupEntity> {
  assertId(groupId, 'groupId');
  const group = await ctx.loaders.scoreSheets.groupById.load(groupId);
  if (!group || group.yearId !== year.id)
    throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
  return group;
}

export async function ranking(ctx: ScoringContext, yearId: string, groupId: string, assessorUnitId: string | null): Promise<Ranking> {
  requireUser(ctx);
  const year = await loadYear(ctx, yearId);
  if (assessorUnitId) assertId(assessorUnitId, 'assessorUnitId');
  return buildRanking(ctx, year, await loadGroup(ctx, year, groupId), assessorUnitId);
}

/** A ranking row as the Excel export writes it (hundredths again, labels in Vietnamese). */
export function exportRow(r: RankingRow): RankingExportRow {
  return {
    rank: r.rank,
    unitName: r.unitName,
    unitCode: r.unitCode,
    assessorName: r.assessorUnitName,
    index: r.index === null ? null : Math.round(r.index * 100),
    selfIndex: r.totals.selfIndex === null ? null : Math.round(r.totals.selfIndex * 100),
    selfTotal: Math.round(r.totals.selfTotal * 100),
    appraisedTotal: r.totals.appraisedTotal === null ? null : Math.round(r.totals.appraisedTotal * 100),
    gapPoints: r.totals.gapPoints === null ? null : Math.round(r.totals.gapPoints * 100),
    classification: r.classification ? { labelVi: r.classification.label, color: r.classification.color } : null,
    headRating: r.headRating?.label ?? null,
    areaIndices: Object.fromEntries(r.areas.map((a) => [a.code, a.index === null ? null : Math.round(a.index * 100)])),
  };
}

/** File name part from a Vietnamese title ("Khối xã, phường" → "khoi-xa-phuong"). */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** The province's display name as frozen in the year's roster ("UBND tỉnh Quảng Ninh"). */
export async function provinceNameOf(ctx: ScoringContext, year: AssessmentYearEntity): Promise<string> {
  const entry = await ctx.db.getRepository(RosterEntryEntity).findOne({
    where: { yearId: year.id, assessorUnitId: year.provinceUnitId },
    select: { assessorUnitName: true },
  });
  return entry?.assessorUnitName ?? '';
}

export async function exportRanking(
  ctx: ScoringContext,
  yearId: string,
  groupId: string,
  assessorUnitId: string | null,
): Promise<FileDownload> {
  const table = await ranking(ctx, yearId, groupId, assessorUnitId);
  const year = await loadYear(ctx, yearId);
  const buffer = await buildRankingWorkbook({
    title: `${year.name} — ${table.groupName}`,
    provinceName: await provinceNameOf(ctx, year),
    areas: table.areas,
    generatedAt: new Date(),
    notes: table.warnings.map((w) => w.message),
    rows: table.rows.map(exportRow),
  });
  return {
    fileName: `xep-hang-${year.year}-${fileSlug(table.groupName)}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}

export async function publishedResults(
  ctx: ScoringContext,
  provinceId: string,
  yearNumber: number,
  groupCode: string | null = null,
): Promise<PublishedResults> {
  assertId(provinceId, 'provinceId');
  const year = await ctx.db.getRepository(AssessmentYearEntity).findOneBy({ provinceUnitId: provinceId, year: yearNumber });
  // An app is told plainly that it reads published results only (the public gets "not published").
  if (year && year.status !== 'PUBLISHED' && ctx.actor.kind === 'app') throw appReadOnly();
  if (!year || year.status !== 'PUBLISHED')
    throw notFound(`Kết quả Chỉ số CCHC năm ${yearNumber} chưa được công bố.`, `The ${yearNumber} PAR Index results are not published.`, {
      argument: 'year',
    });
  // Every row of a published year is visible to everyone: the payload is the same for any caller.
  const all = await cachedPublished(ctx.db, year, async () => {
    const groups = await ctx.db
      .getRepository(UnitGroupEntity)
      .find({ where: { yearId: year.id }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const rankings = await Promise.all(groups.map((g) => buildRanking(ctx, year, g, null)));
    return { yearId: year.id, year: year.year, name: year.name, provinceUnitId: year.provinceUnitId, rankings };
  });
  if (groupCode === null) return all;
  const rankings = all.rankings.filter((r) => r.groupCode === groupCode);
  if (rankings.length === 0)
    throw notFound(`Không có khối mã "${groupCode}" trong kỳ đánh giá này.`, `No unit group with code "${groupCode}" in this year.`, {
      argument: 'groupCode',
    });
  return { ...all, rankings };
}

/** OrgUnit.assessment: null when the unit was not assessed that year or the caller may not see it yet. */
export async function unitAssessment(
  ctx: ScoringContext,
  unitId: string,
  yearId: string | null,
  yearNumber: number | null,
): Promise<UnitAssessment | null> {
  let result: UnitResultEntity | null;
  if (yearId) {
    assertId(yearId, 'yearId');
    result = await ctx.loaders.results.byYearUnit.load(`${yearId}|${unitId}`);
  } else if (yearNumber !== null) {
    result = await ctx.loaders.results.byYearNumberUnit.load(`${yearNumber}|${unitId}`);
  } else return null;
  if (!result) return null;
  const l = ctx.loaders.scoreSheets;
  const [year, group, sheet] = await Promise.all([
    l.yearById.load(result.yearId),
    l.groupById.load(result.groupId),
    l.sheetById.load(result.sheetId),
  ]);
  if (!year || !group || !sheet) return null;
  // External apps read published years only; asking for another is refused, not silently empty.
  if (ctx.actor.kind === 'app' && year.status !== 'PUBLISHED') throw appReadOnly();
  const roster = await l.rosterById.load(sheet.rosterEntryId);
  const state = effectiveState({ sheet, year });
  const shown = shownTo(ctx, year, roster, state);
  if (!shown) return null;
  return {
    yearId: year.id,
    year: year.year,
    yearName: year.name,
    groupId: group.id,
    groupName: group.name,
    sheetId: sheet.id,
    status: state as SheetStatus,
    provisional: shown.provisional || !result.rankable,
    totals: totalsOf(result, shown),
    rankInGroup: shown.standing ? result.rankInGroup : null,
    rankInAssessor: shown.standing ? result.rankInAssessor : null,
    groupSize: (await ctx.loaders.results.groupSize.load(`${result.yearId}|${result.groupId}`)) ?? 0,
    classification: shown.standing ? classificationOf(year, result.classificationCode) : null,
    headRating: shown.standing ? headRatingOf(year, result.classificationCode) : null,
    areas: result.areas.map((c) => componentOf(c, shown)),
    criteria: result.criteria.map((c) => componentOf(c, shown)),
  };
}

/**
 * Year-over-year results of a unit and, through the predecessors frozen in each year's roster,
 * of the units it was formed from (a commune merged in 2025 shows its predecessors' 2024
 * indices). A bounded breadth-first walk: one statement per generation.
 */
export async function indexHistory(ctx: ScoringContext, unitId: string): Promise<IndexHistoryPoint[]> {
  const rosterRows = (await rosterLineage(ctx.db, unitId)).map((l) => l.roster);
  if (rosterRows.length === 0) return [];
  const seen = new Set(rosterRows.map((r) => r.unitId));
  const yearIds = [...new Set(rosterRows.map((r) => r.yearId))];
  const [years, results, sheets] = await Promise.all([
    ctx.db.getRepository(AssessmentYearEntity).findBy({ id: In(yearIds) }),
    ctx.db.getRepository(UnitResultEntity).findBy({ unitId: In([...seen]), yearId: In(yearIds) }),
    ctx.db
      .getRepository(ScoreSheetEntity)
      .find({ where: { unitId: In([...seen]), yearId: In(yearIds) }, select: { id: true, status: true, yearId: true } }),
  ]);
  const yearById = new Map(years.map((y) => [y.id, y]));
  const sheetById = new Map(sheets.map((s) => [s.id, s]));
  const rosterByKey = new Map(rosterRows.map((r) => [`${r.yearId}|${r.unitId}`, r]));
  return results
    .flatMap((r): IndexHistoryPoint[] => {
      const year = yearById.get(r.yearId);
      const roster = rosterByKey.get(`${r.yearId}|${r.unitId}`);
      const sheet = sheetById.get(r.sheetId);
      const shown = year && sheet ? shownTo(ctx, year, roster, effectiveState({ sheet: sheet as ScoreSheetEntity, year })) : null;
      if (!year || !shown) return [];
      return [
        {
          year: year.year,
          yearId: year.id,
          unitId: r.unitId,
          unitName: r.unitName,
          index: shown.index && r.index !== null ? r.index / 100 : null,
          rankInGroup: shown.standing ? r.rankInGroup : null,
          classification: shown.standing ? classificationOf(year, r.classificationCode) : null,
          viaPredecessor: r.unitId !== unitId,
          provisional: shown.provisional || !r.rankable,
        },
      ];
    })
    .sort((a, b) => b.year - a.year || compareVietnamese(a.unitName, b.unitName));
}
