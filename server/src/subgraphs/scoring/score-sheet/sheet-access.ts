import type { DataSource } from 'typeorm';
import type { Actor } from '../../../platform/auth/tokens';
import type { AppConfig } from '../../../platform/config/config';
import type { Logger } from '../../../platform/logging/logger';

export interface AccessDeps {
  db: DataSource;
  config: AppConfig;
  log: Logger;
  actor: Actor;
  requestId: string;
}

/** Whether the actor may read a sheet (filled in once score sheets exist). */
export async function canActorReadSheet(_deps: AccessDeps, _sheetId: string): Promise<boolean> {
  return false;
}
