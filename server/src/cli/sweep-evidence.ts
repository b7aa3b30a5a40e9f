/**
 * Removes leftover evidence bytes — stored files no evidence_file row stands for (an upload cut
 * off before its row, a removal whose byte deletion failed) — older than the grace period, from
 * the upload directory the server uses (UPLOAD_DIR) against its database (DATABASE_URL):
 *
 *   pnpm --filter ./server sweep-evidence -- --dry-run
 *   pnpm --filter ./server sweep-evidence -- --older-than-hours 48
 *
 * The scoring subgraph runs the same sweep when it starts and daily (leftover-bytes.ts); this is
 * for an operator who wants it now, or wants to see first what it would remove.
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../platform/config/config';
import { createLogger, type Logger } from '../platform/logging/logger';
import { DiskFileStorage, type FileStorage } from '../subgraphs/scoring/evidence/file-storage';
import {
  LEFTOVER_GRACE_MS,
  MIN_LEFTOVER_GRACE_MS,
  sweepLeftoverBytes,
  type LeftoverSweepReport,
} from '../subgraphs/scoring/evidence/leftover-bytes';
import { openScoringDatabase } from '../subgraphs/scoring/scoring.subgraph';

const USAGE = `Usage: sweep-evidence [--dry-run] [--force] [--older-than-hours <hours, at least ${MIN_LEFTOVER_GRACE_MS / 3600_000}; default ${LEFTOVER_GRACE_MS / 3600_000}>]`;

export interface SweepEvidenceArgs {
  dryRun: boolean;
  graceMs: number;
  /** Sweep even when most stored files lack a row (looksLikeWrongDatabase): after a --dry-run. */
  force: boolean;
}

export function parseSweepEvidenceArgs(argv: readonly string[]): SweepEvidenceArgs {
  const args = argv.filter((a) => a !== '--');
  let graceMs = LEFTOVER_GRACE_MS;
  let dryRun = false;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dry-run') dryRun = true;
    else if (args[i] === '--force') force = true;
    else if (args[i] === '--older-than-hours') {
      const hours = Number(args[++i]);
      if (!Number.isFinite(hours) || hours * 3600_000 < MIN_LEFTOVER_GRACE_MS)
        throw new Error(`--older-than-hours needs a number ≥ 1\n${USAGE}`);
      graceMs = hours * 3600_000;
    } else throw new Error(`unknown argument ${args[i]}\n${USAGE}`);
  }
  return { dryRun, graceMs, force };
}

export function sweepEvidence(
  args: SweepEvidenceArgs,
  deps: { db: DataSource; storage: FileStorage; log: Logger },
): Promise<LeftoverSweepReport> {
  return sweepLeftoverBytes(deps, { graceMs: args.graceMs, dryRun: args.dryRun, force: args.force });
}

export function formatLeftoverReport(report: LeftoverSweepReport, dryRun: boolean): string {
  const files = (n: number) => `${n} leftover file${n === 1 ? '' : 's'}`;
  if (report.refused) return `Nothing removed: ${report.refused}`;
  const lines = [
    dryRun
      ? `Dry run: ${files(report.removed.length)} would be removed (of ${report.scanned} stored); nothing removed.`
      : `${files(report.removed.length)} removed (of ${report.scanned} stored), ${report.partials} partial upload(s) removed.`,
    ...report.removed.map((id) => `  ${dryRun ? 'would remove' : 'removed'} ${id}`),
  ];
  if (report.cited.length)
    lines.push(
      `${report.cited.length} file(s) without a row are still cited by a sheet, an archive, a remediation step or a report: kept.`,
      ...report.cited.map((id) => `  kept ${id}`),
    );
  return lines.join('\n');
}

async function run(): Promise<void> {
  const args = parseSweepEvidenceArgs(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'sweep-evidence');
  const db = await openScoringDatabase(config.databaseUrl);
  try {
    const report = await sweepEvidence(args, { db, storage: new DiskFileStorage(config.uploadDir), log });
    console.log(formatLeftoverReport(report, args.dryRun));
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
