import { importFileBytes } from '../../../platform/xlsx/import-file';
import { randomUUID } from 'node:crypto';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { In, type EntityManager } from 'typeorm';
import { requireRole, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYearForUpdate } from '../assessment-year/year-access';
import { AuditEntityType, recordAuditMany, type AuditInput } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { recomputeResults, updateByCase } from '../results/recompute.service';
import { assertId } from '../../../platform/graphql/ids';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import type { ScoringContext } from '../scoring-context';
import { FileDownload } from '../criteria/criteria.types';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import {
  buildSurveyTemplate,
  parseSurveyFile,
  validateSurveyRows,
  type SurveyFileFormat,
  type ParsedSurveyFile,
  type SurveyIssue,
  type SurveyPoints,
} from './survey-import';

/** Rows per multi-row statement. */
const BATCH = 400;

function importRejected(issues: SurveyIssue[]) {
  const shown = issues.slice(0, 10);
  return badInput(
    `Không nhập được kết quả điều tra: ${issues.length} lỗi. ${shown.map((i) => i.vi).join('; ')}`,
    `Survey results not imported: ${issues.length} error(s). ${shown.map((i) => i.en).join('; ')}`,
    { reason: 'INVALID_ROWS', issues: issues.map((i) => ({ row: i.row, code: i.code, vi: i.vi, en: i.en })) },
  );
}

/**
 * Who may import, and when: the province's administrator (Sở Nội vụ), while the year is open.
 * Assessors — a district chairman included — may not: survey results come from the province's
 * own surveys, for every unit at once, so there is no district-sized import to scope.
 */
async function importableYear(ctx: ScoringContext, yearId: string): Promise<{ actor: SignedInActor; year: AssessmentYearEntity }> {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(yearId, 'yearId');
  const year = await ctx.db.getRepository(AssessmentYearEntity).findOneBy({ id: yearId });
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  if (!administersProvince(actor, year.provinceUnitId))
    throw forbidden(
      'Chỉ quản trị viên của tỉnh mới được nhập kết quả điều tra.',
      'Only the province’s administrator may import survey results.',
    );
  assertOpen(year);
  return { actor, year };
}

/** Survey points change only while the year is open (self-assessment or appraisal). */
function assertOpen(year: AssessmentYearEntity): void {
  if (year.status !== 'SELF_ASSESSMENT' && year.status !== 'APPRAISAL')
    throw conflict(
      year.status === 'PLANNING'
        ? 'Kỳ đánh giá chưa mở, chưa thể nhập kết quả điều tra.'
        : 'Kỳ đánh giá đã chốt kết quả, không thể nhập kết quả điều tra.',
      year.status === 'PLANNING' ? 'The year has not opened yet.' : 'The year is closed; survey results can no longer change.',
      { reason: 'YEAR_STATUS' },
    );
}

interface SurveyLeafRow {
  nodeId: string;
  groupId: string;
  code: string;
  title: string;
  maxPoints: number;
  params: unknown;
}

/** The year's roster and survey leaves: what every row is checked against (two statements). */
async function surveyLookup(manager: EntityManager, yearId: string) {
  const [roster, nodes] = await Promise.all([
    manager.findBy(RosterEntryEntity, { yearId }),
    manager.findBy(CriteriaNodeEntity, { yearId, section: 'SURVEY' as CriteriaNodeEntity['section'] }),
  ]);
  const parents = new Set(nodes.map((n) => n.parentId));
  const leaves: SurveyLeafRow[] = nodes
    .filter((n) => !parents.has(n.id) && n.method === 'SURVEY')
    .map((n) => ({ nodeId: n.id, groupId: n.groupId, code: n.code, title: n.title, maxPoints: n.maxPoints, params: n.params }));
  return { roster, leaves };
}

/** Reads the file (size first): rows or structural problems. */
async function readFile(base64: string, format: SurveyFileFormat): Promise<ParsedSurveyFile> {
  return parseSurveyFile(importFileBytes(base64), format);
}

/** Checks every row against the year without writing anything: every row's points or every problem. */
async function checkRows(manager: EntityManager, yearId: string, parsed: ParsedSurveyFile) {
  const { roster, leaves } = await surveyLookup(manager, yearId);
  const validated = validateSurveyRows(parsed.rows, {
    unitsByCode: new Map(roster.map((r) => [r.unitCode, { unitId: r.unitId, groupId: r.groupId, unitName: r.unitName }])),
    surveyLeaves: new Map(
      leaves.map((n) => [
        `${n.groupId}|${n.code}`,
        { nodeId: n.nodeId, code: n.code, method: 'SURVEY' as const, params: n.params, maxPoints: n.maxPoints },
      ]),
    ),
  });
  const issues = [...parsed.issues, ...validated.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { parsed, points: validated.points, issues, roster, leaves };
}

interface StoredSurveyEntry {
  id: string;
  sheet_id: string;
  unit_id: string;
  criterion_id: string;
  declared_value: string | null;
  survey_points: unknown;
}

/** The stored entries of the year's survey leaves, keyed `${unitId}|${criterionId}` (one statement). */
async function storedSurveyEntries(manager: EntityManager, yearId: string, leafIds: readonly string[]) {
  const rows: StoredSurveyEntry[] =
    leafIds.length === 0
      ? []
      : await manager
          .createQueryBuilder()
          .select(['e.id AS id', 'e.sheet_id AS sheet_id', 's.unit_id AS unit_id', 'e.criterion_id AS criterion_id'])
          .addSelect(['e.declared_value AS declared_value', 'e.survey_points AS survey_points'])
          .from(ScoreEntryEntity, 'e')
          .innerJoin(ScoreSheetEntity, 's', 's.id = e.sheet_id')
          .where('s.year_id = :yearId', { yearId })
          .andWhere('e.criterion_id IN (:...leaves)', { leaves: [...leafIds] })
          .getRawMany();
  return new Map(rows.map((e) => [`${e.unit_id}|${e.criterion_id}`, e]));
}

const storedPointsOf = (e: StoredSurveyEntry | undefined) =>
  e ? (hundredthsTransformer.from(e.survey_points as number | string | null) as number | null) : null;
/** "88", "88,0" and "88.00" are the same declaration: only a different number is a change. */
const sameValue = (a: string | null, b: string) => {
  if (a === b) return true;
  if (a === null) return false;
  const [x, y] = [a, b].map((v) => Number(v.trim().replace(',', '.')));
  return Number.isFinite(x) && x === y;
};
const unchanged = (e: StoredSurveyEntry | undefined, p: SurveyPoints) =>
  !!e && storedPointsOf(e) === p.points && sameValue(e.declared_value, p.value);

export interface SurveyPreviewRow {
  row: number;
  unitCode: string;
  unitName: string;
  criterionCode: string;
  criterionTitle: string;
  value: string;
  /** Points the row gives, in hundredths. */
  points: number;
  /** Points stored today, in hundredths (null: none yet). */
  currentPoints: number | null;
  changed: boolean;
}

export interface SurveyPreview {
  rowCount: number;
  validCount: number;
  blankCount: number;
  changedCount: number;
  sheetsAffected: number;
  issues: SurveyIssue[];
  rows: SurveyPreviewRow[];
}

/**
 * The dry run of an import: the same checks as the import, every row's outcome (the points it
 * gives beside the points stored today) and every problem with its row and code. Writes nothing.
 */
export async function previewSurveyImport(
  ctx: ScoringContext,
  yearId: string,
  base64: string,
  format: SurveyFileFormat,
): Promise<SurveyPreview> {
  await importableYear(ctx, yearId);
  return previewChecked(ctx, yearId, await readFile(base64, format));
}

/** The same dry run for rows that come from elsewhere than a file (a unit's DDCI, for instance). */
export async function previewSurveyRows(ctx: ScoringContext, yearId: string, parsed: ParsedSurveyFile): Promise<SurveyPreview> {
  await importableYear(ctx, yearId);
  return previewChecked(ctx, yearId, parsed);
}

async function previewChecked(ctx: ScoringContext, yearId: string, parsed: ParsedSurveyFile): Promise<SurveyPreview> {
  const { points, issues, roster, leaves } = await checkRows(ctx.db.manager, yearId, parsed);
  const stored = await storedSurveyEntries(ctx.db.manager, yearId, [...new Set(points.map((p) => p.nodeId))]);
  const unitName = new Map(roster.map((r) => [r.unitId, r.unitName]));
  const leafTitle = new Map(leaves.map((l) => [l.nodeId, l.title]));
  const rows = points.map((p) => {
    const existing = stored.get(`${p.unitId}|${p.nodeId}`);
    return {
      row: p.row,
      unitCode: p.unitCode,
      unitName: unitName.get(p.unitId) ?? '',
      criterionCode: p.criterionCode,
      criterionTitle: leafTitle.get(p.nodeId) ?? '',
      value: p.value,
      points: p.points,
      currentPoints: storedPointsOf(existing),
      changed: !unchanged(existing, p),
    };
  });
  const changedUnits = new Set(points.filter((p) => !unchanged(stored.get(`${p.unitId}|${p.nodeId}`), p)).map((p) => p.unitId));
  return {
    rowCount: parsed.rows.length + parsed.issues.filter((i) => i.row !== null).length,
    validCount: points.length,
    blankCount: parsed.blankRows.length,
    changedCount: rows.filter((r) => r.changed).length,
    sheetsAffected: changedUnits.size,
    issues,
    rows,
  };
}

/** The template to fill: every roster unit × every survey leaf of its set, with what is stored today. */
export async function surveyImportTemplate(ctx: ScoringContext, yearId: string): Promise<FileDownload> {
  const { year } = await importableYear(ctx, yearId);
  const { roster, leaves } = await surveyLookup(ctx.db.manager, yearId);
  const [stored, groups] = await Promise.all([
    storedSurveyEntries(
      ctx.db.manager,
      yearId,
      leaves.map((l) => l.nodeId),
    ),
    ctx.db.getRepository(UnitGroupEntity).findBy({ yearId }),
  ]);
  const group = new Map(groups.map((g) => [g.id, g]));
  const collator = new Intl.Collator('vi');
  const ordered = [...roster].sort(
    (a, b) => (group.get(a.groupId)?.sortOrder ?? 0) - (group.get(b.groupId)?.sortOrder ?? 0) || collator.compare(a.unitName, b.unitName),
  );
  const lines = ordered.flatMap((r) =>
    leaves
      .filter((l) => l.groupId === r.groupId)
      .map((l) => ({
        unitCode: r.unitCode,
        unitName: r.unitName,
        groupName: group.get(r.groupId)?.name ?? '',
        criterionCode: l.code,
        criterionTitle: l.title,
        maxPoints: l.maxPoints,
        basis: (l.params as { basis?: string } | null)?.basis === 'POINTS' ? ('POINTS' as const) : ('PERCENT' as const),
        value: stored.get(`${r.unitId}|${l.nodeId}`)?.declared_value ?? null,
      })),
  );
  return {
    fileName: `mau-dieu-tra-xa-hoi-hoc-${year.year}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await buildSurveyTemplate(year.year, lines)).toString('base64'),
  };
}

/**
 * Imports survey results (điều tra xã hội học) into SURVEY leaves: all rows or none. Each
 * touched sheet gets a new version, an audit row per changed leaf and a recomputed result, all
 * written set-based (chunked multi-row statements): the statements do not grow with sheets.
 */
export async function importSurveyResults(
  ctx: ScoringContext,
  yearId: string,
  base64: string,
  format: SurveyFileFormat,
): Promise<SurveyImportCounts> {
  const { actor, year } = await importableYear(ctx, yearId);
  return importChecked(ctx, actor, year, await readFile(base64, format), (row) => `Nhập kết quả điều tra xã hội học (dòng ${row})`);
}

export interface SurveyImportCounts {
  imported: number;
  changed: number;
  sheetsUpdated: number;
}

/** The same import for rows that come from elsewhere than a file; `reason` words each audit row. */
export async function importSurveyRows(
  ctx: ScoringContext,
  yearId: string,
  parsed: ParsedSurveyFile,
  reason: (row: number) => string,
): Promise<SurveyImportCounts> {
  const { actor, year } = await importableYear(ctx, yearId);
  return importChecked(ctx, actor, year, parsed, reason);
}

/**
 * Checks the rows, then writes them in one transaction under the year's X lock. The check runs
 * first without the lock (a bad file is refused without holding the year); the transaction's
 * getYearForUpdate bumps state_version, so a year whose version moved by more than that bump had a
 * year-wide write commit since the plan read the year (a leaf's maximum or basis, a roster unit's
 * code, a finalization): the rows are then checked again under the lock, from current rows, and
 * the import writes what they give now or is refused whole.
 */
async function importChecked(
  ctx: ScoringContext,
  actor: SignedInActor,
  year: AssessmentYearEntity,
  parsed: ParsedSurveyFile,
  reason: (row: number) => string,
): Promise<SurveyImportCounts> {
  const yearId = year.id;
  const planned = await checkRows(ctx.db.manager, yearId, parsed);
  if (planned.issues.length > 0) throw importRejected(planned.issues);
  return ctx.db.transaction(async (manager) => {
    const locked = await getYearForUpdate(manager, yearId);
    // The year was open when the file was checked; a finalization committed since then must win.
    assertOpen(locked);
    let { points } = planned;
    if (locked.stateVersion !== year.stateVersion + 1) {
      const current = await checkRows(manager, yearId, parsed);
      if (current.issues.length > 0) throw importRejected(current.issues);
      points = current.points;
    }
    const surveyLeafIds = [...new Set(points.map((p) => p.nodeId))];
    await createSheetsForYear(manager, yearId);
    // Raw rows, one statement each whatever the number of sheets: the year's sheets and the
    // entries of its survey leaves.
    const sheetRows: { id: string; unit_id: string }[] = await manager
      .createQueryBuilder()
      .select(['s.id AS id', 's.unit_id AS unit_id'])
      .from(ScoreSheetEntity, 's')
      .where('s.year_id = :yearId', { yearId })
      .getRawMany();
    const sheetByUnit = new Map(sheetRows.map((s) => [s.unit_id, s.id]));
    const entryByUnit = await storedSurveyEntries(manager, yearId, surveyLeafIds);
    const inserts: ScoreEntryEntity[] = [];
    const updates: { id: string; values: (string | null)[] }[] = [];
    const audits: AuditInput[] = [];
    const touched = new Set<string>();
    const now = new Date();
    for (const p of points) {
      const sheetId = sheetByUnit.get(p.unitId)!;
      const existing = entryByUnit.get(`${p.unitId}|${p.nodeId}`);
      const storedPoints = storedPointsOf(existing);
      if (unchanged(existing, p)) continue;
      const id = existing?.id ?? randomUUID();
      if (existing) updates.push({ id, values: [p.value, hundredthsTransformer.to(p.points) as string] });
      else
        inserts.push(
          newScoreEntry({
            id,
            sheetId,
            criterionId: p.nodeId,
            declaredValue: p.value,
            surveyPoints: p.points,
            updatedBy: actor.userId,
            updatedAt: now,
          }),
        );
      audits.push({
        yearId,
        entityType: AuditEntityType.SCORE,
        entityId: id,
        sheetId,
        criterionId: p.nodeId,
        action: 'IMPORT_SURVEY',
        before: existing ? { value: existing.declared_value, surveyPoints: storedPoints === null ? null : storedPoints / 100 } : null,
        after: { value: p.value, surveyPoints: p.points / 100 },
        reason: reason(p.row),
      });
      touched.add(sheetId);
    }
    for (let i = 0; i < inserts.length; i += BATCH)
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScoreEntryEntity)
        .values(inserts.slice(i, i + BATCH))
        .updateEntity(false)
        .execute();
    await updateByCase(manager, 'score_entry', ['declared_value', 'survey_points'], updates);
    const updatedIds = updates.map((u) => u.id);
    for (let i = 0; i < updatedIds.length; i += BATCH)
      await manager
        .createQueryBuilder()
        .update(ScoreEntryEntity)
        .set({ updatedBy: actor.userId, updatedAt: now })
        .where({ id: In(updatedIds.slice(i, i + BATCH)) })
        .execute();
    await recordAuditMany(manager, ctx, audits);
    const touchedIds = [...touched];
    // Open editors of these sheets must reload: their version is now stale.
    for (let i = 0; i < touchedIds.length; i += BATCH)
      await manager
        .createQueryBuilder()
        .update(ScoreSheetEntity)
        .set({ version: () => 'version + 1' })
        .where({ id: In(touchedIds.slice(i, i + BATCH)) })
        .execute();
    await recomputeResults(manager, ctx, { yearId, scope: { kind: 'SHEETS', sheetIds: touchedIds } });
    return { imported: points.length, changed: audits.length, sheetsUpdated: touched.size };
  });
}
