/**
 * Imports real administrative units into the database the server uses (DATABASE_URL, or the
 * embedded SQLite file by default):
 *
 *   pnpm --filter ./server import-units -- --dataset two-level-2026 --province 22
 *   pnpm --filter ./server import-units -- --dataset three-level-2025 --all
 *
 * Importing twice changes nothing. Import the three-level data as well as the two-level data to
 * get the predecessor links between the eras (either order works).
 */
import 'reflect-metadata';
import { formatMergerReport } from '../domain/org/merger-text';
import { loadConfig } from '../platform/config/config';
import { AppError } from '../platform/errors/app-error';
import { createLogger } from '../platform/logging/logger';
import { openOrgDatabase } from '../subgraphs/org/org.subgraph';
import { importUnitDataset, type UnitImportResult } from '../subgraphs/org/unit-import/unit-import.service';
import { UnitDataset } from '../subgraphs/org/unit-import/unit-import.types';

const DATASETS: Record<string, UnitDataset> = {
  'two-level-2026': UnitDataset.TWO_LEVEL_2026,
  'three-level-2025': UnitDataset.THREE_LEVEL_2025,
  TWO_LEVEL_2026: UnitDataset.TWO_LEVEL_2026,
  THREE_LEVEL_2025: UnitDataset.THREE_LEVEL_2025,
};

const USAGE = `Usage: import-units --dataset two-level-2026|three-level-2025 (--province <code> | --all) [--data-dir <dir>] [--verbose]`;

export interface ImportUnitsArgs {
  dataset: UnitDataset;
  provinceCode: string | null;
  dataDir?: string;
  verbose: boolean;
}

export function parseImportUnitsArgs(argv: readonly string[]): ImportUnitsArgs {
  const args = argv.filter((a) => a !== '--');
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataset = DATASETS[value('--dataset') ?? ''];
  const province = value('--province');
  const all = args.includes('--all');
  if (!dataset) throw new Error(`--dataset must be two-level-2026 or three-level-2025\n${USAGE}`);
  if (Boolean(province) === all) throw new Error(`give either --province <code> or --all\n${USAGE}`);
  return { dataset, provinceCode: province ?? null, dataDir: value('--data-dir'), verbose: args.includes('--verbose') };
}

export function formatImportReport(result: UnitImportResult, verbose: boolean): string {
  const lines = [
    `Dataset ${result.dataset}, ${result.provinceCode ? `province ${result.provinceCode}` : 'all provinces'}: ` +
      `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.linked} predecessor links created ` +
      `(${(result.durationMs / 1000).toFixed(2)} s)`,
  ];
  for (const [code, report] of result.mergerReports) {
    const text = formatMergerReport(`Province ${code} merger matching`, report);
    lines.push(verbose || result.provinceCode ? text : text.split('\n')[0]);
  }
  lines.push(`Unmatched names (kept as text, not linked): ${result.unmatched.length}`);
  lines.push(`Ambiguous names (kept as text, not guessed): ${result.ambiguous.length}`);
  return lines.join('\n');
}

async function run(): Promise<void> {
  const args = parseImportUnitsArgs(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'import-units');
  const db = await openOrgDatabase(config.databaseUrl);
  try {
    const result = await importUnitDataset(db, { dataset: args.dataset, provinceCode: args.provinceCode, dataDir: args.dataDir }, log);
    console.log(formatImportReport(result, args.verbose));
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(
      error instanceof AppError ? `${error.messages.vi}\n${error.messages.en}` : error instanceof Error ? error.message : error,
    );
    process.exit(1);
  });
}
