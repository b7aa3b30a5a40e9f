import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import type { Logger } from '../platform/logging/logger';
import { OrgUnitEntity } from '../subgraphs/org/org-unit/org-unit.entity';
import { demoLoginLines, findOrgDemo, seedOrgDemo, type OrgDemo } from './org-demo';
import { ensureNationalIndicesDemo } from './national-indices-demo';
import { ensureScoringDemo } from './scoring-demo';
import { ensureReportsDemo } from './reports-demo';
import { ensureInspectionsDemo } from './inspections-demo';

export interface DemoSeedOptions {
  orgDb: DataSource;
  scoringDb: DataSource;
  log: Logger;
  config: AppConfig;
}

/** Imports the demo province and demo users on first start; later starts reuse the data. */
export async function ensureDemoData(options: DemoSeedOptions): Promise<void> {
  // First start = empty org_unit table; any later start reuses what is there.
  const firstStart = (await options.orgDb.getRepository(OrgUnitEntity).count()) === 0;
  const org: OrgDemo | null = firstStart ? await seedOrgDemo(options.orgDb, options.log) : await findOrgDemo(options.orgDb);
  // Scoring demo (years, criteria, sheets, results): seeded once, whenever the org demo exists.
  if (org) {
    await ensureScoringDemo(options.scoringDb, org, options.log);
    // Its own check: a database seeded before national indices existed gets them on its next start.
    await ensureNationalIndicesDemo(options.scoringDb, org, options.log);
    // Periodic reports, initiatives and the commendation rule (issue 10 §5–6): its own check, like the indices.
    await ensureReportsDemo(options.scoringDb, org, options.log);
    // Inspections and remediation (issue 10 §3–4), through the services; once per database.
    await ensureInspectionsDemo(options.scoringDb, org, options.log, options.config);
  }
  options.log.info({ firstStart, demoProvince: org?.provinceId ?? null }, firstStart ? 'demo data seeded' : 'demo data reused');
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
      ...(config.demoSeed ? ['', ...demoLoginLines()] : []),
      '',
    ].join('\n'),
  );
}
