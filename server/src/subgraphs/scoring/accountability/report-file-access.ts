import type { DataSource } from 'typeorm';
import type { SignedInActor } from '../../../platform/auth/request-context';
import type { Actor } from '../../../platform/auth/tokens';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { relationTo } from './accountability-access';
import { UnitReportEntity } from './unit-report.entity';

/**
 * Whether an actor may download a report's file (the evidence route's check for a file whose
 * owner id is a report, not a sheet): whoever may read the unit's reports.
 */
export async function canActorReadReportFile(db: DataSource, actor: Actor, reportId: string): Promise<boolean> {
  if (actor.kind !== 'user' || !actor.userId || !actor.unitId) return false;
  const report = await db.getRepository(UnitReportEntity).findOneBy({ id: reportId });
  if (!report) return false;
  const [year, roster] = await Promise.all([
    db.getRepository(AssessmentYearEntity).findOneBy({ id: report.yearId }),
    db.getRepository(RosterEntryEntity).findOneBy({ yearId: report.yearId, unitId: report.unitId }),
  ]);
  return year !== null && roster !== null && relationTo(actor as SignedInActor, year, roster) !== 'NONE';
}
