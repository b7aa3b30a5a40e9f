import type { EntityManager } from 'typeorm';
import type { SheetState } from '../../../domain/scoring/workflow';
import type { RequestContext } from '../../../platform/auth/request-context';
import type { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { AssessmentYearEntity, YearStatus } from './assessment-year.entity';

/**
 * Seams where score sheets (built by another module, on top of these entities) plug into the
 * year, roster and audit services without those importing score-sheet code: the sheet module
 * registers its functions at load (scoring.subgraph.ts). Every hook runs inside the caller's
 * transaction, so a failing hook rolls the whole change back.
 */
export interface YearHooks {
  /** Sheets of the year per state (FINALIZE needs all APPROVED; going back to PLANNING needs none submitted). */
  sheetCountsByState: (manager: EntityManager, yearId: string) => Promise<Partial<Record<SheetState, number>>>;
  /** After a status change was applied (e.g. create sheets on opening, mark sheets FINALIZED/PUBLISHED). */
  afterTransition: ((manager: EntityManager, ctx: RequestContext, year: AssessmentYearEntity, from: YearStatus) => Promise<void>)[];
  /** After a unit was added to a frozen roster (e.g. create its sheet). */
  afterRosterAdd: ((manager: EntityManager, ctx: RequestContext, year: AssessmentYearEntity, entry: RosterEntryEntity) => Promise<void>)[];
  /** Before a unit leaves the roster: throw an AppError to refuse (e.g. its sheet was submitted). */
  beforeRosterRemove: ((
    manager: EntityManager,
    ctx: RequestContext,
    year: AssessmentYearEntity,
    entry: RosterEntryEntity,
    reason: string | null,
  ) => Promise<void>)[];
  /** The assessed unit, year and state of a sheet, so the audit trail can let the sheet's assessor and unit read it. */
  sheetUnit: (manager: EntityManager, sheetId: string) => Promise<{ yearId: string; unitId: string; status: SheetState } | null>;
}

export const yearHooks: YearHooks = {
  // Until sheets exist no year has any: FINALIZE is refused for every unit on the roster.
  sheetCountsByState: async () => ({}),
  afterTransition: [],
  afterRosterAdd: [],
  beforeRosterRemove: [],
  sheetUnit: async () => null,
};

/** Registration point for the score-sheet module (call once at load). */
export function registerYearHooks(hooks: Partial<YearHooks>): void {
  if (hooks.sheetCountsByState) yearHooks.sheetCountsByState = hooks.sheetCountsByState;
  if (hooks.sheetUnit) yearHooks.sheetUnit = hooks.sheetUnit;
  yearHooks.afterTransition.push(...(hooks.afterTransition ?? []));
  yearHooks.afterRosterAdd.push(...(hooks.afterRosterAdd ?? []));
  yearHooks.beforeRosterRemove.push(...(hooks.beforeRosterRemove ?? []));
}
