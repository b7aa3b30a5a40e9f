/**
 * Attaching uploaded files to the sheet that cites them, in the citing write's transaction.
 *
 * A write decides that a file may be cited (it exists, the unit uploaded it, it is unattached or
 * already this sheet's) from rows read before its transaction. Meanwhile the sweep of day-old
 * unattached uploads may delete it, or a save of the unit's other sheet (another year) may attach
 * it there: the attach then matched no row and the entry was written anyway, citing a file whose
 * row and bytes were gone, or one attached elsewhere — whose removal there deleted it under this
 * entry. So the attach is decided again here, on the rows as they are now, under their locks.
 *
 * Lock order (lock-order.ts): file rows come after the citing sheet's row (the caller holds it:
 * its version UPDATE or lockUnitSheetFirst), in id order (the UPDATE walks the primary key). The
 * sweep and the removal delete a file row holding no lock this would wait for in turn.
 */
import { In, type EntityManager } from 'typeorm';
import { conflict } from '../../../platform/errors/app-error';
import { EvidenceFileEntity } from './evidence-file.entity';

/**
 * Attaches the files to `sheetId` — each must still exist and be unattached or already the
 * sheet's — or throws CONFLICT EVIDENCE_FILE_CHANGED, rolling the caller's transaction back.
 */
export async function attachEvidenceFiles(manager: EntityManager, fileIds: readonly string[], sheetId: string): Promise<void> {
  const ids = [...new Set(fileIds)].sort();
  if (ids.length === 0) return;
  // One statement: it matches (and on MySQL locks, waiting for a sweep or another sheet's attach
  // in progress) only the rows that may still become or stay this sheet's. Matched, not changed,
  // rows are counted on both databases (SQLite's changes(); mysql2 connects with FOUND_ROWS).
  const updated = await manager
    .createQueryBuilder()
    .update(EvidenceFileEntity)
    .set({ sheetId })
    .where({ id: In(ids) })
    .andWhere('(sheet_id IS NULL OR sheet_id = :sheetId)', { sheetId })
    .execute();
  if (updated.affected === ids.length) return;
  const held = await manager.getRepository(EvidenceFileEntity).find({ select: { id: true }, where: { id: In(ids), sheetId } });
  const lost = ids.filter((id) => !held.some((f) => f.id === id));
  throw conflict(
    lost.length === 1
      ? 'Một tệp minh chứng vừa bị xoá (tệp tải lên quá một ngày mà chưa gắn với phiếu) hoặc vừa được gắn với phiếu khác của đơn vị trong lúc lưu; hãy tải tệp lên lại rồi lưu. Chưa lưu thay đổi nào.'
      : `${lost.length} tệp minh chứng vừa bị xoá (tệp tải lên quá một ngày mà chưa gắn với phiếu) hoặc vừa được gắn với phiếu khác của đơn vị trong lúc lưu; hãy tải tệp lên lại rồi lưu. Chưa lưu thay đổi nào.`,
    'An evidence file was deleted (uploaded over a day ago and never attached) or attached to another sheet of the unit meanwhile; upload it again and save. Nothing was saved.',
    { reason: 'EVIDENCE_FILE_CHANGED', fileIds: lost },
  );
}
