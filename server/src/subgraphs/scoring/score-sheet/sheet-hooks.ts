import type { EntityManager } from 'typeorm';
import type { SheetState } from '../../../domain/scoring';
import { conflict } from '../../../platform/errors/app-error';
import { registerYearHooks } from '../assessment-year/year-hooks';
import { bumpResultsVersion, recomputeResults } from '../results/recompute.service';
import { ScoreSheetEntity } from './score-sheet.entity';
import { archiveSheet, restoreArchivedSheet } from './sheet-archive';
import { createSheetsForYear } from './sheet-creation';
import { isMysql } from '../../../platform/database/dialect';

async function sheetCountsByState(manager: EntityManager, yearId: string): Promise<Partial<Record<SheetState, number>>> {
  const rows: { status: SheetState; n: number | string }[] = await manager
    .getRepository(ScoreSheetEntity)
    .createQueryBuilder('s')
    .select('s.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('s.year_id = :yearId', { yearId })
    .groupBy('s.status')
    .getRawMany();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Sheets follow the year: they are created in the transaction that opens self-assessment (and
 * when a unit joins the frozen roster); a unit leaves the roster only while its sheet is an
 * untouched draft.
 */
export function registerSheetHooks(): void {
  registerYearHooks({
    sheetCountsByState,
    afterTransition: [
      async (manager, _ctx, year) => {
        if (year.status !== 'PLANNING') await createSheetsForYear(manager, year.id);
      },
    ],
    afterRosterAdd: [
      async (manager, ctx, year, entry) => {
        if (year.status === 'PLANNING') return;
        // The group's table gains a row (roster, sheet, result): its cached answers go. The bump
        // locks the group before the new rows are written (a re-ranking holding the group would
        // otherwise wait for the new result row while this waits for the group).
        await bumpResultsVersion(manager, [entry.groupId]);
        await createSheetsForYear(manager, year.id);
        // A unit added back gets its archived draft and evidence again.
        const restored = await restoreArchivedSheet(manager, ctx, year.id, entry.unitId);
        // The new unit's result joins its group's table (unranked until appraised).
        await recomputeResults(manager, ctx, {
          yearId: year.id,
          scope: { kind: 'SHEETS', sheetIds: restored ? [restored] : [] },
          rerankGroupIds: [entry.groupId],
        });
      },
    ],
    beforeRosterRemove: [
      async (manager, ctx, year, entry, reason) => {
        // The sheet is locked first (MySQL), then its group, then it goes: the order every writer
        // of results takes (a save of this draft at the same moment waits, or is refused after).
        const query = manager
          .getRepository(ScoreSheetEntity)
          .createQueryBuilder('s')
          .where('s.year_id = :yearId AND s.unit_id = :unitId', { yearId: year.id, unitId: entry.unitId });
        const sheet = await (isMysql(manager) ? query.setLock('pessimistic_write') : query).getOne();
        if (!sheet) return;
        if (sheet.status !== 'DRAFT')
          throw conflict(
            `Không thể bỏ ${entry.unitName} khỏi danh sách: đơn vị đã nộp phiếu tự đánh giá.`,
            `Cannot remove ${entry.unitName} from the roster: its self-assessment has been submitted.`,
            { reason: 'SHEET_SUBMITTED' },
          );
        // The group's table loses a row, ranked or not: its cached answers go (and the group is locked).
        await bumpResultsVersion(manager, [sheet.groupId]);
        // The draft is archived (entries kept, evidence still attached to its id), then the sheet
        // row goes (its live entries and stored result with it, ON DELETE CASCADE).
        await archiveSheet(manager, ctx, sheet, entry, reason);
        await manager.getRepository(ScoreSheetEntity).delete({ id: sheet.id });
        await recomputeResults(manager, ctx, { yearId: year.id, scope: { kind: 'SHEETS', sheetIds: [] }, rerankGroupIds: [sheet.groupId] });
      },
    ],
    sheetUnit: async (manager, sheetId) => {
      const sheet = await manager
        .getRepository(ScoreSheetEntity)
        .findOne({ where: { id: sheetId }, select: { yearId: true, unitId: true, status: true } });
      return sheet ? { yearId: sheet.yearId, unitId: sheet.unitId, status: sheet.status } : null;
    },
  });
}
