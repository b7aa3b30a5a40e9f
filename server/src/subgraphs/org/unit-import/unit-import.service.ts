/**
 * Applies an import plan of real administrative units (domain/org/unit-dataset) to the database.
 *
 * - Idempotent: every planned unit is keyed by `source_key`; a second import finds each row,
 *   compares it field by field and writes nothing when nothing changed.
 * - One transaction: a failed import leaves the database as it was.
 * - Batched: rows are read by key in chunks and inserted with multi-row INSERTs, so the whole
 *   three-level file (~10,800 units) is a few dozen statements, not ten thousand.
 * - Predecessor links (2025 reform, 2025 department merges) are written only when both ends are
 *   present, whichever era is imported second. Names in a merger text that match no old commune,
 *   or several, are reported and never guessed (domain/org/merger-text).
 */
import { randomUUID } from 'node:crypto';
import { OrgAuditEntityType } from '../audit/org-audit-event.entity';
import { recordOrgAudit } from '../audit/org-audit.service';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { childPath } from '../../../domain/org/hierarchy';
import { chunks } from '../../../platform/database/in-list';
import type { MergerReport } from '../../../domain/org/merger-text';
import type { OrgEra, PlannedLink, PlannedUnit } from '../../../domain/org/org-types';
import {
  importPlan,
  predecessorProvinceCodes,
  readTwoLevelUnits,
  UnitDatasetError,
  type ImportPlan,
} from '../../../domain/org/unit-dataset';
import { foldVietnamese, subtypeFromName } from '../../../domain/org/vietnamese-text';
import { requireProvinceAdmin } from '../admin-scope';
import { badInput, forbidden } from '../../../platform/errors/app-error';
import type { Logger } from '../../../platform/logging/logger';
import type { OrgContext } from '../org-context';
import { rebaseSubtree } from '../org-unit/org-unit-change.service';
import { OrgUnitLinkEntity, type OrgUnitLinkKindValue } from '../org-unit/org-unit-link.entity';
import { OrgUnitEntity, type OrgUnitKind } from '../org-unit/org-unit.entity';
import { UnitDataset } from './unit-import.types';

/** Rows per multi-row INSERT / keys per IN list: well under MySQL's and SQLite's placeholder limits. */
const CHUNK = 500;

export const DATASET_ERA: Record<UnitDataset, OrgEra> = {
  [UnitDataset.TWO_LEVEL_2026]: 'two-level',
  [UnitDataset.THREE_LEVEL_2025]: 'three-level',
};

export interface UnitImportOptions {
  dataset: UnitDataset;
  /** Two-digit province code; every province of the file when null. */
  provinceCode?: string | null;
  dataDir?: string;
}

export interface UnitImportResult {
  dataset: UnitDataset;
  provinceCode: string | null;
  created: number;
  updated: number;
  unchanged: number;
  linked: number;
  /** "<new commune>: <name as written>" for merger-text names that match no old commune. */
  unmatched: string[];
  /** "<new commune>: <name as written> → <candidate keys>" for names that match several. */
  ambiguous: string[];
  durationMs: number;
  /** Per post-reform province code, the full matching report (for CLI output and logs). */
  mergerReports: Map<string, MergerReport>;
}

function subtypeOf(unit: PlannedUnit): string {
  return unit.subtype ?? subtypeFromName(unit.name).subtype ?? unit.name.split(' ')[0].toLowerCase();
}

/** The predecessor-link plans to apply: the era's own, or (three-level) those of the successor provinces. */
function successionPlans(era: OrgEra, plan: ImportPlan, provinceCode: string | null, dataDir: string | undefined): ImportPlan[] {
  if (era === 'two-level') return [plan];
  const newCodes = readTwoLevelUnits(dataDir).map((p) => p.Code);
  if (provinceCode === null) return [importPlan('two-level', { dataDir })];
  return newCodes
    .filter((code) => predecessorProvinceCodes(code, dataDir).includes(provinceCode))
    .map((code) => importPlan('two-level', { provinceCode: code, dataDir }));
}

async function rowsByKey(em: EntityManager, keys: readonly string[]): Promise<Map<string, OrgUnitEntity>> {
  const out = new Map<string, OrgUnitEntity>();
  for (const chunk of chunks([...new Set(keys)], CHUNK)) {
    for (const row of await em.find(OrgUnitEntity, { where: { sourceKey: In(chunk) } })) out.set(row.sourceKey ?? '', row);
  }
  return out;
}

/**
 * Open units created by hand (no source key) with the code and kind of a planned unit: the import
 * adopts them instead of failing on the open-code index (e.g. a province entered before the import).
 */
async function adoptableByCode(em: EntityManager, missing: readonly PlannedUnit[]): Promise<Map<string, OrgUnitEntity>> {
  const out = new Map<string, OrgUnitEntity>();
  const wanted = new Map(missing.map((u) => [u.code, u]));
  for (const chunk of chunks([...wanted.keys()], CHUNK)) {
    const rows = await em.find(OrgUnitEntity, { where: { openCode: In(chunk), sourceKey: IsNull() } });
    for (const row of rows) {
      const planned = wanted.get(row.code);
      if (planned && planned.kind === row.kind) out.set(planned.sourceKey, row);
    }
  }
  return out;
}

function linkKind(link: PlannedLink): OrgUnitLinkKindValue {
  // Department merges (Nghị định 45/2025) are merges; the 1 July 2025 reform of territorial units is a reorganisation.
  return link.successorSourceKey.startsWith('department:') ? 'MERGE' : 'REORGANIZATION';
}

async function applyPlan(
  em: EntityManager,
  era: OrgEra,
  plan: ImportPlan,
  succession: ImportPlan[],
  result: UnitImportResult,
): Promise<void> {
  const existing = await rowsByKey(
    em,
    plan.units.map((u) => u.sourceKey),
  );
  const adopted = await adoptableByCode(
    em,
    plan.units.filter((u) => !existing.has(u.sourceKey) && u.validTo === null),
  );
  const idByKey = new Map<string, string>();
  const pathById = new Map<string, string>();
  const inserts: OrgUnitEntity[] = [];
  const updates: { row: OrgUnitEntity; changes: Partial<OrgUnitEntity> }[] = [];

  // Plans list parents before children, so a parent's id and path are known when its children come.
  for (const planned of plan.units) {
    const parentId = planned.parentSourceKey ? (idByKey.get(planned.parentSourceKey) ?? existing.get(planned.parentSourceKey)?.id) : null;
    if (planned.parentSourceKey && !parentId)
      throw new Error(`import plan lists ${planned.sourceKey} before its parent ${planned.parentSourceKey}`);
    const row = existing.get(planned.sourceKey) ?? adopted.get(planned.sourceKey);
    const id = row?.id ?? randomUUID();
    const parentPath = parentId ? (pathById.get(parentId) ?? existing.get(planned.parentSourceKey ?? '')?.path) : null;
    if (parentId && !parentPath) throw new Error(`no path for parent ${parentId}`);
    const desired = {
      kind: planned.kind as OrgUnitKind,
      subtype: subtypeOf(planned),
      code: planned.code,
      openCode: planned.validTo === null ? planned.code : null,
      name: planned.name,
      nameFolded: foldVietnamese(planned.name),
      parentId: parentId ?? null,
      path: parentPath ? childPath(parentPath, id) : `/${id}/`,
      validFrom: planned.validFrom,
      validTo: planned.validTo,
      mergerText: planned.mergerText ?? null,
      sourceKey: planned.sourceKey,
    };
    const level = desired.path.split('/').length - 3;
    idByKey.set(planned.sourceKey, id);
    pathById.set(id, desired.path);
    if (!row) {
      inserts.push(em.create(OrgUnitEntity, { id, ...desired, level }));
      continue;
    }
    const changes: Partial<OrgUnitEntity> = {};
    for (const [field, value] of Object.entries(desired) as [keyof typeof desired, string | null][]) {
      if (row[field] !== value) (changes as Record<string, unknown>)[field] = value;
    }
    if (Object.keys(changes).length === 0) result.unchanged += 1;
    else updates.push({ row, changes });
  }

  // Updates before inserts: a unit closing in this import frees its code for a new one.
  for (const { row, changes } of updates) {
    const { path, ...rest } = changes;
    if (Object.keys(rest).length > 0) await em.update(OrgUnitEntity, { id: row.id }, rest);
    if (path !== undefined) await rebaseSubtree(em, row.path, path);
    result.updated += 1;
  }
  for (const batch of chunks(inserts, CHUNK))
    await em.createQueryBuilder().insert().into(OrgUnitEntity).values(batch).updateEntity(false).execute();
  result.created += inserts.length;

  await applyLinks(em, era, succession, idByKey, result);
}

async function applyLinks(
  em: EntityManager,
  era: OrgEra,
  succession: ImportPlan[],
  idByKey: Map<string, string>,
  result: UnitImportResult,
): Promise<void> {
  const planned = succession.flatMap((p) => p.links);
  const missingKeys = [...new Set(planned.flatMap((l) => [l.predecessorSourceKey, l.successorSourceKey]))].filter((k) => !idByKey.has(k));
  for (const [key, row] of await rowsByKey(em, missingKeys)) idByKey.set(key, row.id);

  const candidates = new Map<string, OrgUnitLinkEntity>();
  for (const link of planned) {
    const predecessorId = idByKey.get(link.predecessorSourceKey);
    const successorId = idByKey.get(link.successorSourceKey);
    if (!predecessorId || !successorId) continue;
    const pair = `${predecessorId}>${successorId}`;
    if (candidates.has(pair)) continue;
    candidates.set(
      pair,
      em.create(OrgUnitLinkEntity, {
        id: randomUUID(),
        predecessorId,
        successorId,
        kind: linkKind(link),
        partial: link.partial,
        effectiveDate: link.effectiveDate,
        note: link.note ? link.note.slice(0, 500) : null,
      }),
    );
  }
  const successorIds = [...new Set([...candidates.values()].map((l) => l.successorId))];
  for (const chunk of chunks(successorIds, CHUNK)) {
    for (const link of await em.find(OrgUnitLinkEntity, { where: { successorId: In(chunk) } }))
      candidates.delete(`${link.predecessorId}>${link.successorId}`);
  }
  const inserts = [...candidates.values()];
  for (const batch of chunks(inserts, CHUNK))
    await em.createQueryBuilder().insert().into(OrgUnitLinkEntity).values(batch).updateEntity(false).execute();
  result.linked += inserts.length;

  // Matching reports of the post-reform provinces whose communes are in the database.
  for (const plan of succession) {
    for (const [code, report] of plan.mergerReports) {
      const present = era === 'two-level' || plan.units.some((u) => u.kind === 'COMMUNE' && idByKey.has(u.sourceKey));
      if (!present) continue;
      result.mergerReports.set(code, report);
      for (const u of report.unmatched) result.unmatched.push(`${u.newName}: ${u.text}`);
      for (const a of report.ambiguous) result.ambiguous.push(`${a.newName}: ${a.text} → ${a.candidates.join(' | ')}`);
    }
  }
}

/**
 * Imports one province (or all) of a dataset. A system job: it takes the DataSource, not a request
 * context, so the CLI and the demo seed use it too; `importUnits` below is the API's guarded entry.
 */
export async function importUnitDataset(db: DataSource, options: UnitImportOptions, log?: Logger): Promise<UnitImportResult> {
  const started = Date.now();
  const era = DATASET_ERA[options.dataset];
  const provinceCode = options.provinceCode?.trim() || null;
  if (provinceCode !== null && !/^\d{2}$/.test(provinceCode))
    throw badInput(
      `Mã tỉnh phải gồm 2 chữ số, ví dụ "22": "${provinceCode}".`,
      `A province code has two digits, e.g. "22": "${provinceCode}".`,
      {
        argument: 'provinceCode',
      },
    );
  let plan: ImportPlan;
  let succession: ImportPlan[];
  try {
    plan = importPlan(era, { provinceCode: provinceCode ?? undefined, dataDir: options.dataDir });
    succession = successionPlans(era, plan, provinceCode, options.dataDir);
  } catch (error) {
    if (error instanceof UnitDatasetError && provinceCode !== null && /is not in/.test(error.message))
      throw badInput(
        `Không có tỉnh/thành phố mã ${provinceCode} trong dữ liệu ${era === 'two-level' ? 'hai cấp (2026)' : 'ba cấp (2025)'}.`,
        `Province ${provinceCode} is not in the ${era} dataset.`,
        { argument: 'provinceCode' },
      );
    throw error;
  }
  const result: UnitImportResult = {
    dataset: options.dataset,
    provinceCode,
    created: 0,
    updated: 0,
    unchanged: 0,
    linked: 0,
    unmatched: [],
    ambiguous: [],
    durationMs: 0,
    mergerReports: new Map(),
  };
  await db.transaction((em) => applyPlan(em, era, plan, succession, result));
  result.durationMs = Date.now() - started;
  log?.info(
    {
      dataset: result.dataset,
      provinceCode,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      linked: result.linked,
      unmatched: result.unmatched.length,
      ambiguous: result.ambiguous.length,
      durationMs: result.durationMs,
    },
    'units imported',
  );
  return result;
}

/**
 * The provinces an administrator may import: his own (by its official code) and, for the
 * three-level dataset, the pre-reform provinces it was formed from, whose history it inherits.
 * An import overwrites names and links, so another province's (Hà Nội's rename reverted by a
 * Quảng Ninh administrator) is refused, and so is the whole country at once: that is the server
 * operator's job (`pnpm import-units`), not a province's.
 */
async function importableCodes(ctx: OrgContext, rootId: string, dataset: UnitDataset): Promise<string[]> {
  const own = await ctx.loaders.unitById.load(rootId);
  if (!own) return [];
  if (dataset === UnitDataset.TWO_LEVEL_2026) return [own.code];
  return [...new Set([own.code, ...predecessorProvinceCodes(own.code)])];
}

/** The admin-only mutation: loads the administrator's own province from a dataset. */
export async function importUnits(
  ctx: OrgContext,
  input: { dataset: UnitDataset; provinceCode?: string | null },
): Promise<UnitImportResult> {
  const scope = requireProvinceAdmin(ctx);
  const requested = input.provinceCode?.trim() || null;
  if (requested === null)
    throw forbidden(
      'Quản trị cấp tỉnh chỉ nhập được đơn vị của tỉnh mình; hãy chọn mã tỉnh. Nhập toàn quốc do người vận hành máy chủ thực hiện bằng lệnh import-units.',
      "A province administrator imports only his own province; choose its code. The whole country is imported by the server's operator (import-units).",
      { argument: 'provinceCode' },
    );
  const allowed = await importableCodes(ctx, scope.rootId, input.dataset);
  if (/^\d{2}$/.test(requested) && !allowed.includes(requested))
    throw forbidden(
      `Bạn chỉ nhập được đơn vị của tỉnh mình (mã ${allowed.join(', ') || 'không xác định'}); tỉnh mã ${requested} nằm ngoài phạm vi đó.`,
      `You can import only your own province (code ${allowed.join(', ') || 'unknown'}); province ${requested} is outside it.`,
      { argument: 'provinceCode' },
    );
  const result = await importUnitDataset(ctx.db, { dataset: input.dataset, provinceCode: requested }, ctx.log);
  // The import's own transaction is shared with the CLI (which has no actor); its record follows it.
  if (result.created + result.updated + result.linked > 0) {
    const province = await ctx.loaders.unitById.load(scope.rootId);
    await ctx.db.transaction((em) =>
      recordOrgAudit(em, ctx, [
        {
          provinceUnitId: scope.rootId,
          entityType: OrgAuditEntityType.ORG_UNIT,
          entityId: scope.rootId,
          entityLabel: province?.name ?? requested,
          action: 'IMPORT',
          before: null,
          after: {
            dataset: input.dataset,
            provinceCode: requested,
            created: result.created,
            updated: result.updated,
            linked: result.linked,
          },
        },
      ]),
    );
  }
  ctx.loaders.unitById.clearAll();
  ctx.loaders.childrenByParent.clearAll();
  ctx.loaders.predecessorLinks.clearAll();
  ctx.loaders.successorLinks.clearAll();
  return result;
}
