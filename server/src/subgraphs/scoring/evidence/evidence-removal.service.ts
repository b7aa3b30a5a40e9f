/**
 * Taking an evidence file off a leaf (tài liệu kiểm chứng gửi nhầm, hoặc có thông tin cá nhân).
 *
 * A sheet edit like saving the leaf's evidence: the same read access, the same workflow rule (the
 * self-assessment's evidence while the sheet is a draft, the supplementary evidence while an
 * explanation is requested: role, unit, year, deadline, state — evidenceRemovalFor), the same
 * leaf rule and the same version check; one transaction bumps the version, rewrites the list,
 * records who removed which file (its name in the audit snapshot) and, when nothing references the
 * file any more, deletes its row. The bytes are deleted after the commit, never before: a rolled
 * back removal keeps a readable file. Evidence earns no points, so no result is recomputed.
 *
 * References that keep a file: the sheet's leaves (either list, any leaf), the archived copies of
 * the unit's sheet for the year (a unit removed from the roster and added back), the unit's
 * remediation reports and periodic reports.
 */
import { In, type EntityManager } from 'typeorm';
import { canEditLeaf } from '../../../domain/scoring';
import { evidenceRemovalFor, withoutFile } from '../../../domain/scoring/evidence-rules';
import { requireUser } from '../../../platform/auth/request-context';
import { AppError, badInput, conflict, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import type { ScoringContext } from '../scoring-context';
import { ScoreEntryEntity, type EvidenceItem } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import {
  assertAllowed,
  assertCanRead,
  decisionContext,
  effectiveState,
  loadSheetBundle,
  scopesFor,
  toDomainActor,
} from '../score-sheet/sheet-access';
import { assertYearAsPlanned, planAgainIfYearMoved } from '../year-plan';
import { EvidenceFileEntity } from './evidence-file.entity';
import { DiskFileStorage, type FileStorage } from './file-storage';

export interface RemoveEvidenceArgs {
  sheetId: string;
  version: number;
  criterionId: string;
  fileId: string;
}

function staleVersion(current: number): AppError {
  return conflict(
    `Phiếu đã được người khác cập nhật (phiên bản hiện tại ${current}); hãy tải lại phiếu rồi thực hiện lại. Chưa gỡ tệp nào.`,
    `The sheet was changed by someone else (current version ${current}); reload it and try again. Nothing was removed.`,
    { reason: 'STALE_VERSION', currentVersion: current },
  );
}

/** LIKE pattern for a file id inside a JSON column (ids are UUIDs: no wildcard characters). */
const inJson = (fileId: string) => `%"${fileId}"%`;

/** Whether anything still cites the file (in the removing transaction, after the leaf was rewritten). */
export async function evidenceFileReferenced(
  manager: EntityManager,
  file: Pick<EvidenceFileEntity, 'id' | 'sheetId'>,
  owner: { sheetId: string; yearId: string; unitId: string },
): Promise<boolean> {
  const like = inJson(file.id);
  const found = async (sql: string, params: unknown[]) => ((await manager.query(sql, params)) as unknown[]).length > 0;
  return (
    (await found('SELECT 1 FROM score_entry WHERE sheet_id = ? AND (self_evidence LIKE ? OR supplementary_evidence LIKE ?) LIMIT 1', [
      owner.sheetId,
      like,
      like,
    ])) ||
    (await found(
      `SELECT 1 FROM sheet_archive_entry a JOIN sheet_archive s ON s.id = a.archive_id
        WHERE s.year_id = ? AND s.unit_id = ? AND a.entry LIKE ? LIMIT 1`,
      [owner.yearId, owner.unitId, like],
    )) ||
    (await found(
      `SELECT 1 FROM remediation_event e JOIN remediation_item i ON i.id = e.item_id
        WHERE i.year_id = ? AND i.unit_id = ? AND e.evidence LIKE ? LIMIT 1`,
      [owner.yearId, owner.unitId, like],
    )) ||
    (await found('SELECT 1 FROM unit_report WHERE file_id = ? LIMIT 1', [file.id]))
  );
}

/**
 * Removes the file from the leaf's editable list. Answers the sheet (new version). The bytes go
 * after the commit when nothing references the file any more. Checked again from fresh rows when a
 * year-wide write (a transition, a deadline, the rules) committed between the checks and the
 * transaction, as a sheet action is planned again; a year that moves again meanwhile refuses it
 * (CONFLICT YEAR_CHANGED, nothing written).
 */
export async function removeEvidence(
  ctx: ScoringContext,
  args: RemoveEvidenceArgs,
  storage: FileStorage = new DiskFileStorage(ctx.config.uploadDir),
): Promise<ScoreSheetEntity> {
  return planAgainIfYearMoved(() => removeEvidenceOnce(ctx, args, storage));
}

async function removeEvidenceOnce(ctx: ScoringContext, args: RemoveEvidenceArgs, storage: FileStorage): Promise<ScoreSheetEntity> {
  const user = requireUser(ctx);
  assertId(args.sheetId, 'sheetId');
  assertId(args.criterionId, 'criterionId');
  assertId(args.fileId, 'fileId');
  const { bundle, assignment } = await loadSheetBundle(ctx.db, args.sheetId, ctx.actor);
  assertCanRead(ctx.actor, bundle);
  const scopes = scopesFor(ctx.actor, bundle, assignment);
  const removal = evidenceRemovalFor(effectiveState(bundle));
  // Role, unit, year, deadline and state: the rule of the save that edits this list.
  assertAllowed(removal.action, decisionContext(ctx.actor, bundle, scopes, new Date()));

  const parents = new Set(bundle.nodes.map((n) => n.parentId));
  const leaf = bundle.nodes.find((n) => n.id === args.criterionId && !parents.has(n.id));
  if (!leaf)
    throw badInput(
      'Tiêu chí không phải tiêu chí lá của bộ chỉ số của phiếu.',
      'The criterion is not a leaf of this sheet’s criteria set.',
      {
        argument: 'criterionId',
        reason: 'NOT_A_LEAF',
      },
    );
  const leafRule = canEditLeaf({
    mode: removal.list === 'SELF' ? 'SELF' : 'EXPLANATION',
    roles: toDomainActor(ctx.actor).roles,
    scopes,
    leaf: { code: leaf.code, section: leaf.section, enteredByAssessor: leaf.enteredByAssessor },
    assignment: assignment ? { unitIds: assignment.unitIds, areaCodes: assignment.areaCodes } : null,
  });
  if (!leafRule.allowed)
    throw new AppError('FORBIDDEN', { vi: leafRule.reasonVi, en: leafRule.reasonEn }, { reason: 'LEAF', criterion: leaf.code });

  const entry = bundle.entries.find((e) => e.criterionId === leaf.id);
  const field = removal.list === 'SELF' ? 'selfEvidence' : 'supplementaryEvidence';
  const current: EvidenceItem[] = entry?.[field] ?? [];
  const remaining = withoutFile(current, args.fileId);
  if (!remaining) {
    // On the other list: say why it cannot be removed now rather than "not found".
    const other = removal.list === 'SELF' ? entry?.supplementaryEvidence : entry?.selfEvidence;
    if (other?.some((e) => e.fileId === args.fileId))
      throw conflict(
        removal.list === 'SUPPLEMENTARY'
          ? `Tệp thuộc minh chứng tự đánh giá của tiêu chí ${leaf.code}, đã nộp cùng phiếu; trong vòng giải trình chỉ gỡ được minh chứng bổ sung.`
          : `Tệp thuộc minh chứng bổ sung khi giải trình của tiêu chí ${leaf.code}; không gỡ được khi phiếu không còn ở vòng giải trình.`,
        removal.list === 'SUPPLEMENTARY'
          ? `The file is part of ${leaf.code}'s submitted self-assessment evidence; during the explanation only supplementary evidence can be removed.`
          : `The file is part of ${leaf.code}'s supplementary evidence; it cannot be removed outside the explanation round.`,
        { reason: 'EVIDENCE_LOCKED', criterion: leaf.code },
      );
    throw notFound(
      `Tệp minh chứng không có trong danh sách minh chứng của tiêu chí ${leaf.code}.`,
      `The evidence file is not among ${leaf.code}'s evidence.`,
      { reason: 'NOT_ATTACHED', argument: 'fileId' },
    );
  }
  if (bundle.sheet.version !== args.version) throw staleVersion(bundle.sheet.version);
  const file = await ctx.db.getRepository(EvidenceFileEntity).findOneBy({ id: args.fileId });
  const fileName = file?.fileName ?? null;

  const now = new Date();
  const entryTime = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const { saved, deleteBytes } = await ctx.db.transaction(async (manager) => {
    // The lock order's first level, as every sheet edit takes it (lock-order): the year shared. The
    // state and deadline checked above still hold only if no year-wide write committed since.
    await assertYearAsPlanned(manager, bundle.year);
    const updated = await manager
      .createQueryBuilder()
      .update(ScoreSheetEntity)
      .set({ version: () => 'version + 1', updatedAt: now })
      .where('id = :id AND version = :version', { id: args.sheetId, version: args.version })
      .execute();
    if (updated.affected !== 1) {
      const fresh = await manager.getRepository(ScoreSheetEntity).findOneBy({ id: args.sheetId });
      throw staleVersion(fresh?.version ?? args.version);
    }
    const change: Partial<ScoreEntryEntity> = field === 'selfEvidence' ? { selfEvidence: remaining } : { supplementaryEvidence: remaining };
    await manager.update(ScoreEntryEntity, { id: entry!.id }, { ...change, updatedBy: user.userId, updatedAt: entryTime });
    // The row of a file nobody cites any more goes with the change; its bytes after the commit.
    let gone = false;
    if (file && file.sheetId === bundle.sheet.id) {
      const owner = { sheetId: bundle.sheet.id, yearId: bundle.year.id, unitId: bundle.sheet.unitId };
      if (!(await evidenceFileReferenced(manager, file, owner))) {
        await manager.delete(EvidenceFileEntity, { id: In([file.id]) });
        gone = true;
      }
    }
    await recordAudit(manager, ctx, {
      yearId: bundle.year.id,
      entityType: AuditEntityType.SCORE,
      entityId: entry!.id,
      sheetId: bundle.sheet.id,
      criterionId: leaf.id,
      action: 'REMOVE_EVIDENCE',
      before: { fileName, [field]: current },
      after: { fileName: null, [field]: remaining, fileDeleted: gone },
      reason: null,
    });
    return { saved: await manager.getRepository(ScoreSheetEntity).findOneByOrFail({ id: args.sheetId }), deleteBytes: gone };
  });
  if (deleteBytes) {
    try {
      await storage.delete(args.fileId);
    } catch (error) {
      // The row is gone (nobody can reach the file); leftover bytes are an operator's clean-up, logged.
      ctx.log.error({ err: error, fileId: args.fileId, requestId: ctx.requestId }, 'evidence bytes not deleted after removal');
    }
  }
  ctx.log.info(
    { requestId: ctx.requestId, sheetId: args.sheetId, fileId: args.fileId, userId: user.userId, bytesDeleted: deleteBytes },
    'evidence file removed from a leaf',
  );
  const l = ctx.loaders.scoreSheets;
  l.sheetById.clear(args.sheetId).prime(args.sheetId, saved);
  l.entriesBySheet.clear(args.sheetId);
  return saved;
}
