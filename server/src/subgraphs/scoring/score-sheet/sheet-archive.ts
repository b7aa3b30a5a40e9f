/**
 * Removing a unit from the roster during self-assessment keeps its draft (issue 7, item 6): the
 * entries are archived with the sheet's id, its evidence files stay attached to that id (readable
 * by whoever could read the sheet), and adding the unit back restores both into its new sheet.
 * Before, the filled draft was deleted and its evidence became unreadable, its uploader's included.
 */
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AuditEntityType } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import type { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { SheetArchiveEntity } from './sheet-archive.entity';

const ENTRY_TABLE = 'sheet_archive_entry';
const CHUNK = 200;

/** Archives the sheet's entries (the sheet row itself is then deleted by the caller). */
export async function archiveSheet(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor'>,
  sheet: ScoreSheetEntity,
  entry: RosterEntryEntity,
  reason: string | null,
): Promise<SheetArchiveEntity> {
  const entries = await manager.find(ScoreEntryEntity, { where: { sheetId: sheet.id } });
  const archive = manager.create(SheetArchiveEntity, {
    id: sheet.id,
    yearId: sheet.yearId,
    unitId: sheet.unitId,
    unitName: sheet.unitName,
    groupId: sheet.groupId,
    rosterEntry: {
      unitId: entry.unitId,
      unitName: entry.unitName,
      groupId: entry.groupId,
      assessorUnitId: entry.assessorUnitId,
      parentDistrictId: entry.parentDistrictId,
    },
    reason: reason?.trim() || null,
    archivedBy: ctx.actor.userId,
    archivedByName: ctx.actor.username ?? 'system',
    archivedAt: new Date(),
    filledLeaves: entries.filter((e) => e.declaredValue !== null || e.notApplicable).length,
    restoredAt: null,
    restoredSheetId: null,
  });
  await manager.insert(SheetArchiveEntity, archive);
  for (let i = 0; i < entries.length; i += CHUNK)
    await manager
      .createQueryBuilder()
      .insert()
      .into(ENTRY_TABLE, ['archive_id', 'criterion_id', 'entry'])
      .values(entries.slice(i, i + CHUNK).map((e) => ({ archive_id: sheet.id, criterion_id: e.criterionId, entry: JSON.stringify(e) })))
      .execute();
  await recordAudit(manager, ctx, {
    yearId: sheet.yearId,
    entityType: AuditEntityType.SHEET,
    entityId: sheet.id,
    sheetId: sheet.id,
    action: 'ARCHIVE',
    before: { status: sheet.status, entries: entries.length },
    after: null,
    reason: archive.reason,
  });
  return archive;
}

/**
 * After the unit is added back: the latest unrestored archive of (year, unit) fills the new
 * sheet (leaves of the new group's criteria only) and its evidence files follow. Returns the
 * restored sheet's id, or null when there was nothing to restore.
 */
export async function restoreArchivedSheet(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'actor'>,
  yearId: string,
  unitId: string,
): Promise<string | null> {
  const archive = await manager.findOne(SheetArchiveEntity, {
    where: { yearId, unitId, restoredAt: IsNull() },
    order: { archivedAt: 'DESC' },
  });
  if (!archive) return null;
  const sheet = await manager.findOneBy(ScoreSheetEntity, { yearId, unitId });
  if (!sheet) return null;
  const rows: { criterion_id: string; entry: string }[] = await manager
    .createQueryBuilder()
    .select('a.criterion_id', 'criterion_id')
    .addSelect('a.entry', 'entry')
    .from(ENTRY_TABLE, 'a')
    .where('a.archive_id = :id', { id: archive.id })
    .getRawMany();
  const leaves = rows.length
    ? new Set(
        (
          await manager.find(CriteriaNodeEntity, {
            select: { id: true },
            where: { groupId: sheet.groupId, id: In(rows.map((r) => r.criterion_id)) },
          })
        ).map((n) => n.id),
      )
    : new Set<string>();
  const entries = rows
    .filter((r) => leaves.has(r.criterion_id))
    .map((r) => {
      const data = JSON.parse(r.entry) as ScoreEntryEntity & { updatedAt: string | null };
      return manager.create(ScoreEntryEntity, {
        ...data,
        id: randomUUID(),
        sheetId: sheet.id,
        updatedAt: data.updatedAt ? new Date(data.updatedAt) : null,
      });
    });
  await manager.delete(ScoreEntryEntity, { sheetId: sheet.id });
  for (let i = 0; i < entries.length; i += CHUNK) await manager.insert(ScoreEntryEntity, entries.slice(i, i + CHUNK));
  await manager.update(EvidenceFileEntity, { sheetId: archive.id }, { sheetId: sheet.id });
  await manager.update(SheetArchiveEntity, { id: archive.id }, { restoredAt: new Date(), restoredSheetId: sheet.id });
  await recordAudit(manager, ctx, {
    yearId,
    entityType: AuditEntityType.SHEET,
    entityId: sheet.id,
    sheetId: sheet.id,
    action: 'RESTORE',
    before: { archiveId: archive.id },
    after: { entries: entries.length },
    reason: null,
  });
  return sheet.id;
}
