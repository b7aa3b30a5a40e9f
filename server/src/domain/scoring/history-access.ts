/**
 * Who reads a score sheet's change history (issue 11 §5). Pure rules, shared by the audit trail
 * (which answers the query) and the sheet (which tells the admin whether to offer the button).
 *
 * - The province reads every history of its years (its staff, and its administrator wherever he
 *   sits: Sở Nội vụ is a department); the sheet's assessor unit reads that sheet's —
 *   through its assessor-side roles only (visibility.ts): a district's own officer or head fills
 *   the district's sheet and reads none of its communes' sheets, so none of their histories.
 * - The assessed unit reads its own sheet's history, but not the appraisers' per-criterion saves
 *   (points and notes) before its appraisal is disclosed to it (visibility.ts: once complete),
 *   so the history never shows what the sheet itself still hides.
 * - Nobody else.
 */
import type { Role, SheetState } from './workflow';
import { isAssessorSide, organisesProvince, resultDisclosure } from './visibility';

export type HistoryAccess = 'FULL' | 'OWN_UNIT' | 'NONE';

export interface HistorySubject {
  readonly provinceUnitId: string;
  readonly assessorUnitId: string;
  readonly unitId: string;
}

export interface HistoryReader {
  readonly unitId: string | null | undefined;
  readonly roles: readonly Role[] | readonly string[];
  /** The province of the reader's unit (the session's), when known. */
  readonly provinceUnitId?: string | null;
}

export function historyAccess(reader: HistoryReader, subject: HistorySubject): HistoryAccess {
  const { unitId } = reader;
  if (!unitId) return 'NONE';
  if (readsProvinceHistory(reader, subject.provinceUnitId) || (unitId === subject.assessorUnitId && assessorSide(reader))) return 'FULL';
  if (unitId === subject.unitId) return 'OWN_UNIT';
  return 'NONE';
}

/** Whether the reader reads every history of the province's years (no sheet filter needed). */
export function readsProvinceHistory(reader: HistoryReader, provinceUnitId: string): boolean {
  if (!reader.unitId) return false;
  if (
    organisesProvince(
      { unitId: reader.unitId, roles: reader.roles as readonly Role[], provinceUnitId: reader.provinceUnitId },
      provinceUnitId,
    )
  )
    return true;
  return reader.unitId === provinceUnitId && assessorSide(reader);
}

function assessorSide(reader: HistoryReader): boolean {
  return isAssessorSide({ roles: reader.roles as readonly Role[] });
}

/** Audit actions of the appraisers' per-criterion saves ("SAVE_APPRAISAL_ROUND_1", …). */
export const APPRAISAL_SAVE_ACTION_PREFIX = 'SAVE_APPRAISAL';

/** Whether the appraisers' saves are left out of the history this reader gets. */
export function hidesAppraisalSaves(access: HistoryAccess, sheetState: SheetState): boolean {
  return access === 'OWN_UNIT' && !resultDisclosure('OWN_UNIT', sheetState).appraisal;
}
