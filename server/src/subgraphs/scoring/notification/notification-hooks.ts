import { registerYearHooks } from '../assessment-year/year-hooks';
import { notifyYearTransition } from './notification.service';

/**
 * A year opened for self-assessment or published reaches every roster unit, in the transaction
 * of the move. Registered after the sheet hooks (scoring.subgraph.ts), so the opening's sheets
 * exist and each notification opens its unit's sheet.
 */
export function registerNotificationHooks(): void {
  registerYearHooks({
    afterTransition: [
      async (manager, ctx, year, from) => {
        await notifyYearTransition(manager, ctx, year, from);
      },
    ],
  });
}
