import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../platform/config/config';
import type { Logger } from '../../../platform/logging/logger';
import { DiskFileStorage } from './file-storage';
import { mountEvidenceRoutes } from './evidence.routes';
import { startEvidenceSweep } from './upload-limits';
import { startLeftoverBytesSweep } from './leftover-bytes';
import { canActorReadSheet } from '../score-sheet/sheet-access';

/** The scoring subgraph's `extendApp`: evidence upload/download routes on disk storage. */
export function evidenceRoutes(config: AppConfig, db: DataSource, log: Logger): (app: Express) => void {
  const storage = new DiskFileStorage(config.uploadDir);
  // Files never attached to a sheet are removed a day after upload (upload-limits.ts).
  startEvidenceSweep({ db, storage, log }, config.evidenceSweepIntervalMs);
  // Bytes no row stands for (an upload cut off before its row, a failed deletion): at start, then daily (leftover-bytes.ts).
  if (config.evidenceSweepIntervalMs > 0) startLeftoverBytesSweep({ db, storage, log }, 24 * 3600 * 1000);
  return (app) =>
    mountEvidenceRoutes(app, {
      db,
      config,
      log,
      storage,
      canReadSheet: (actor, sheetId, requestId) => canActorReadSheet({ db, config, log, actor, requestId }, sheetId),
    });
}
