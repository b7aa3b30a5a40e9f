/**
 * Upload limits (issue 7, item 7): who may upload, how much per unit and year, and the sweep of
 * files never attached to a sheet. Any signed-in user could upload unlimited 20 MiB files, and
 * unattached files stayed forever.
 */
import { LessThan, IsNull, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import {
  canUploadEvidence,
  quotaProblem,
  quotaYearOf,
  quotaYearStart,
  UNATTACHED_FILE_TTL_MS,
  type QuotaUse,
} from '../../../domain/scoring/evidence-rules';
import { megabytes } from '../../../domain/scoring/import-limits';
import type { SignedInActor } from '../../../platform/auth/request-context';
import { AppError, forbidden } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import { EvidenceFileEntity } from './evidence-file.entity';
import type { FileStorage } from './file-storage';

export function assertMayUpload(actor: SignedInActor): void {
  if (!canUploadEvidence(actor.roles))
    throw forbidden(
      'Chỉ cán bộ hoặc lãnh đạo của đơn vị được đánh giá (người nhập phiếu) mới tải được tài liệu kiểm chứng.',
      "Only the assessed unit's officers and head (who fill in the sheet) may upload evidence.",
      { reason: 'UPLOAD_ROLE' },
    );
}

/** What the unit has uploaded this quota year (attached or not yet swept). */
export async function quotaUse(db: DataSource | EntityManager, unitId: string, now: Date): Promise<QuotaUse> {
  const row = await db
    .getRepository(EvidenceFileEntity)
    .createQueryBuilder('f')
    .select('COUNT(*)', 'files')
    .addSelect('COALESCE(SUM(f.size_bytes), 0)', 'bytes')
    .where({ uploaderUnitId: unitId, createdAt: MoreThanOrEqual(quotaYearStart(quotaYearOf(now))) })
    .getRawOne<{ files: string | number; bytes: string | number }>();
  return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) };
}

export function quotaExceeded(problem: 'BYTES' | 'FILES', used: QuotaUse, quota: QuotaUse, year: number): AppError {
  const vi =
    problem === 'FILES'
      ? `Đơn vị đã tải lên ${used.files} tệp minh chứng trong năm ${year}, đạt hạn mức ${quota.files} tệp; hãy gỡ tệp không dùng hoặc liên hệ quản trị cấp tỉnh.`
      : `Đơn vị đã dùng ${megabytes(used.bytes)} MB trong hạn mức ${megabytes(quota.bytes)} MB tệp minh chứng của năm ${year}; hãy nén tệp, gỡ tệp không dùng hoặc liên hệ quản trị cấp tỉnh.`;
  return new AppError(
    'FORBIDDEN',
    { vi, en: `The unit's evidence upload quota for ${year} is used up (${used.files} files, ${used.bytes} bytes).` },
    { reason: 'UPLOAD_QUOTA_EXCEEDED', quotaBytes: quota.bytes, quotaFiles: quota.files, usedBytes: used.bytes, usedFiles: used.files },
  );
}

/** Refuses before any byte is stored when the declared size (or one more file) would pass the quota. */
export async function assertWithinQuota(db: DataSource, unitId: string, size: number, quota: QuotaUse, now = new Date()): Promise<void> {
  const used = await quotaUse(db, unitId, now);
  const problem = quotaProblem(used, size, quota);
  if (problem) throw quotaExceeded(problem, used, quota, quotaYearOf(now));
}

/**
 * Removes files never attached to a sheet a day after their upload: the row first (only while
 * still unattached, so a file attached meanwhile stays), then the bytes. Returns how many.
 */
export async function sweepUnattachedFiles(deps: { db: DataSource; storage: FileStorage; log: Logger }, now = new Date()): Promise<number> {
  const repository = deps.db.getRepository(EvidenceFileEntity);
  const stale = await repository.find({
    select: { id: true },
    where: { sheetId: IsNull(), createdAt: LessThan(new Date(now.getTime() - UNATTACHED_FILE_TTL_MS)) },
    take: 500,
  });
  let removed = 0;
  for (const { id } of stale) {
    const deleted = await repository.createQueryBuilder().delete().where('id = :id AND sheet_id IS NULL', { id }).execute();
    if (!deleted.affected) continue;
    await deps.storage.delete(id);
    removed++;
  }
  if (removed) deps.log.info({ removed }, 'unattached evidence files removed');
  return removed;
}

/** Runs the sweep every `intervalMs` (the timer does not keep the process alive); returns a stop function. */
export function startEvidenceSweep(
  deps: { db: DataSource; storage: FileStorage; log: Logger },
  intervalMs: number,
  clock: () => Date = () => new Date(),
): () => void {
  if (intervalMs <= 0) return () => undefined;
  const timer = setInterval(() => {
    if (!deps.db.isInitialized) return;
    sweepUnattachedFiles(deps, clock()).catch((err: unknown) => deps.log.warn({ err }, 'evidence sweep failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
