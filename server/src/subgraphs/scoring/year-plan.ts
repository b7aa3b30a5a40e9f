import type { EntityManager } from 'typeorm';
import type { AssessmentYearEntity } from './assessment-year/assessment-year.entity';
import { yearStateShared } from './lock-order';
import { yearChangedMeanwhile } from './score-sheet/sheet-access';

/**
 * For every writer of one unit's records that decides on the year's state (phase, deadlines, rules)
 * read before its transaction: sheet actions, evidence removal, attestations. Its transaction's
 * first statement reads the year's state_version under the year's shared lock (lock-order level 1
 * S) and compares it with the one it planned from. A year-wide write (a transition, a deadline, a
 * criteria edit: each bumps state_version with the year's X lock) that committed in between rolls
 * the transaction back and the writer plans again from fresh rows; a year that moves again
 * refuses it (CONFLICT YEAR_CHANGED).
 */
export class YearMovedSincePlan extends Error {}

/** The first statement of the writer's transaction: the year shared, unchanged since the plan. */
export async function assertYearAsPlanned(manager: EntityManager, year: Pick<AssessmentYearEntity, 'id' | 'stateVersion'>): Promise<void> {
  if ((await yearStateShared(manager, year.id)) !== year.stateVersion) throw new YearMovedSincePlan();
}

/** Runs plan-and-write once, and once more from fresh rows when the year moved in between. */
export async function planAgainIfYearMoved<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof YearMovedSincePlan)) throw error;
      if (attempt >= 2) throw yearChangedMeanwhile();
    }
  }
}
