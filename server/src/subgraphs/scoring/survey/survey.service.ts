import { randomUUID } from 'node:crypto';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { In } from 'typeorm';
import { requireRole } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
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
import { parseSurveyFile, validateSurveyRows, type SurveyFileFormat, type SurveyIssue } from './survey-import';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Rows per multi-row statement. */
const BATCH = 400;

function importRejected(issues: SurveyIssue[]) {
  const shown = issues.slice(0, 10);
  return badInput(
    `Không nhập được kết quả điều tra: ${issues.length} lỗi. ${shown.map((i) => i.vi).join('; ')}`,
    `Survey results not imported: ${issues.length} error(s). ${shown.map((i) => i.en).join('; ')}`,
    { reason: 'INVALID_ROWS', issues: issues.map((i) => ({ row: i.row, vi: i.vi, en: i.en })) },
  );
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
): Promise<{ imported: number; changed: number; sheetsUpdated: number }> {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(yearId, 'yearId');
  const year = await ctx.db.getRepository(AssessmentYearEntity).findOneBy({ id: yearId });
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  if (!administersProvince(actor, year.provinceUnitId))
    throw forbidden(
      'Chỉ quản trị viên của tỉnh mới được nhập kết quả điều tra.',
      'Only the province’s administrator may import survey results.',
    );
  if (year.status !== 'SELF_ASSESSMENT' && year.status !== 'APPRAISAL')
    throw conflict(
      year.status === 'PLANNING'
        ? 'Kỳ đánh giá chưa mở, chưa thể nhập kết quả điều tra.'
        : 'Kỳ đánh giá đã chốt kết quả, không thể nhập kết quả điều tra.',
      year.status === 'PLANNING' ? 'The year has not opened yet.' : 'The year is closed; survey results can no longer change.',
      { reason: 'YEAR_STATUS' },
    );
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0) throw badInput('Tệp rỗng.', 'The file is empty.', { argument: 'base64' });
  if (content.length > MAX_FILE_BYTES)
    throw badInput('Tệp quá lớn (tối đa 10 MB).', 'The file is too large (at most 10 MB).', { argument: 'base64' });

  const parsed = await parseSurveyFile(content, format);
  const [roster, nodes] = await Promise.all([
    ctx.db.getRepository(RosterEntryEntity).findBy({ yearId }),
    ctx.db.getRepository(CriteriaNodeEntity).findBy({ yearId, section: 'SURVEY' as CriteriaNodeEntity['section'] }),
  ]);
  const parents = new Set(nodes.map((n) => n.parentId));
  const validated = validateSurveyRows(parsed.rows, {
    unitsByCode: new Map(roster.map((r) => [r.unitCode, { unitId: r.unitId, groupId: r.groupId, unitName: r.unitName }])),
    surveyLeaves: new Map(
      nodes
        .filter((n) => !parents.has(n.id) && n.method === 'SURVEY')
        .map((n) => [
          `${n.groupId}|${n.code}`,
          { nodeId: n.id, code: n.code, method: 'SURVEY' as const, params: n.params, maxPoints: n.maxPoints },
        ]),
    ),
  });
  const issues = [...parsed.issues, ...validated.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (issues.length > 0) throw importRejected(issues);

  const surveyLeafIds = [...new Set(validated.points.map((p) => p.nodeId))];
  return ctx.db.transaction(async (manager) => {
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
    const entryRows: { id: string; sheet_id: string; criterion_id: string; declared_value: string | null; survey_points: unknown }[] =
      surveyLeafIds.length === 0
        ? []
        : await manager
            .createQueryBuilder()
            .select(['e.id AS id', 'e.sheet_id AS sheet_id', 'e.criterion_id AS criterion_id'])
            .addSelect(['e.declared_value AS declared_value', 'e.survey_points AS survey_points'])
            .from(ScoreEntryEntity, 'e')
            .innerJoin(ScoreSheetEntity, 's', 's.id = e.sheet_id')
            .where('s.year_id = :yearId', { yearId })
            .andWhere('e.criterion_id IN (:...leaves)', { leaves: surveyLeafIds })
            .getRawMany();
    const entryByKey = new Map(entryRows.map((e) => [`${e.sheet_id}|${e.criterion_id}`, e]));
    const inserts: ScoreEntryEntity[] = [];
    const updates: { id: string; values: (string | null)[] }[] = [];
    const audits: AuditInput[] = [];
    const touched = new Set<string>();
    const now = new Date();
    for (const p of validated.points) {
      const sheetId = sheetByUnit.get(p.unitId)!;
      const existing = entryByKey.get(`${sheetId}|${p.nodeId}`);
      const storedPoints = existing
        ? (hundredthsTransformer.from(existing.survey_points as number | string | null) as number | null)
        : null;
      if (existing && storedPoints === p.points && existing.declared_value === p.value) continue;
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
        reason: `Nhập kết quả điều tra xã hội học (dòng ${p.row})`,
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
    return { imported: validated.points.length, changed: audits.length, sheetsUpdated: touched.size };
  });
}
