/**
 * A province administrator's full recompute of a year: every sheet re-scored from its entries
 * with the current rules (declared values included), every rank, in one transaction, with a report
 * of the units whose index, classification or rank moved. Progress is kept per process so the
 * admin can poll it while the mutation runs; polling never touches the database (on SQLite the
 * running transaction holds it).
 */
import type { DataSource } from 'typeorm';
import { conflict } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYearForUpdate, requireProvinceAdmin } from '../assessment-year/year-access';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole, requireUser } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { recomputeResults, type RecomputeOutcome } from './recompute.service';
import { classificationOf } from './results.read';
import type { RecomputeChangeView, YearRecomputeView } from './recompute.types';

export type RecomputePhase = 'RUNNING' | 'DONE' | 'FAILED';

interface Job {
  yearId: string;
  provinceUnitId: string;
  dryRun: boolean;
  phase: RecomputePhase;
  done: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  view: YearRecomputeView | null;
  error: string | null;
}

const jobs = new WeakMap<DataSource, Map<string, Job>>();
function jobsOf(db: DataSource): Map<string, Job> {
  let map = jobs.get(db);
  if (!map) jobs.set(db, (map = new Map()));
  return map;
}

/** Most changes listed in the audit row (the report itself lists them all). */
const AUDIT_LISTED = 50;

/** A head rating's Vietnamese label under the year's current mapping (the code when no longer mapped). */
function headRatingLabel(year: AssessmentYearEntity, code: string | null): string | null {
  if (code === null) return null;
  return Object.values(year.headRatings).find((r) => r.code === code)?.labelVi ?? code;
}

function changeViews(year: AssessmentYearEntity, groups: Map<string, string>, outcome: RecomputeOutcome): RecomputeChangeView[] {
  const points = (v: number | null) => (v === null ? null : v / 100);
  return outcome.changes.map((c) => ({
    unitId: c.unitId,
    unitName: c.unitName,
    groupId: c.groupId,
    groupName: groups.get(c.groupId) ?? '',
    indexBefore: points(c.indexBefore),
    indexAfter: points(c.indexAfter),
    classificationBefore: c.classificationBefore,
    classificationAfter: c.classificationAfter,
    classificationBeforeLabel: classificationOf(year, c.classificationBefore)?.label ?? c.classificationBefore,
    classificationAfterLabel: classificationOf(year, c.classificationAfter)?.label ?? c.classificationAfter,
    headRatingBefore: c.headRatingBefore,
    headRatingAfter: c.headRatingAfter,
    headRatingBeforeLabel: headRatingLabel(year, c.headRatingBefore),
    headRatingAfterLabel: headRatingLabel(year, c.headRatingAfter),
    rankBefore: c.rankBefore,
    rankAfter: c.rankAfter,
  }));
}

function jobView(job: Job): YearRecomputeView {
  return (
    job.view ?? {
      yearId: job.yearId,
      dryRun: job.dryRun,
      phase: job.phase,
      done: job.done,
      total: job.total,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      error: job.error,
      sheets: 0,
      written: 0,
      entriesRescored: 0,
      entriesFlagged: 0,
      changes: [],
    }
  );
}

/**
 * Recomputes every stored result of the year (or, with dryRun, only reports what would change).
 * Refused while another recompute of the year runs in this process, and — except as a dry run —
 * once the year is published: published results are final.
 */
export async function recomputeYear(ctx: ScoringContext, yearId: string, dryRun: boolean): Promise<YearRecomputeView> {
  assertId(yearId, 'yearId');
  const running = jobsOf(ctx.db).get(yearId);
  if (running?.phase === 'RUNNING')
    throw conflict(
      'Kết quả của kỳ này đang được tính lại; hãy chờ lần tính hiện tại xong.',
      'A recompute of this year is already running.',
      {
        reason: 'RECOMPUTE_RUNNING',
      },
    );
  let job: Job | null = null;
  try {
    return await ctx.db.transaction(async (manager) => {
      const year = await getYearForUpdate(manager, yearId);
      requireProvinceAdmin(ctx, year.provinceUnitId);
      if (year.status === YearStatus.PUBLISHED && !dryRun)
        throw conflict(
          'Kết quả kỳ đánh giá đã được công bố, không thể tính lại. Chọn "Xem trước" để chỉ xem những gì sẽ thay đổi.',
          'The year is published and its results can no longer change; use a dry run to see what would change.',
          { reason: 'YEAR_PUBLISHED', yearStatus: year.status },
        );
      job = {
        yearId,
        provinceUnitId: year.provinceUnitId,
        dryRun,
        phase: 'RUNNING',
        done: 0,
        total: 0,
        startedAt: new Date(),
        finishedAt: null,
        view: null,
        error: null,
      };
      jobsOf(ctx.db).set(yearId, job);
      const current = job;
      const outcome = await recomputeResults(manager, ctx, {
        yearId,
        scope: { kind: 'YEAR' },
        rescoreDeclared: true,
        dryRun,
        onProgress: (done, total) => {
          current.done = done;
          current.total = total;
        },
      });
      const groups = new Map(
        (await manager.find(UnitGroupEntity, { where: { yearId }, select: { id: true, name: true } })).map((g) => [g.id, g.name]),
      );
      const changes = changeViews(year, groups, outcome);
      if (!dryRun)
        await recordAudit(manager, ctx, {
          yearId,
          entityType: AuditEntityType.SETTING,
          entityId: yearId,
          action: 'RECOMPUTE_RESULTS',
          before: null,
          after: {
            sheets: outcome.sheets,
            written: outcome.written,
            entriesRescored: outcome.entriesRescored,
            changed: changes.length,
            units: changes.slice(0, AUDIT_LISTED).map((c) => ({
              unit: c.unitName,
              index: [c.indexBefore, c.indexAfter],
              classification: [c.classificationBefore, c.classificationAfter],
              headRating: [c.headRatingBefore, c.headRatingAfter],
              rank: [c.rankBefore, c.rankAfter],
            })),
          },
          reason: 'Tính lại toàn bộ kết quả của kỳ đánh giá',
        });
      current.phase = 'DONE';
      current.done = current.total = outcome.sheets;
      current.finishedAt = new Date();
      current.view = {
        ...jobView(current),
        sheets: outcome.sheets,
        written: outcome.written,
        entriesRescored: outcome.entriesRescored,
        entriesFlagged: outcome.entriesFlagged,
        changes,
      };
      return current.view;
    });
  } catch (error) {
    const failed = job as Job | null;
    if (failed) {
      failed.phase = 'FAILED';
      failed.finishedAt = new Date();
      failed.view = null;
      failed.error = error instanceof Error ? error.message : String(error);
    }
    throw error;
  }
}

/**
 * The running or last recompute of a year in this process (null when none): progress while it
 * runs, the report after. For the province's administrators only; reads no database.
 */
export function yearRecomputeStatus(ctx: ScoringContext, yearId: string): YearRecomputeView | null {
  assertId(yearId, 'yearId');
  const actor = requireUser(ctx);
  const job = jobsOf(ctx.db).get(yearId);
  if (
    !job ||
    !hasRole(actor, Role.PROVINCE_ADMIN) ||
    (actor.unitId !== job.provinceUnitId && !administersProvince(actor, job.provinceUnitId))
  )
    return null;
  return jobView(job);
}
