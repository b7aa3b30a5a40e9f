/**
 * The sweep of leftover bytes: stored files no evidence_file row stands for. They come from an
 * upload cut off between its bytes and its row (a crash, a lost database), a removal whose byte
 * deletion failed after its commit (logged), or rows restored from an older backup; nobody can
 * download them (a download needs the row), yet they stayed on disk forever.
 *
 * Safe by construction:
 *   - only bytes written more than a grace period ago (LEFTOVER_GRACE_MS): an upload writes its
 *     bytes, then its row at once, so a file that old without a row never gains one;
 *   - never bytes a row stands for, nor bytes whose id anything still cites (a sheet's or an
 *     archived sheet's evidence, a remediation step, a periodic report) although the row is gone:
 *     those are kept and logged, an operator's to look at;
 *   - partial writes of an upload (tmp/*.part) older than the grace period go too.
 * It runs when the scoring subgraph starts and every day after (evidence.module.ts), and on
 * demand from the command line (cli/sweep-evidence.ts, with --dry-run).
 */
import { In, type DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logging/logger';
import { EvidenceFileEntity } from './evidence-file.entity';
import type { FileStorage } from './file-storage';

/** Bytes younger than this are never swept: a day, against an upload's milliseconds between bytes and row. */
export const LEFTOVER_GRACE_MS = 24 * 3600 * 1000;
/** The shortest grace anyone may ask for (the command line's --older-than-hours). */
export const MIN_LEFTOVER_GRACE_MS = 3600 * 1000;
/** Ids looked up per statement. */
const BATCH = 400;

export interface LeftoverSweepReport {
  /** Stored files looked at. */
  scanned: number;
  /** Ids of leftover bytes removed (or, on a dry run, that would be). */
  removed: string[];
  /** Ids without a row that something still cites: kept. */
  cited: string[];
  /** Partial writes removed. */
  partials: number;
  /** Set when the sweep removed nothing because it would have removed too much (see looksLikeWrongDatabase). */
  refused?: string;
}

/**
 * Whether the sweep is looking at bytes through the wrong database: none of the old files has a
 * row, or far too many lack one. A server started without its DATABASE_URL (an empty SQLite of its
 * own, migrated on start), an older backup restored, or the command run from a shell without the
 * server's environment would otherwise delete every evidence file older than a day, with no way
 * back. Leftovers are a handful a day; such a sweep removes nothing and says why.
 */
export function looksLikeWrongDatabase(candidates: number, scanned: number, rows: number): boolean {
  if (candidates === 0) return false;
  if (rows === 0) return true;
  return candidates > 20 && candidates > scanned * 0.1;
}

export interface LeftoverSweepOptions {
  now?: Date;
  graceMs?: number;
  /** Report only, remove nothing. */
  dryRun?: boolean;
  /** Remove even when looksLikeWrongDatabase (the command line's --force, after a dry run). */
  force?: boolean;
}

/** Whether anything cites the file id (any sheet, archive, remediation step or report), the row aside. */
async function citedAnywhere(db: DataSource, id: string): Promise<boolean> {
  const like = `%"${id}"%`;
  for (const [sql, params] of [
    ['SELECT 1 FROM score_entry WHERE self_evidence LIKE ? OR supplementary_evidence LIKE ? LIMIT 1', [like, like]],
    ['SELECT 1 FROM sheet_archive_entry WHERE entry LIKE ? LIMIT 1', [like]],
    ['SELECT 1 FROM remediation_event WHERE evidence LIKE ? LIMIT 1', [like]],
    ['SELECT 1 FROM unit_report WHERE file_id = ? LIMIT 1', [id]],
  ] as const)
    if (((await db.query(sql, [...params])) as unknown[]).length > 0) return true;
  return false;
}

export async function sweepLeftoverBytes(
  deps: { db: DataSource; storage: FileStorage; log: Logger },
  options: LeftoverSweepOptions = {},
): Promise<LeftoverSweepReport> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - Math.max(options.graceMs ?? LEFTOVER_GRACE_MS, 0));
  const report: LeftoverSweepReport = { scanned: 0, removed: [], cited: [], partials: 0 };
  const settle = async (ids: string[]) => {
    if (ids.length === 0) return;
    const rows = await deps.db.getRepository(EvidenceFileEntity).find({ select: { id: true }, where: { id: In(ids) } });
    const standing = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      if (standing.has(id)) continue;
      if (await citedAnywhere(deps.db, id)) {
        report.cited.push(id);
        continue;
      }
      report.removed.push(id);
    }
  };
  let old: string[] = [];
  for await (const { id, writtenAt } of deps.storage.list()) {
    report.scanned++;
    if (writtenAt >= before) continue;
    old.push(id);
    if (old.length >= BATCH) {
      await settle(old);
      old = [];
    }
  }
  await settle(old);
  // Everything is decided before anything is deleted: a sweep through the wrong database deletes nothing.
  const rows = report.removed.length ? await deps.db.getRepository(EvidenceFileEntity).count() : 0;
  if (!options.force && looksLikeWrongDatabase(report.removed.length, report.scanned, rows)) {
    report.refused = `${report.removed.length} of ${report.scanned} stored files have no row (${rows} rows): not swept — is this the server's database? (--force after a --dry-run)`;
    deps.log.error(
      { candidates: report.removed.length, scanned: report.scanned, rows },
      'leftover evidence sweep refused: wrong database?',
    );
    report.removed = [];
    return report;
  }
  if (!options.dryRun) for (const id of report.removed) await deps.storage.delete(id);
  if (!options.dryRun) report.partials = await deps.storage.removePartials(before);
  if (report.cited.length)
    deps.log.warn({ ids: report.cited.slice(0, 50), count: report.cited.length }, 'evidence bytes cited without a file row: kept');
  if (report.removed.length || report.partials)
    deps.log.info(
      { removed: report.removed.length, partials: report.partials, dryRun: !!options.dryRun },
      'leftover evidence bytes removed',
    );
  return report;
}

/**
 * Sweeps leftover bytes now (once the database is up) and every `intervalMs` after; the timers do
 * not keep the process alive. Returns a stop function.
 */
export function startLeftoverBytesSweep(deps: { db: DataSource; storage: FileStorage; log: Logger }, intervalMs: number): () => void {
  if (intervalMs <= 0) return () => undefined;
  const run = () => {
    if (!deps.db.isInitialized) return;
    sweepLeftoverBytes(deps).catch((err: unknown) => deps.log.warn({ err }, 'leftover evidence bytes sweep failed'));
  };
  const first = setTimeout(run, 0);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
