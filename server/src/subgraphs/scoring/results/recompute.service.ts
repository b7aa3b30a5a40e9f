/**
 * The one way stored results change. Every write that can move a figure — a sheet action, a
 * survey import, caps, bands, head ratings, a reopened set's rules, roster changes, a full year
 * recompute — calls `recomputeResults` inside its own transaction with the sheets it affects.
 * It reads raw rows (no entity hydration), re-scores with the pure domain functions
 * (computeSheetResult, classify, headRatingFor, rankUnits), writes only the rows that changed in
 * chunked multi-row statements, re-ranks every affected group and bumps the results_version of
 * the groups whose rows moved (a sheet-scoped recompute: always) so cached rankings never outlive
 * the change. Its statements do not grow with sheets: a handful of reads plus one write per chunk.
 * On MySQL/MariaDB it takes its locks in the one lock order (../lock-order: the year, taken by its
 * caller first, then sheets, groups, result rows): parallel writes on one group re-rank it one
 * after the other, each from the rows the previous one committed.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager, QueryRunner } from 'typeorm';
import {
  computeSheetResult,
  leafPointsRule,
  buildCriteriaTree,
  rankUnits,
  type ClassificationBand,
  type CriteriaNode,
  type CriteriaTree,
  type HeadRatingMapping,
  type LeafDefaults,
  type LeafPointsRule,
  type ScoringMethod,
} from '../../../domain/scoring';
import type { RequestContext } from '../../../platform/auth/request-context';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { isMysql } from '../../../platform/database/dialect';
import { chunks, placeholders } from '../../../platform/database/in-list';
import { AuditEntityType, recordAuditMany, type AuditInput } from '../audit/audit.service';
import { forUpdate, lockGroups } from '../lock-order';
import { RANKABLE_STATES, resultFields, toSheetEntry, type ResultFields } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

/** What the recompute reads from the year row (fresh, inside the caller's transaction). */
export interface YearRules {
  id: string;
  status: string;
  bands: ClassificationBand[];
  headRatings: HeadRatingMapping;
  bonusCap: number | null;
  penaltyCap: number | null;
}

export type RecomputeScope =
  /** Every sheet of the year (full recompute, caps, bands, head ratings). */
  | { kind: 'YEAR' }
  /** Every sheet of these groups (a reopened set's edit). */
  | { kind: 'GROUPS'; groupIds: readonly string[] }
  /** These sheets (a sheet action, a survey import); their groups are re-ranked. */
  | { kind: 'SHEETS'; sheetIds: readonly string[] };

export interface RecomputeRequest {
  yearId: string;
  scope: RecomputeScope;
  /** Groups to re-rank even when none of their sheets is re-scored (a unit left the roster). */
  rerankGroupIds?: readonly string[];
  /**
   * Derive self-assessed points (and imported survey points) again from the declared values with
   * the current rules. Set by rule changes and by a full recompute; a sheet action already did.
   */
  rescoreDeclared?: boolean;
  /** Leaves whose rule changed: entries with appraised points on them are flagged for review. */
  changedRuleLeafIds?: readonly string[];
  /**
   * The caller changed something else the groups' cached answers show (a set's titles, rows written
   * behind the recompute): their results_version is bumped even when no result row moves. Without
   * it only the groups whose rows moved are (a sheet-scoped recompute always bumps its groups).
   */
  bumpGroups?: boolean;
  /** Compute and report, write nothing (allowed in every year state). */
  dryRun?: boolean;
  /** Called after each chunk of sheets with (sheets done, sheets in scope). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Rows the caller already holds, current inside this transaction (a sheet action has just
   * written them): the recompute skips reading them again.
   */
  preloaded?: {
    year: YearRules;
    sheets: SheetRow[];
    entries: EntryRow[];
    nodes: ReadonlyMap<string, CriteriaNode[]>;
    /** The sets' own rules (default-zero) per group. */
    defaults: ReadonlyMap<string, LeafDefaults>;
  };
}

/** One unit whose index, classification, head rating or rank moved. Indices in hundredths of a percent. */
export interface ResultChange {
  unitId: string;
  unitName: string;
  groupId: string;
  indexBefore: number | null;
  indexAfter: number | null;
  classificationBefore: string | null;
  classificationAfter: string | null;
  headRatingBefore: string | null;
  headRatingAfter: string | null;
  rankBefore: number | null;
  rankAfter: number | null;
}

export interface RecomputeOutcome {
  /** Sheets re-scored. */
  sheets: number;
  /** Result rows written (figures or ranks changed). */
  written: number;
  /** Entries whose self/survey points followed a changed rule. */
  entriesRescored: number;
  /** Entries newly flagged for the appraiser's review. */
  entriesFlagged: number;
  changes: ResultChange[];
  groupIds: string[];
}

// ---------------------------------------------------------------------------
// raw rows

export interface SheetRow {
  id: string;
  unitId: string;
  groupId: string;
  assessorUnitId: string;
  unitName: string;
  status: string;
}

export interface EntryRow {
  id: string;
  sheetId: string;
  criterionId: string;
  declaredValue: string | null;
  notApplicable: boolean;
  selfPoints: number | null;
  round1Points: number | null;
  round2Points: number | null;
  surveyPoints: number | null;
  ruleReview: boolean;
}

/** A stored result: the ranking columns always, the full figures for re-scored sheets. */
interface StoredRow {
  id: string;
  sheetId: string;
  unitId: string;
  groupId: string;
  assessorUnitId: string;
  unitName: string;
  index: number | null;
  rankable: boolean;
  rankInGroup: number | null;
  rankInAssessor: number | null;
  classificationCode: string | null;
  headRatingCode: string | null;
  /** Fingerprint of the stored scalar figures (only read for re-scored sheets). */
  figures?: string;
  /** The stored area and criterion JSON as compared (jsonKey; only read for re-scored sheets; the entity's fallback for none: []). */
  areasText?: string;
  criteriaText?: string;
}

type Raw = Record<string, unknown>;

const points = (value: unknown): number | null => (hundredthsTransformer.from(value as string | number | null) as number | null) ?? null;
const bool = (value: unknown): boolean => value === true || value === 1 || value === '1' || (typeof value === 'bigint' && value === 1n);
const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' && value !== '' ? (JSON.parse(value) as T) : fallback);

/** Rows per IN list / multi-row statement: well under both databases' placeholder limits. */
const CHUNK = 400;
/** Result rows per upsert (28 placeholders a row). */
const RESULT_CHUNK = 200;

async function loadYearRules(manager: EntityManager, yearId: string): Promise<YearRules> {
  const [row] = (await manager.query(
    'SELECT id, status, classification_bands, head_ratings, bonus_cap, penalty_cap FROM assessment_year WHERE id = ?',
    [yearId],
  )) as Raw[];
  if (!row) throw new Error(`recompute: no assessment year ${yearId}`);
  return {
    id: String(row.id),
    status: String(row.status),
    bands: json<ClassificationBand[]>(row.classification_bands, []),
    headRatings: json<HeadRatingMapping>(row.head_ratings, {}),
    bonusCap: points(row.bonus_cap),
    penaltyCap: points(row.penalty_cap),
  };
}

const SHEET_COLUMNS = 's.id, s.unit_id, s.group_id, s.assessor_unit_id, s.unit_name, s.status';
function sheetRow(r: Raw): SheetRow {
  return {
    id: String(r.id),
    unitId: String(r.unit_id),
    groupId: String(r.group_id),
    assessorUnitId: String(r.assessor_unit_id),
    unitName: String(r.unit_name),
    status: String(r.status),
  };
}

/**
 * The sheets in scope. On MySQL/MariaDB read with FOR UPDATE: a current read that also locks them
 * (lock-order level 2, after the caller's year lock and before the groups).
 */
async function loadSheets(manager: EntityManager, yearId: string, scope: RecomputeScope): Promise<SheetRow[]> {
  const lock = forUpdate(manager);
  if (scope.kind === 'YEAR')
    return ((await manager.query(`SELECT ${SHEET_COLUMNS} FROM score_sheet s WHERE s.year_id = ?${lock}`, [yearId])) as Raw[]).map(
      sheetRow,
    );
  const ids = scope.kind === 'GROUPS' ? [...new Set(scope.groupIds)] : [...new Set(scope.sheetIds)];
  const column = scope.kind === 'GROUPS' ? 's.group_id' : 's.id';
  const rows: SheetRow[] = [];
  for (const part of chunks(ids, CHUNK))
    rows.push(
      ...(
        (await manager.query(
          `SELECT ${SHEET_COLUMNS} FROM score_sheet s WHERE s.year_id = ? AND ${column} IN (${placeholders(part.length)})${lock}`,
          [yearId, ...part],
        )) as Raw[]
      ).map(sheetRow),
    );
  return rows;
}

/** An entry's columns in the order of the tuples a sheet's aggregate holds (entryFromTuple reads them back). */
const ENTRY_TUPLE =
  'e.id, e.criterion_id, e.declared_value, e.not_applicable, e.self_points, e.round1_points, e.round2_points, e.survey_points, e.rule_review';
function entryFromTuple(sheetId: string, t: unknown[], o = 0): EntryRow {
  return {
    id: String(t[o]),
    sheetId,
    criterionId: String(t[o + 1]),
    declaredValue: t[o + 2] === null || t[o + 2] === undefined ? null : String(t[o + 2]),
    notApplicable: bool(t[o + 3]),
    selfPoints: points(t[o + 4]),
    round1Points: points(t[o + 5]),
    round2Points: points(t[o + 6]),
    surveyPoints: points(t[o + 7]),
    ruleReview: bool(t[o + 8]),
  };
}

/** The entries of the sheets in scope, per sheet: one JSON text (SQLite) or rows of tuples starting at `offset`. */
interface LoadedEntries {
  bySheet: Map<string, string | unknown[][]>;
  offset: number;
}

/**
 * The entries of the sheets in scope. SQLite: one row per sheet carrying its entries as one JSON
 * array of tuples (json_group_array): the database builds the text, one JSON.parse per sheet reads
 * it back — a third of the work of 80,000 row objects, and each sheet's entries are parsed only
 * when it is scored, so they die young instead of filling the heap for the whole year (issue 9: a
 * 1,000-sheet year, 88,000 entries, in ≤ 1 s). MySQL/MariaDB: plain rows read as arrays (mysql2
 * rowsAsArray) on the transaction's connection — JSON_ARRAYAGG made the server build and the client
 * parse 88,000 JSON arrays, a third slower than sending the rows; the aggregate stays the way when
 * no transaction's connection is at hand.
 */
async function loadEntries(manager: EntityManager, yearId: string, scope: RecomputeScope, sheets: SheetRow[]): Promise<LoadedEntries> {
  const mysql = isMysql(manager);
  const where =
    scope.kind === 'YEAR'
      ? [{ sql: 'INNER JOIN score_sheet s ON s.id = e.sheet_id WHERE s.year_id = ?', params: [yearId] as unknown[] }]
      : scope.kind === 'GROUPS'
        ? chunks([...new Set(scope.groupIds)], CHUNK).map((part) => ({
            sql: `INNER JOIN score_sheet s ON s.id = e.sheet_id WHERE s.year_id = ? AND s.group_id IN (${placeholders(part.length)})`,
            params: [yearId, ...part] as unknown[],
          }))
        : chunks(
            sheets.map((s) => s.id),
            CHUNK,
          ).map((part) => ({
            sql: `WHERE e.sheet_id IN (${placeholders(part.length)})`,
            params: part as unknown[],
          }));
  if (mysql && mysqlConnection(manager)) {
    const bySheet = new Map<string, unknown[][]>();
    for (const part of where) {
      // A plain read, no shared lock per entry row: the caller holds the year (X for a year or
      // groups scope, S for sheets) and the sheets, taken before its first plain read (lock-order),
      // so its snapshot already holds every committed entry of these sheets and no writer can move
      // them until commit.
      const rows = await queryArrays(manager, `SELECT e.sheet_id, ${ENTRY_TUPLE} FROM score_entry e ${part.sql}`, part.params);
      for (const row of rows) {
        const sheetId = String(row[0]);
        const list = bySheet.get(sheetId);
        if (list) list.push(row);
        else bySheet.set(sheetId, [row]);
      }
    }
    return { bySheet, offset: 1 };
  }
  const aggregate = mysql ? `JSON_ARRAYAGG(JSON_ARRAY(${ENTRY_TUPLE}))` : `json_group_array(json_array(${ENTRY_TUPLE}))`;
  // JSON_ARRAYAGG is cut at group_concat_max_len (1 MB by default): a sheet's entries are well under
  // it, but a cut array would not parse, so the session's limit is lifted for this read.
  if (mysql) await manager.query('SET SESSION group_concat_max_len = 67108864');
  // mysql2 hands a JSON result over parsed already; better-sqlite3 as text.
  const bySheet = new Map<string, string | unknown[][]>();
  const read = async (where: string, params: unknown[]) => {
    const rows = (await manager.query(
      `SELECT e.sheet_id AS sheet_id, ${aggregate} AS entries FROM score_entry e ${where} GROUP BY e.sheet_id`,
      params,
    )) as Raw[];
    for (const r of rows) bySheet.set(String(r.sheet_id), typeof r.entries === 'string' ? r.entries : (r.entries as unknown[][]));
  };
  // A year or group scope reads through the sheets' index in one statement, whatever their number.
  if (scope.kind === 'YEAR') await read('INNER JOIN score_sheet s ON s.id = e.sheet_id WHERE s.year_id = ?', [yearId]);
  else if (scope.kind === 'GROUPS')
    for (const part of chunks([...new Set(scope.groupIds)], CHUNK))
      await read(`INNER JOIN score_sheet s ON s.id = e.sheet_id WHERE s.year_id = ? AND s.group_id IN (${placeholders(part.length)})`, [
        yearId,
        ...part,
      ]);
  else
    for (const part of chunks(
      sheets.map((s) => s.id),
      CHUNK,
    ))
      await read(`WHERE e.sheet_id IN (${placeholders(part.length)})`, part);
  return { bySheet, offset: 0 };
}

/**
 * The groups' criteria nodes, and each set's own rules read in the same statement (a set without
 * nodes has no leaf a rule could apply to).
 */
async function loadNodes(
  manager: EntityManager,
  groupIds: readonly string[],
): Promise<{ nodes: Map<string, CriteriaNode[]>; defaults: Map<string, LeafDefaults> }> {
  const byGroup = new Map<string, CriteriaNode[]>(groupIds.map((g) => [g, []]));
  const defaults = new Map<string, LeafDefaults>();
  for (const part of chunks(groupIds, CHUNK)) {
    const rows = (await manager.query(
      `SELECT n.id, n.group_id, n.parent_id, n.code, n.title, n.max_points, n.section, n.allow_not_applicable, n.method, n.params,
              n.sort_order, n.entered_by_assessor, g.bonus_penalty_default_zero
       FROM criteria_node n INNER JOIN unit_group g ON g.id = n.group_id WHERE n.group_id IN (${placeholders(part.length)})`,
      part,
    )) as Raw[];
    for (const r of rows) {
      defaults.set(String(r.group_id), { bonusPenaltyDefaultZero: bool(r.bonus_penalty_default_zero) });
      byGroup.get(String(r.group_id))?.push({
        id: String(r.id),
        parentId: r.parent_id === null || r.parent_id === undefined ? null : String(r.parent_id),
        code: String(r.code),
        title: String(r.title),
        maxPoints: points(r.max_points) ?? 0,
        section: String(r.section) as CriteriaNode['section'],
        allowNotApplicable: bool(r.allow_not_applicable),
        method: r.method === null || r.method === undefined ? null : (String(r.method) as ScoringMethod),
        params: r.params === null || r.params === undefined ? null : (JSON.parse(String(r.params)) as unknown),
        sortOrder: Number(r.sort_order ?? 0),
        enteredByAssessor: bool(r.entered_by_assessor),
      });
    }
  }
  return { nodes: byGroup, defaults };
}

const RANK_COLUMNS =
  'r.id, r.sheet_id, r.unit_id, r.group_id, r.assessor_unit_id, r.unit_name, r.index_value, r.rankable, r.rank_in_group, r.rank_in_assessor, r.classification_code, r.head_rating_code';
const FIGURE_COLUMNS =
  'r.max_applicable, r.self_total, r.appraised_total, r.survey_points, r.bonus_points, r.penalty_points, r.self_index, r.gap_points, r.gap_index, r.area_results, r.criterion_results, r.leaf_total, r.self_filled, r.appraised_filled';

function storedRow(r: Raw, withFigures: boolean): StoredRow {
  const row: StoredRow = {
    id: String(r.id),
    sheetId: String(r.sheet_id),
    unitId: String(r.unit_id),
    groupId: String(r.group_id),
    assessorUnitId: String(r.assessor_unit_id),
    unitName: String(r.unit_name),
    index: points(r.index_value),
    rankable: bool(r.rankable),
    rankInGroup: int(r.rank_in_group),
    rankInAssessor: int(r.rank_in_assessor),
    classificationCode: r.classification_code === null || r.classification_code === undefined ? null : String(r.classification_code),
    headRatingCode: r.head_rating_code === null || r.head_rating_code === undefined ? null : String(r.head_rating_code),
  };
  if (withFigures) {
    // As stored (compared as text: parsing 14 KB a row to write it back the same was most of this read).
    row.areasText = jsonText(r.area_results);
    row.criteriaText = jsonText(r.criterion_results);
    row.figures = fingerprint({
      maxApplicable: points(r.max_applicable) ?? 0,
      selfTotal: points(r.self_total) ?? 0,
      appraisedTotal: points(r.appraised_total) ?? 0,
      surveyPoints: points(r.survey_points) ?? 0,
      bonusPoints: points(r.bonus_points) ?? 0,
      penaltyPoints: points(r.penalty_points) ?? 0,
      index: row.index,
      selfIndex: points(r.self_index),
      gapPoints: points(r.gap_points) ?? 0,
      gapIndex: points(r.gap_index),
      leafTotal: Number(r.leaf_total ?? 0),
      selfFilled: Number(r.self_filled ?? 0),
      appraisedFilled: Number(r.appraised_filled ?? 0),
      rankable: row.rankable,
      classificationCode: row.classificationCode,
      headRatingCode: row.headRatingCode,
      unitName: row.unitName,
      groupId: row.groupId,
      assessorUnitId: row.assessorUnitId,
    });
  }
  return row;
}

type Figures = ResultFields & { unitName: string; groupId: string; assessorUnitId: string };

/** A re-scored sheet's fresh result, its JSON as text, and what moved against the stored row. */
interface Fresh {
  row: StoredRow;
  figures: Figures;
  areasText: string;
  criteriaText: string;
  /** The area or criterion JSON differs from the stored text (or there is no stored row, or nothing was compared). */
  jsonChanged: boolean;
  /** Any figure differs. */
  changed: boolean;
}
type ResultWrite = Fresh & { rankInGroup: number | null; rankInAssessor: number | null };

/** A stored JSON column's text as compared with a fresh one (the entity's fallback for none: []). */
const jsonText = (value: unknown): string => (typeof value === 'string' && value !== '' ? value : '[]');

type ScalarFigures = Omit<Figures, 'areas' | 'criteria'>;
/** Key order fixed by FIGURE_KEYS: the same figures always give the same string (areas and criteria compared apart, as text). */
const FIGURE_KEYS: (keyof ScalarFigures)[] = [
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
  'leafTotal',
  'selfFilled',
  'appraisedFilled',
  'rankable',
  'classificationCode',
  'headRatingCode',
  'unitName',
  'groupId',
  'assessorUnitId',
];
function fingerprint(figures: ScalarFigures): string {
  return FIGURE_KEYS.map((k) => JSON.stringify(figures[k])).join(',');
}

/**
 * The stored area/criterion JSON as compared: the text itself on SQLite (read in process), its MD5 on
 * MySQL/MariaDB (the server hashes 16 MB instead of sending it: a third of the stored read's time).
 * None or empty counts as [] (the entity's fallback).
 */
const storedJson = (mysql: boolean, column: string) =>
  mysql ? `MD5(COALESCE(NULLIF(r.${column}, ''), '[]')) AS ${column}` : `r.${column}`;
/** A fresh JSON text as storedJson reads the stored one. */
const jsonKey = (mysql: boolean, text: string) => (mysql ? createHash('md5').update(text, 'utf8').digest('hex') : text);

/** The stored results of the groups: ranking columns, and the full figures when asked. */
async function loadStored(manager: EntityManager, yearId: string, groupIds: readonly string[], withFigures: boolean): Promise<StoredRow[]> {
  const mysql = isMysql(manager);
  const figureColumns = FIGURE_COLUMNS.replace('r.area_results', storedJson(mysql, 'area_results')).replace(
    'r.criterion_results',
    storedJson(mysql, 'criterion_results'),
  );
  const rows: StoredRow[] = [];
  for (const part of chunks(groupIds, CHUNK)) {
    const raw = (await manager.query(
      `SELECT ${RANK_COLUMNS}${withFigures ? `, ${figureColumns}` : ''} FROM unit_result r WHERE r.year_id = ? AND r.group_id IN (${placeholders(part.length)})${forUpdate(manager)}`,
      [yearId, ...part],
    )) as Raw[];
    rows.push(...raw.map((r) => storedRow(r, withFigures)));
  }
  return rows;
}

/** The stored rows of these sheets only (ranking columns), by the unique sheet index. */
async function loadStoredOf(manager: EntityManager, sheets: readonly SheetRow[]): Promise<StoredRow[]> {
  const rows: StoredRow[] = [];
  for (const part of chunks(
    sheets.map((s) => s.id),
    CHUNK,
  )) {
    const raw = (await manager.query(
      `SELECT ${RANK_COLUMNS} FROM unit_result r WHERE r.sheet_id IN (${placeholders(part.length)})`,
      part,
    )) as Raw[];
    rows.push(...raw.map((r) => storedRow(r, false)));
  }
  return rows;
}

// ---------------------------------------------------------------------------
// writes

type DbValue = string | number | null;

/** Points as the DECIMAL(6,2) text both databases take exactly. */
const dbPoints = (value: number | null): DbValue => (value === null ? null : (hundredthsTransformer.to(value) as string));

/**
 * `UPDATE t SET c = CASE id WHEN ? THEN ? … END, … WHERE id IN (…)`, one statement per chunk:
 * many rows get different values without a statement per row.
 */
export async function updateByCase(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly { id: string; values: readonly DbValue[] }[],
): Promise<void> {
  // Each row binds its id 1 + columns times and one value per column.
  for (const part of chunks(rows, Math.floor(2000 / (2 * columns.length + 1)))) {
    const params: DbValue[] = [];
    const sets = columns.map((column, c) => {
      const whens = part.map((row) => {
        params.push(row.id, row.values[c] ?? null);
        return 'WHEN ? THEN ?';
      });
      return `${column} = CASE id ${whens.join(' ')} ELSE ${column} END`;
    });
    params.push(...part.map((r) => r.id));
    await manager.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE id IN (${placeholders(part.length)})`, params);
  }
}

// ---------------------------------------------------------------------------
// the recompute

/**
 * Points of a declared value under a leaf's rule, remembered per leaf for one recompute: the rule's
 * parameters are validated once (leafPointsRule), and a year's units declare the same values again
 * and again (yes/no, levels, counts).
 */
type PointsMemo = Map<CriteriaNode, { rule: LeafPointsRule; byValue: Map<string, number | null> }>;

/** What a re-scored entry becomes under the current rule; null when nothing changes. */
function rescoreEntry(
  entry: EntryRow,
  leaf: CriteriaNode | undefined,
  memo: PointsMemo,
): { selfPoints: number | null; surveyPoints: number | null } | null {
  if (!leaf || entry.declaredValue === null) return null;
  const declared = entry.declaredValue;
  const derive = () => {
    if (!leaf.method) return null;
    let known = memo.get(leaf);
    if (!known)
      memo.set(leaf, (known = { rule: leafPointsRule(leaf.method, leaf.params, leaf.maxPoints, { code: leaf.code }), byValue: new Map() }));
    const remembered = known.byValue.get(declared);
    if (remembered !== undefined) return remembered;
    const result = known.rule(declared);
    // A declared value the new rule no longer accepts leaves the leaf unscored: the unit declares again.
    const points = 'error' in result ? null : result.points;
    known.byValue.set(declared, points);
    return points;
  };
  if (leaf.section === 'SURVEY') {
    const surveyPoints = derive();
    return surveyPoints === entry.surveyPoints ? null : { selfPoints: entry.selfPoints, surveyPoints };
  }
  if (entry.notApplicable) return null;
  const selfPoints = derive();
  return selfPoints === entry.selfPoints ? null : { selfPoints, surveyPoints: entry.surveyPoints };
}

/**
 * Re-scores the sheets in scope and re-ranks their groups inside the caller's transaction (pass
 * its manager: the change and its results commit together). `ctx` is the actor recorded on the
 * audit rows of re-scored entries.
 */
export async function recomputeResults(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor'>,
  request: RecomputeRequest,
): Promise<RecomputeOutcome> {
  const { yearId, scope } = request;
  const pre = request.preloaded;
  const sheets = pre?.sheets ?? (await loadSheets(manager, yearId, scope));
  // Re-ranking alone needs no rules.
  const year = pre?.year ?? (sheets.length ? await loadYearRules(manager, yearId) : null);
  const groupIds = [
    ...new Set([...(scope.kind === 'GROUPS' ? scope.groupIds : []), ...sheets.map((s) => s.groupId), ...(request.rerankGroupIds ?? [])]),
  ];
  if (groupIds.length === 0) return { sheets: 0, written: 0, entriesRescored: 0, entriesFlagged: 0, changes: [], groupIds };

  // A sheet-scoped recompute (a sheet action, a survey import) writes its few rows without first
  // reading their old figures; wider scopes read them to write only the rows that changed.
  const compareFigures = scope.kind !== 'SHEETS';
  const mysql = isMysql(manager);
  request.onProgress?.(0, sheets.length);
  // Sheets that are ranked neither before nor after (a draft saved, an appraisal in progress) move
  // no rank of their group: only their own stored rows are read, not the whole group's (in a
  // 1,000-unit block that read was most of a save). A stored row that was ranked brings the group's back.
  const unranked = scope.kind === 'SHEETS' && !request.rerankGroupIds?.length && sheets.every((s) => !RANKABLE_STATES.includes(s.status));
  // The groups are locked before any stored result is read or written, until commit (lockGroups).
  // A sheet-scoped recompute writes every sheet in scope (nothing is compared), and its caller
  // changed what the sheet shows: the version bump that must happen anyway takes the lock, no extra
  // statement. Otherwise the groups are locked now and bumped at the end only if a row moved.
  const bumpFirst = scope.kind === 'SHEETS' && sheets.length > 0 && !request.dryRun;
  if (bumpFirst) await bumpResultsVersion(manager, groupIds);
  else await lockGroups(manager, groupIds);
  const [aggregated, sets, storedFirst] = await Promise.all([
    pre || !sheets.length ? Promise.resolve<LoadedEntries>({ bySheet: new Map(), offset: 0 }) : loadEntries(manager, yearId, scope, sheets),
    pre ??
      (sheets.length
        ? loadNodes(manager, [...new Set(sheets.map((s) => s.groupId))])
        : Promise.resolve({ nodes: new Map<string, CriteriaNode[]>(), defaults: new Map<string, LeafDefaults>() })),
    unranked ? loadStoredOf(manager, sheets) : loadStored(manager, yearId, groupIds, compareFigures),
  ]);
  const stored =
    unranked && storedFirst.some((r) => r.rankable || r.rankInGroup !== null || r.rankInAssessor !== null)
      ? await loadStored(manager, yearId, groupIds, compareFigures)
      : storedFirst;
  const nodesByGroup = sets.nodes;

  const trees = new Map<string, { tree: CriteriaTree; leaves: Map<string, CriteriaNode> }>();
  for (const [groupId, nodes] of nodesByGroup) {
    const parents = new Set(nodes.map((n) => n.parentId));
    trees.set(groupId, { tree: buildCriteriaTree(nodes), leaves: new Map(nodes.filter((n) => !parents.has(n.id)).map((n) => [n.id, n])) });
  }
  const preloadedBySheet = new Map<string, EntryRow[]>();
  for (const e of pre?.entries ?? []) {
    const list = preloadedBySheet.get(e.sheetId);
    if (list) list.push(e);
    else preloadedBySheet.set(e.sheetId, [e]);
  }
  const entriesOf = (sheetId: string): EntryRow[] => {
    if (pre) return preloadedBySheet.get(sheetId) ?? [];
    const tuples = aggregated.bySheet.get(sheetId);
    if (tuples === undefined) return [];
    return (typeof tuples === 'string' ? (JSON.parse(tuples) as unknown[][]) : tuples).map((t) =>
      entryFromTuple(sheetId, t, aggregated.offset),
    );
  };

  // One pass per sheet (its entries parsed here, gone after it):
  // 1. entries: declared values follow the current rule; appraised points under a changed rule are flagged;
  // 2. the sheet's result from the pure domain functions.
  const changedRule = new Set(request.changedRuleLeafIds ?? []);
  const pointsMemo: PointsMemo = new Map();
  const entryWrites: { id: string; values: DbValue[] }[] = [];
  const rescoredSheets = new Set<string>();
  const audits: AuditInput[] = [];
  let entriesRescored = 0;
  let entriesFlagged = 0;
  const storedBySheet = new Map(stored.map((r) => [r.sheetId, r]));
  const fresh = new Map<string, Fresh>();
  let done = 0;
  for (const sheet of sheets) {
    const leaves = trees.get(sheet.groupId)?.leaves;
    const sheetEntries = entriesOf(sheet.id);
    for (const entry of sheetEntries) {
      const leaf = leaves?.get(entry.criterionId);
      const next = request.rescoreDeclared ? rescoreEntry(entry, leaf, pointsMemo) : null;
      const flag = !entry.ruleReview && changedRule.has(entry.criterionId) && (entry.round1Points !== null || entry.round2Points !== null);
      if (!next && !flag) continue;
      if (next) {
        audits.push({
          yearId,
          entityType: AuditEntityType.SCORE,
          entityId: entry.id,
          sheetId: sheet.id,
          criterionId: entry.criterionId,
          action: 'RULE_RESCORE',
          before: { selfPoints: asPoints(entry.selfPoints), surveyPoints: asPoints(entry.surveyPoints) },
          after: { selfPoints: asPoints(next.selfPoints), surveyPoints: asPoints(next.surveyPoints) },
          reason: 'Tính lại điểm từ giá trị kê khai theo quy tắc chấm hiện hành của bộ chỉ số',
        });
        entry.selfPoints = next.selfPoints;
        entry.surveyPoints = next.surveyPoints;
        entriesRescored += 1;
      }
      if (flag) {
        entry.ruleReview = true;
        entriesFlagged += 1;
      }
      entryWrites.push({ id: entry.id, values: [dbPoints(entry.selfPoints), dbPoints(entry.surveyPoints), entry.ruleReview ? 1 : 0] });
      rescoredSheets.add(sheet.id);
    }

    const tree = trees.get(sheet.groupId)?.tree ?? buildCriteriaTree([]);
    const rules = year!;
    const result = computeSheetResult(
      tree,
      sheetEntries.map(toSheetEntry),
      { bonusCap: rules.bonusCap, penaltyCap: rules.penaltyCap },
      sets.defaults.get(sheet.groupId),
    );
    const figures: Figures = {
      ...resultFields(rules, sheet.status, result),
      unitName: sheet.unitName,
      groupId: sheet.groupId,
      assessorUnitId: sheet.assessorUnitId,
    };
    const before = storedBySheet.get(sheet.id);
    const row: StoredRow = {
      id: before?.id ?? randomUUID(),
      sheetId: sheet.id,
      unitId: sheet.unitId,
      groupId: sheet.groupId,
      assessorUnitId: sheet.assessorUnitId,
      unitName: sheet.unitName,
      index: figures.index,
      rankable: figures.rankable,
      rankInGroup: before?.rankInGroup ?? null,
      rankInAssessor: before?.rankInAssessor ?? null,
      classificationCode: figures.classificationCode,
      headRatingCode: figures.headRatingCode,
    };
    const areasText = JSON.stringify(figures.areas);
    const criteriaText = JSON.stringify(figures.criteria);
    // A row whose JSON did not move is written without it (the JSON is most of a row's bytes).
    const jsonChanged =
      !before || !compareFigures || before.areasText !== jsonKey(mysql, areasText) || before.criteriaText !== jsonKey(mysql, criteriaText);
    fresh.set(sheet.id, {
      row,
      figures,
      areasText,
      criteriaText,
      jsonChanged,
      changed: jsonChanged || before.figures !== fingerprint(figures),
    });
    done += 1;
    if (request.onProgress && (done % RESULT_CHUNK === 0 || done === sheets.length)) {
      request.onProgress(done, sheets.length);
      // Let a progress poll in: the whole year is computed in this one loop.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  // 3. Ranks of every affected group over the new figures (domain rankUnits: 1, 2, 2, 4).
  const current = [...stored.filter((r) => !fresh.has(r.sheetId)), ...[...fresh.values()].map((f) => f.row)];
  const nextRank = rankBlocks(current);
  const changes: ResultChange[] = [];
  const upserts: ResultWrite[] = [];
  const scalarUpserts: ResultWrite[] = [];
  const rankWrites: { id: string; values: DbValue[] }[] = [];
  const groupOfRow = new Map<string, string>();
  const now = new Date();
  for (const row of current) {
    const ranks = nextRank.get(row.id) ?? { group: null, assessor: null };
    const before = storedBySheet.get(row.sheetId);
    const update = fresh.get(row.sheetId);
    const rankMoved = ranks.group !== (before?.rankInGroup ?? null) || ranks.assessor !== (before?.rankInAssessor ?? null);
    if (
      !before ||
      before.index !== row.index ||
      before.classificationCode !== row.classificationCode ||
      before.headRatingCode !== row.headRatingCode ||
      (before.rankInGroup ?? null) !== ranks.group
    )
      changes.push({
        unitId: row.unitId,
        unitName: row.unitName,
        groupId: row.groupId,
        indexBefore: before?.index ?? null,
        indexAfter: row.index,
        classificationBefore: before?.classificationCode ?? null,
        classificationAfter: row.classificationCode,
        headRatingBefore: before?.headRatingCode ?? null,
        headRatingAfter: row.headRatingCode,
        rankBefore: before?.rankInGroup ?? null,
        rankAfter: ranks.group,
      });
    if (update && (update.changed || rankMoved))
      (update.jsonChanged ? upserts : scalarUpserts).push({ ...update, rankInGroup: ranks.group, rankInAssessor: ranks.assessor });
    else if (rankMoved) {
      rankWrites.push({ id: row.id, values: [ranks.group, ranks.assessor] });
      groupOfRow.set(row.id, row.groupId);
    }
  }

  const outcome: RecomputeOutcome = {
    sheets: sheets.length,
    written: upserts.length + scalarUpserts.length + rankWrites.length,
    entriesRescored,
    entriesFlagged,
    changes,
    groupIds,
  };
  if (request.dryRun) return outcome;

  // 4. Writes: a few chunked statements whatever the number of sheets.
  if (entryWrites.length) await updateByCase(manager, 'score_entry', ['self_points', 'survey_points', 'rule_review'], entryWrites);
  if (audits.length) await recordAuditMany(manager, ctx, audits);
  if (upserts.length) await upsertResults(manager, yearId, upserts, now, true);
  if (scalarUpserts.length) await upsertResults(manager, yearId, scalarUpserts, now, false);
  if (rankWrites.length) await updateByCase(manager, 'unit_result', ['rank_in_group', 'rank_in_assessor'], rankWrites);
  if (!bumpFirst) {
    // Cached rankings, published results and sheet answers (keyed by results_version) stay valid
    // in a group where nothing was written: only the groups whose rows or entries moved are bumped.
    // A caller that changed something else those answers show bumps it itself.
    const moved = new Set([...upserts, ...scalarUpserts].map((u) => u.row.groupId));
    if (request.bumpGroups) for (const g of groupIds) moved.add(g);
    for (const w of rankWrites) moved.add(groupOfRow.get(w.id)!);
    for (const sheet of sheets) if (rescoredSheets.has(sheet.id)) moved.add(sheet.groupId);
    if (moved.size) await bumpResultsVersion(manager, [...moved]);
  }
  return outcome;
}

/** unit_result's columns in the order upsertResults binds them (every column of the entity). */
const RESULT_COLUMNS = [
  'id',
  'year_id',
  'unit_id',
  'sheet_id',
  'group_id',
  'assessor_unit_id',
  'unit_name',
  'max_applicable',
  'self_total',
  'appraised_total',
  'survey_points',
  'bonus_points',
  'penalty_points',
  'index_value',
  'self_index',
  'gap_points',
  'gap_index',
  'area_results',
  'criterion_results',
  'leaf_total',
  'self_filled',
  'appraised_filled',
  'rankable',
  'rank_in_group',
  'rank_in_assessor',
  'classification_code',
  'head_rating_code',
  'computed_at',
] as const;
/** Bytes per upsert: a few MB of statement (MySQL's max_allowed_packet is 16 MB by default); rows stay under SQLite's 32,766 placeholders. */
const UPSERT_BYTES = 4 * 1024 * 1024;

/**
 * Writes result rows (new or changed) with multi-row INSERT … ON CONFLICT / ON DUPLICATE KEY
 * UPDATE, built here rather than by TypeORM's insert builder (whose per-value parameter
 * bookkeeping was most of a year's write time): values as the entity's transformers store them
 * (DECIMAL text, JSON text, 1/0), chunked by rows and by bytes. Without `withJson` the rows exist
 * and their area/criterion JSON is unchanged: everything else is overwritten, the JSON left alone.
 */
async function upsertResults(
  manager: EntityManager,
  yearId: string,
  rows: readonly ResultWrite[],
  now: Date,
  withJson: boolean,
): Promise<void> {
  const driver = manager.connection.driver;
  const mysql = isMysql(manager);
  const metadata = manager.connection.getMetadata(UnitResultEntity);
  // A column added to the entity must be added here too (a row written without it would lose it).
  const entityColumns = metadata.columns.map((c) => c.databaseName).sort();
  if (entityColumns.join() !== [...RESULT_COLUMNS].sort().join())
    throw new Error(`upsertResults: unit_result columns ${entityColumns.join()} ≠ ${RESULT_COLUMNS.join()}`);
  const computedAt = driver.preparePersistentValue(now, metadata.findColumnWithDatabaseName('computed_at')!) as DbValue;
  const written = RESULT_COLUMNS.filter((c) => withJson || (c !== 'area_results' && c !== 'criterion_results'));
  const columns = written.map((c) => driver.escape(c)).join(', ');
  const update = written
    .filter((c) => c !== 'id')
    .map((c) => (mysql ? `${driver.escape(c)} = VALUES(${driver.escape(c)})` : `${driver.escape(c)} = excluded.${driver.escape(c)}`))
    .join(', ');
  const tuple = `(${placeholders(written.length)})`;
  const flush = async (params: DbValue[], count: number, bytes: number) => {
    if (!count) return;
    const values = Array.from({ length: count }, () => tuple).join(', ');
    await execute(
      manager,
      `INSERT INTO ${driver.escape('unit_result')} (${columns}) VALUES ${values} ${mysql ? `ON DUPLICATE KEY UPDATE ${update}` : `ON CONFLICT (${driver.escape('id')}) DO UPDATE SET ${update}`}`,
      params,
      bytes,
    );
  };
  const perRow = Math.floor(32766 / written.length);
  let params: DbValue[] = [];
  let count = 0;
  let bytes = 0;
  for (const { row, figures: f, areasText, criteriaText, rankInGroup, rankInAssessor } of rows) {
    params.push(
      row.id,
      yearId,
      row.unitId,
      row.sheetId,
      f.groupId,
      f.assessorUnitId,
      f.unitName,
      dbPoints(f.maxApplicable),
      dbPoints(f.selfTotal),
      dbPoints(f.appraisedTotal),
      dbPoints(f.surveyPoints),
      dbPoints(f.bonusPoints),
      dbPoints(f.penaltyPoints),
      dbPoints(f.index),
      dbPoints(f.selfIndex),
      dbPoints(f.gapPoints),
      dbPoints(f.gapIndex),
    );
    if (withJson) params.push(areasText, criteriaText);
    params.push(
      f.leafTotal,
      f.selfFilled,
      f.appraisedFilled,
      f.rankable ? 1 : 0,
      rankInGroup,
      rankInAssessor,
      f.classificationCode,
      f.headRatingCode,
      computedAt,
    );
    count += 1;
    bytes += (withJson ? areasText.length + criteriaText.length : 0) + 400;
    if (count >= perRow || bytes >= UPSERT_BYTES) {
      await flush(params, count, bytes);
      params = [];
      count = 0;
      bytes = 0;
    }
  }
  await flush(params, count, bytes);
}

/** Below this many bytes of values a write goes as plain text (see execute). */
const PREPARED_MIN_BYTES = 256 * 1024;

/**
 * Runs a write of about `bytes` of values. On MySQL/MariaDB a statement carrying megabytes of
 * JSON goes as a prepared statement (binary protocol: values sent as they are, not escaped into
 * the SQL text by the client, which cost more CPU than the server's whole write) and is closed
 * after. A small one (a sheet action's own result row, ~10 KB) goes as plain text: the prepare
 * is one more round trip, and its answer, that costs more than escaping a few KB. Elsewhere, and
 * outside a transaction's connection, as any query. Logged like TypeORM's own statements.
 */
async function execute(manager: EntityManager, sql: string, params: DbValue[], bytes: number): Promise<void> {
  const connection = bytes >= PREPARED_MIN_BYTES ? mysqlConnection(manager) : null;
  if (!connection) {
    await manager.query(sql, params);
    return;
  }
  manager.connection.logger.logQuery(sql, params, manager.queryRunner);
  try {
    await new Promise<void>((resolve, reject) => connection.execute(sql, params, (error) => (error ? reject(error) : resolve())));
  } finally {
    connection.unprepare(sql);
  }
}

/** What execute and queryArrays use of mysql2's connection (TypeORM's MySQL query runner holds one inside a transaction). */
interface MysqlConnection {
  execute: (sql: string, params: DbValue[], callback: (error: Error | null) => void) => void;
  unprepare: (sql: string) => void;
  query: (
    options: { sql: string; rowsAsArray: true },
    params: unknown[],
    callback: (error: Error | null, rows: unknown[][]) => void,
  ) => void;
}

/** The MySQL/MariaDB connection of the manager's transaction, or null (SQLite, or no transaction's runner). */
function mysqlConnection(manager: EntityManager): MysqlConnection | null {
  if (!isMysql(manager)) return null;
  const runner = manager.queryRunner as (QueryRunner & { databaseConnection?: MysqlConnection }) | undefined;
  const connection = runner?.databaseConnection;
  return runner && !runner.isReleased && typeof connection?.execute === 'function' && typeof connection.query === 'function'
    ? connection
    : null;
}

/** A read on the transaction's MySQL connection, rows as arrays in the column order (no row objects). Logged like TypeORM's. */
async function queryArrays(manager: EntityManager, sql: string, params: unknown[]): Promise<unknown[][]> {
  const connection = mysqlConnection(manager)!;
  manager.connection.logger.logQuery(sql, params, manager.queryRunner);
  return new Promise((resolve, reject) =>
    connection.query({ sql, rowsAsArray: true }, params, (error, rows) => (error ? reject(error) : resolve(rows))),
  );
}

function asPoints(value: number | null): number | null {
  return value === null ? null : value / 100;
}

/** Ranks per group and per (group, assessor), rankable rows only; everyone else is unranked. */
function rankBlocks(rows: readonly StoredRow[]): Map<string, { group: number | null; assessor: number | null }> {
  const next = new Map(rows.map((r) => [r.id, { group: null as number | null, assessor: null as number | null }]));
  const blocks = (keyOf: (r: StoredRow) => string) => {
    const map = new Map<string, StoredRow[]>();
    for (const r of rows) {
      if (!r.rankable) continue;
      const list = map.get(keyOf(r));
      if (list) list.push(r);
      else map.set(keyOf(r), [r]);
    }
    return map.values();
  };
  for (const block of blocks((r) => r.groupId))
    for (const ranked of rankUnits(block.map((r) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index, id: r.id }))))
      next.get(ranked.item.id)!.group = ranked.rank;
  for (const block of blocks((r) => `${r.groupId}|${r.assessorUnitId}`))
    for (const ranked of rankUnits(block.map((r) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index, id: r.id }))))
      next.get(ranked.item.id)!.assessor = ranked.rank;
  return next;
}

/**
 * Marks the groups' stored results as changed (cached rankings are keyed by this version). Also
 * called by writes that change what a ranking shows without changing a figure (a year transition
 * changes every sheet's shown status).
 */
export async function bumpResultsVersion(manager: EntityManager, groupIds: readonly string[]): Promise<void> {
  for (const part of chunks([...new Set(groupIds)], CHUNK))
    await manager.query(`UPDATE unit_group SET results_version = results_version + 1 WHERE id IN (${placeholders(part.length)})`, part);
}

/** Every group of a year (year-wide changes: a transition). */
export async function bumpYearResultsVersion(manager: EntityManager, yearId: string): Promise<void> {
  await manager.query('UPDATE unit_group SET results_version = results_version + 1 WHERE year_id = ?', [yearId]);
}
