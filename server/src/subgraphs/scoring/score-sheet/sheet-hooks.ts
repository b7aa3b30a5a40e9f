import type { EntityManager } from 'typeorm';
import type { SheetState } from '../../../domain/scoring';
import { conflict } from '../../../platform/errors/app-error';
import { registerYearHooks } from '../assessment-year/year-hooks';
import { recomputeResults } from '../results/recompute.service';
import { ScoreSheetEntity } from './score-sheet.entity';
import { archiveSheet, restoreArchivedSheet } from './sheet-archive';
import { createSheetsForYear } from './sheet-creation';

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
        const sheet = await manager.getRepository(ScoreSheetEntity).findOneBy({ yearId: year.id, unitId: entry.unitId });
        if (!sheet) return;
        if (sheet.status !== 'DRAFT')
          throw conflict(
            `Không thể bỏ ${entry.unitName} khỏi danh sách: đơn vị đã nộp phiếu tự đánh giá.`,
            `Cannot remove ${entry.unitName} from the roster: its self-assessment has been submitted.`,
            { reason: 'SHEET_SUBMITTED' },
          );
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
