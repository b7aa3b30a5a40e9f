import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import type { Logger } from '../platform/logging/logger';

export interface DemoSeedOptions {
  orgDb: DataSource;
  scoringDb: DataSource;
  log: Logger;
  config: AppConfig;
}

/** Imports the demo province and demo users on first start; later starts reuse the data. */
export async function ensureDemoData(options: DemoSeedOptions): Promise<void> {
  options.log.info('demo data: nothing to seed yet');
}

export function printDemoBanner(port: number, config: AppConfig): void {
  const host = config.listenHost === '0.0.0.0' ? '127.0.0.1' : config.listenHost;
  console.log(
    [
      '',
      'Chỉ số CCHC — PAR Index is running',
      `  Admin:    http://${host}:${port}/`,
      `  GraphQL:  http://${host}:${port}/graphql`,
      `  Database: ${config.databaseUrl.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`,
      '',
    ].join('\n'),
  );
}
