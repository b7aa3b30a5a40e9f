/**
 * Who reads a score sheet's change history (issue 11 §5). Pure rules, shared by the audit trail
 * (which answers the query) and the sheet (which tells the admin whether to offer the button).
 *
 * - The province reads every history of its years; the sheet's assessor unit reads that sheet's.
 * - The assessed unit reads its own sheet's history, but not the appraisers' per-criterion saves
 *   (points and notes) before its appraisal is disclosed to it (visibility.ts: once complete),
 *   so the history never shows what the sheet itself still hides.
 * - Nobody else.
 */
import type { SheetState } from './workflow';
import { resultDisclosure } from './visibility';

export type HistoryAccess = 'FULL' | 'OWN_UNIT' | 'NONE';

export interface HistorySubject {
  readonly provinceUnitId: string;
  readonly assessorUnitId: string;
  readonly unitId: string;
}

export function historyAccess(actorUnitId: string | null | undefined, subject: HistorySubject): HistoryAccess {
  if (!actorUnitId) return 'NONE';
  if (actorUnitId === subject.provinceUnitId || actorUnitId === subject.assessorUnitId) return 'FULL';
  if (actorUnitId === subject.unitId) return 'OWN_UNIT';
  return 'NONE';
}

/** Audit actions of the appraisers' per-criterion saves ("SAVE_APPRAISAL_ROUND_1", …). */
export const APPRAISAL_SAVE_ACTION_PREFIX = 'SAVE_APPRAISAL';

/** Whether the appraisers' saves are left out of the history this reader gets. */
export function hidesAppraisalSaves(access: HistoryAccess, sheetState: SheetState): boolean {
  return access === 'OWN_UNIT' && !resultDisclosure('OWN_UNIT', sheetState).appraisal;
}
