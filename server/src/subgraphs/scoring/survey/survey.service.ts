import { randomUUID } from 'node:crypto';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { In } from 'typeorm';
import { requireRole } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { recomputeSheetResult, rerankGroups } from '../results/results.service';
import { assertId } from '../../../platform/graphql/ids';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import type { ScoringContext } from '../scoring-context';
import { parseSurveyFile, validateSurveyRows, type SurveyFileFormat, type SurveyIssue } from './survey-import';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

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
 * touched sheet gets a new version, an audit row per changed leaf and a recomputed result.
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

  return ctx.db.transaction(async (manager) => {
    await createSheetsForYear(manager, yearId);
    const unitIds = [...new Set(validated.points.map((p) => p.unitId))];
    const sheets = await manager.getRepository(ScoreSheetEntity).findBy({ yearId, unitId: In(unitIds) });
    const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
    const entries = await manager.getRepository(ScoreEntryEntity).findBy({ sheetId: In(sheets.map((s) => s.id)) });
    const entryByKey = new Map(entries.map((e) => [`${e.sheetId}|${e.criterionId}`, e]));
    const touched = new Set<string>();
    const now = new Date();
    let changed = 0;
    for (const p of validated.points) {
      const sheet = sheetByUnit.get(p.unitId)!;
      const key = `${sheet.id}|${p.nodeId}`;
      let entry = entryByKey.get(key);
      const before = entry
        ? { value: entry.declaredValue, surveyPoints: entry.surveyPoints === null ? null : entry.surveyPoints / 100 }
        : null;
      if (entry && entry.surveyPoints === p.points && entry.declaredValue === p.value) continue;
      entry ??= manager.getRepository(ScoreEntryEntity).create({
        id: randomUUID(),
        sheetId: sheet.id,
        criterionId: p.nodeId,
        notApplicable: false,
        selfEvidence: [],
        supplementaryEvidence: [],
        explanationRequested: false,
      });
      entry.declaredValue = p.value;
      entry.surveyPoints = p.points;
      entry.updatedBy = actor.userId;
      entry.updatedAt = now;
      entryByKey.set(key, entry);
      await manager.getRepository(ScoreEntryEntity).save(entry);
      await recordAudit(manager, ctx, {
        yearId,
        entityType: AuditEntityType.SCORE,
        entityId: entry.id,
        sheetId: sheet.id,
        criterionId: p.nodeId,
        action: 'IMPORT_SURVEY',
        before,
        after: { value: p.value, surveyPoints: p.points / 100 },
        reason: `Nhập kết quả điều tra xã hội học (dòng ${p.row})`,
      });
      touched.add(sheet.id);
      changed += 1;
    }
    const nodesByGroup = new Map<string, CriteriaNodeEntity[]>();
    for (const sheet of sheets.filter((s) => touched.has(s.id))) {
      // Open editors of these sheets must reload: their version is now stale.
      await manager.getRepository(ScoreSheetEntity).increment({ id: sheet.id }, 'version', 1);
      if (!nodesByGroup.has(sheet.groupId))
        nodesByGroup.set(sheet.groupId, await manager.getRepository(CriteriaNodeEntity).findBy({ groupId: sheet.groupId }));
      const sheetEntries = [...entryByKey.values()].filter((e) => e.sheetId === sheet.id);
      await recomputeSheetResult(manager, year, sheet, nodesByGroup.get(sheet.groupId)!, sheetEntries, { rerank: false });
    }
    await rerankGroups(manager, yearId, [...nodesByGroup.keys()]);
    return { imported: validated.points.length, changed, sheetsUpdated: touched.size };
  });
}
