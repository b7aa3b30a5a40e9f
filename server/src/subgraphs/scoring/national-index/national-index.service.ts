import { importFileBytes } from '../../../platform/xlsx/import-file';
import { randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../platform/xlsx/workbook';
import { inspectXlsx } from '../../../platform/xlsx/zip-guard';
import { In, type EntityManager } from 'typeorm';
import {
  averageIndex,
  checkNationalIndex,
  isPerUnit,
  NATIONAL_INDEX_LABEL,
  nationalIndexSourceIssue,
  type NationalIndexIssue,
  type NationalIndexKind,
} from '../../../domain/analysis/national-indices';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireRole, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditEntityType, recordAudit, recordAuditMany, type AuditInput } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import type { FileDownload } from '../criteria/criteria.types';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { updateByCase } from '../results/recompute.service';
import type { ScoringContext } from '../scoring-context';
import { importSurveyRows, previewSurveyRows, type SurveyPreview } from '../survey/survey.service';
import { NationalIndexEntity } from './national-index.entity';

/** A province's figures over two decades, DDCI included, fit many times over. */
const MAX_IMPORT_ROWS = 5000;
const BATCH = 400;

const currentYear = () => new Date().getUTCFullYear();

/** Only the province's administrator (Sở Nội vụ) writes its national indices. */
function requireProvinceAdmin(ctx: ScoringContext, provinceId: string): SignedInActor {
  const actor = requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(provinceId, 'provinceId');
  if (!administersProvince(actor, provinceId))
    throw forbidden(
      'Chỉ quản trị viên của tỉnh mới được cập nhật các chỉ số quốc gia của tỉnh.',
      'Only the province’s administrator may record its national indices.',
    );
  return actor;
}

function rejected(issues: NationalIndexIssue[], row: number | null = null) {
  const first = issues[0];
  const at = row === null ? '' : `Dòng ${row}: `;
  const atEn = row === null ? '' : `Row ${row}: `;
  return badInput(issues.map((i) => `${at}${i.vi}`).join('; ') + '.', issues.map((i) => `${atEn}${i.en}`).join('; ') + '.', {
    reason: first.code,
    argument: first.field,
    issues: issues.map((i) => ({ row, code: i.code, field: i.field, vi: i.vi, en: i.en })),
  });
}

const duplicate = (kind: NationalIndexKind, year: number, unitName: string | null) =>
  conflict(
    `${NATIONAL_INDEX_LABEL[kind]} năm ${year}${unitName ? ` của ${unitName}` : ''} đã có: sửa số liệu đã nhập thay vì thêm mới.`,
    `${NATIONAL_INDEX_LABEL[kind]} ${year}${unitName ? ` of ${unitName}` : ''} is already recorded: edit it instead.`,
    { reason: 'DUPLICATE' },
  );

/** What the audit keeps of a figure (values in points, as people read them). */
const auditView = (e: NationalIndexEntity) => ({
  kind: e.kind,
  year: e.year,
  unit: e.unitName,
  value: e.value / 100,
  rank: e.rank,
  rankOf: e.rankOf,
  published: e.published,
  source: e.source,
});

/**
 * National-index events carry the province's id where other events carry an assessment year's:
 * these figures belong to a calendar year, often one the platform never assessed.
 */
const auditOf = (e: NationalIndexEntity, action: string, before: NationalIndexEntity | null, reason: string | null): AuditInput => ({
  yearId: e.provinceUnitId,
  entityType: AuditEntityType.NATIONAL_INDEX,
  entityId: e.id,
  action,
  before: before ? auditView(before) : null,
  after: action === 'DELETE' ? null : auditView(e),
  reason,
});

interface RosterUnit {
  year: number;
  unitId: string;
  unitCode: string;
  unitName: string;
}

/** Every unit the province's rosters have assessed, newest year first (one statement). */
async function rosterUnits(manager: EntityManager, provinceId: string): Promise<RosterUnit[]> {
  const rows: { year: number | string; unit_id: string; unit_code: string; unit_name: string }[] = await manager
    .createQueryBuilder()
    .select(['y.year AS year', 'r.unit_id AS unit_id', 'r.unit_code AS unit_code', 'r.unit_name AS unit_name'])
    .from(RosterEntryEntity, 'r')
    .innerJoin(AssessmentYearEntity, 'y', 'y.id = r.year_id')
    .where('y.province_unit_id = :provinceId', { provinceId })
    .orderBy('y.year', 'DESC')
    .getRawMany();
  return rows.map((r) => ({ year: Number(r.year), unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name }));
}

/** The unit as that year's roster knew it, else as the latest roster did. */
function findUnit(units: readonly RosterUnit[], year: number, match: (u: RosterUnit) => boolean): RosterUnit | null {
  return units.find((u) => u.year === year && match(u)) ?? units.find(match) ?? null;
}

const unknownUnit = (what: string): NationalIndexIssue => ({
  code: 'UNKNOWN_UNIT',
  field: 'unit',
  vi: `Không tìm thấy đơn vị ${what} trong danh sách đơn vị được đánh giá của tỉnh`,
  en: `Unit ${what} is on none of the province's rosters`,
});

export interface NationalIndexInput {
  provinceId: string;
  year: number;
  kind: string;
  unitId?: string | null;
  value: string;
  rank?: number | null;
  rankOf?: number | null;
  source?: string | null;
  published?: boolean | null;
}

export async function createNationalIndex(ctx: ScoringContext, input: NationalIndexInput): Promise<NationalIndexEntity> {
  const actor = requireProvinceAdmin(ctx, input.provinceId);
  const checked = checkNationalIndex({ ...input, hasUnit: !!input.unitId }, currentYear());
  if (!checked.ok) throw rejected(checked.issues);
  const sourceIssue = nationalIndexSourceIssue(input.source);
  if (sourceIssue) throw rejected([sourceIssue]);
  let unit: RosterUnit | null = null;
  if (input.unitId) {
    assertId(input.unitId, 'unitId');
    unit = findUnit(await rosterUnits(ctx.db.manager, input.provinceId), input.year, (u) => u.unitId === input.unitId);
    if (!unit) throw rejected([unknownUnit(input.unitId)]);
  }
  const repo = ctx.db.getRepository(NationalIndexEntity);
  const key = { provinceUnitId: input.provinceId, year: checked.ok.year, kind: checked.ok.kind, unitId: unit?.unitId ?? input.provinceId };
  if (await repo.findOneBy(key)) throw duplicate(checked.ok.kind, checked.ok.year, unit?.unitName ?? null);
  const entity = repo.create({
    id: randomUUID(),
    ...key,
    unitCode: unit?.unitCode ?? null,
    unitName: unit?.unitName ?? null,
    value: checked.ok.value,
    rank: checked.ok.rank,
    rankOf: checked.ok.rankOf,
    published: input.published ?? false,
    source: input.source?.trim() || null,
    updatedBy: actor.username,
    updatedAt: new Date(),
  });
  try {
    await ctx.db.transaction(async (manager) => {
      await manager.insert(NationalIndexEntity, entity);
      await recordAudit(manager, ctx, auditOf(entity, 'CREATE', null, null));
    });
  } catch (error) {
    // Two administrators adding the same figure at once: the unique key refused the second.
    if (await repo.findOneBy(key)) throw duplicate(entity.kind, entity.year, entity.unitName);
    throw error;
  }
  return entity;
}

async function loadOwn(ctx: ScoringContext, id: string): Promise<{ actor: SignedInActor; entity: NationalIndexEntity }> {
  requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(id, 'id');
  const entity = await ctx.db.getRepository(NationalIndexEntity).findOneBy({ id });
  if (!entity) throw notFound('Không tìm thấy số liệu chỉ số.', 'Index figure not found.', { argument: 'id' });
  return { actor: requireProvinceAdmin(ctx, entity.provinceUnitId), entity };
}

export interface NationalIndexUpdate {
  value: string;
  rank?: number | null;
  rankOf?: number | null;
  source?: string | null;
  published?: boolean | null;
  reason?: string | null;
}

export async function updateNationalIndex(ctx: ScoringContext, id: string, input: NationalIndexUpdate): Promise<NationalIndexEntity> {
  const { actor, entity } = await loadOwn(ctx, id);
  const checked = checkNationalIndex(
    { kind: entity.kind, year: entity.year, value: input.value, rank: input.rank, rankOf: input.rankOf, hasUnit: isPerUnit(entity.kind) },
    currentYear(),
  );
  if (!checked.ok) throw rejected(checked.issues);
  const sourceIssue = nationalIndexSourceIssue(input.source);
  if (sourceIssue) throw rejected([sourceIssue]);
  const before = { ...entity };
  Object.assign(entity, {
    value: checked.ok.value,
    rank: checked.ok.rank,
    rankOf: checked.ok.rankOf,
    source: input.source === undefined ? entity.source : input.source?.trim() || null,
    published: input.published ?? entity.published,
    updatedBy: actor.username,
    updatedAt: new Date(),
  });
  await ctx.db.transaction(async (manager) => {
    await manager.save(NationalIndexEntity, entity);
    await recordAudit(manager, ctx, auditOf(entity, 'UPDATE', before, input.reason ?? null));
  });
  return entity;
}

export async function deleteNationalIndex(ctx: ScoringContext, id: string, reason: string): Promise<boolean> {
  const { entity } = await loadOwn(ctx, id);
  if (!reason.trim())
    throw badInput('Cần ghi lý do xóa số liệu.', 'A reason is required to delete a figure.', {
      argument: 'reason',
      reason: 'REASON_REQUIRED',
    });
  await ctx.db.transaction(async (manager) => {
    await manager.delete(NationalIndexEntity, { id });
    await recordAudit(manager, ctx, auditOf(entity, 'DELETE', entity, reason));
  });
  return true;
}

/** Publishes (or withdraws) every figure of one year at once; returns how many changed. */
export async function publishNationalIndices(ctx: ScoringContext, provinceId: string, year: number, published: boolean): Promise<number> {
  const actor = requireProvinceAdmin(ctx, provinceId);
  return ctx.db.transaction(async (manager) => {
    const rows = await manager.findBy(NationalIndexEntity, { provinceUnitId: provinceId, year, published: !published });
    if (rows.length === 0) return 0;
    const now = new Date();
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += BATCH)
      await manager.update(
        NationalIndexEntity,
        { id: In(ids.slice(i, i + BATCH)) },
        { published, updatedBy: actor.username, updatedAt: now },
      );
    await recordAuditMany(
      manager,
      ctx,
      rows.map((r) => auditOf({ ...r, published }, published ? 'PUBLISH' : 'UNPUBLISH', r, null)),
    );
    return rows.length;
  });
}

export interface ProvinceAverage {
  yearId: string;
  year: number;
  status: string;
  averageIndex: number | null;
  unitCount: number;
}

export interface NationalIndexOverview {
  provinceId: string;
  canManage: boolean;
  entries: NationalIndexEntity[];
  ownAverages: ProvinceAverage[];
}

/**
 * The province's national indices over the years beside its own average index (all appraised
 * units of every group). Everyone reads published figures and published years; the province's
 * administrator also sees drafts and finalized, not yet published, years. Two statements.
 */
export async function nationalIndices(
  ctx: ScoringContext,
  provinceId: string,
  filter: { kind?: NationalIndexKind | null; year?: number | null } = {},
): Promise<NationalIndexOverview> {
  assertId(provinceId, 'provinceId');
  const canManage = ctx.actor.kind === 'user' && administersProvince(ctx.actor, provinceId);
  const where = {
    provinceUnitId: provinceId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.year ? { year: filter.year } : {}),
    ...(canManage ? {} : { published: true }),
  };
  const [entries, results] = await Promise.all([
    ctx.db.getRepository(NationalIndexEntity).find({ where, order: { year: 'ASC', kind: 'ASC', rank: 'ASC', unitName: 'ASC' } }),
    ctx.db
      .createQueryBuilder()
      .select(['y.id AS year_id', 'y.year AS year', 'y.status AS status', 'r.index_value AS index_value'])
      .from(AssessmentYearEntity, 'y')
      .leftJoin(UnitResultEntity, 'r', 'r.year_id = y.id AND r.index_value IS NOT NULL AND r.rankable = :rankable', { rankable: true })
      .where('y.province_unit_id = :provinceId', { provinceId })
      .andWhere('y.status IN (:...statuses)', { statuses: canManage ? ['FINALIZED', 'PUBLISHED'] : ['PUBLISHED'] })
      .getRawMany<{ year_id: string; year: number | string; status: string; index_value: unknown }>(),
  ]);
  const byYear = new Map<string, ProvinceAverage & { indices: number[] }>();
  for (const r of results) {
    const row = byYear.get(r.year_id) ?? {
      yearId: r.year_id,
      year: Number(r.year),
      status: r.status,
      averageIndex: null,
      unitCount: 0,
      indices: [],
    };
    const index = hundredthsTransformer.from(r.index_value as string | number | null) as number | null;
    if (index !== null) row.indices.push(index);
    byYear.set(r.year_id, row);
  }
  const ownAverages = [...byYear.values()]
    .filter((r) => !filter.year || r.year === filter.year)
    .map(({ indices, ...r }) => ({ ...r, averageIndex: averageIndex(indices), unitCount: indices.length }))
    .sort((a, b) => a.year - b.year);
  return { provinceId, canManage, entries, ownAverages };
}

/** Who changed a figure, when, before and after (the province's administrator only). */
export async function nationalIndexHistory(ctx: ScoringContext, id: string): Promise<AuditEventEntity[]> {
  requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(id, 'id');
  const events = await ctx.db
    .getRepository(AuditEventEntity)
    .find({ where: { entityType: AuditEntityType.NATIONAL_INDEX, entityId: id }, order: { id: 'ASC' } });
  // A deleted figure's history stays readable: the province is on the events themselves.
  const provinceId = events[0]?.yearId;
  if (provinceId) requireProvinceAdmin(ctx, provinceId);
  return events;
}

// ---------------------------------------------------------------------------
// XLSX import and template

const COLUMNS = ['Năm', 'Chỉ số', 'Mã đơn vị (DDCI)', 'Giá trị', 'Thứ hạng', 'Trên tổng số', 'Nguồn'];
const KIND_ALIASES: Record<string, NationalIndexKind> = {
  PARINDEX: 'PAR_INDEX',
  PAR: 'PAR_INDEX',
  SIPAS: 'SIPAS',
  PAPI: 'PAPI',
  PCI: 'PCI',
  DDCI: 'DDCI',
};
const kindOf = (text: string) => KIND_ALIASES[text.toUpperCase().replace(/[\s_-]/g, '')] ?? text;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((p) => p.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return String(value as unknown);
}

const optionalInt = (text: string): number | null => (text === '' ? null : Number(text));

export interface NationalImportIssue extends NationalIndexIssue {
  row: number | null;
}

/**
 * Imports figures from the first sheet of an XLSX (columns as in the template): all rows or none.
 * A row for a figure already recorded updates it; the same figure twice in the file is refused.
 * Set-based: one read of what exists, multi-row writes.
 */
export async function importNationalIndices(
  ctx: ScoringContext,
  provinceId: string,
  base64: string,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const actor = requireProvinceAdmin(ctx, provinceId);
  const content = importFileBytes(base64);
  // A few thousand rows of seven cells: the bound is generous; past it the zip is a bomb (zip-guard).
  const shape = inspectXlsx(content, 32 * 1024 * 1024);
  if (!shape.ok && shape.reason === 'TOO_LARGE')
    throw badInput(
      'Tệp Excel sau khi giải nén quá lớn (trên 32 MB); hãy chỉ giữ bảng chỉ số theo mẫu.',
      'The workbook expands past 32 MB; keep only the indices table of the template.',
      { argument: 'base64', reason: 'FILE_TOO_LARGE' },
    );
  if (shape.ok && shape.rows > MAX_IMPORT_ROWS + 1000)
    throw badInput(
      `Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS}, tính cả các trang tính khác).`,
      `Too many rows (at most ${MAX_IMPORT_ROWS}, other worksheets included).`,
      { argument: 'base64', reason: 'TOO_MANY_ROWS' },
    );
  const workbook = await newWorkbook();
  try {
    if (!shape.ok) throw new Error('unreadable');
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badInput('Không đọc được tệp Excel (.xlsx).', 'The file is not a readable .xlsx workbook.', {
      argument: 'base64',
      reason: 'FILE_UNREADABLE',
    });
  }
  const sheet = workbook.worksheets[0];
  const table: { row: number; cells: string[] }[] = [];
  sheet?.eachRow((row, rowNumber) => {
    const cells = [1, 2, 3, 4, 5, 6, 7].map((c) => cellText(row.getCell(c).value));
    if (rowNumber === 1 && /^n(ă|a)m|year/i.test(cells[0])) return;
    if (cells.every((c) => c === '')) return;
    table.push({ row: rowNumber, cells });
  });
  if (table.length === 0) throw badInput('Tệp không có dòng dữ liệu nào.', 'The file has no data rows.', { reason: 'EMPTY_FILE' });
  if (table.length > MAX_IMPORT_ROWS)
    throw badInput(`Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS}).`, `Too many rows (at most ${MAX_IMPORT_ROWS}).`, {
      reason: 'TOO_MANY_ROWS',
    });

  const [units, existing] = await Promise.all([
    rosterUnits(ctx.db.manager, provinceId),
    ctx.db.getRepository(NationalIndexEntity).findBy({ provinceUnitId: provinceId }),
  ]);
  const existingByKey = new Map(existing.map((e) => [`${e.year}|${e.kind}|${e.unitId}`, e]));
  const issues: NationalImportIssue[] = [];
  const seen = new Map<string, number>();
  const planned: { row: number; entity: NationalIndexEntity; before: NationalIndexEntity | null }[] = [];
  const now = new Date();
  for (const { row, cells } of table) {
    const [yearText, kindText, unitCode, valueText, rankText, rankOfText, source] = cells;
    const checked = checkNationalIndex(
      {
        kind: kindOf(kindText),
        year: Number(yearText),
        value: valueText,
        rank: optionalInt(rankText),
        rankOf: optionalInt(rankOfText),
        hasUnit: unitCode !== '',
      },
      currentYear(),
    );
    if (!checked.ok) {
      issues.push(...checked.issues.map((i) => ({ ...i, row })));
      continue;
    }
    const sourceIssue = nationalIndexSourceIssue(source);
    if (sourceIssue) {
      issues.push({ ...sourceIssue, row });
      continue;
    }
    const { kind, year } = checked.ok;
    const unit = unitCode ? findUnit(units, year, (u) => u.unitCode === unitCode) : null;
    if (unitCode && !unit) {
      issues.push({ ...unknownUnit(`mã "${unitCode}"`), row });
      continue;
    }
    const key = `${year}|${kind}|${unit?.unitId ?? provinceId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        row,
        code: 'DUPLICATE',
        field: 'kind',
        vi: `trùng với dòng ${earlier} (cùng năm, chỉ số${unit ? ', đơn vị' : ''})`,
        en: `duplicates row ${earlier} (same year, index${unit ? ', unit' : ''})`,
      });
      continue;
    }
    seen.set(key, row);
    const before = existingByKey.get(key) ?? null;
    planned.push({
      row,
      before,
      entity: ctx.db.getRepository(NationalIndexEntity).create({
        id: before?.id ?? randomUUID(),
        provinceUnitId: provinceId,
        year,
        kind,
        unitId: unit?.unitId ?? provinceId,
        unitCode: unit?.unitCode ?? null,
        unitName: unit?.unitName ?? null,
        value: checked.ok.value,
        rank: checked.ok.rank,
        rankOf: checked.ok.rankOf,
        published: before?.published ?? false,
        source: source || before?.source || null,
        updatedBy: actor.username,
        updatedAt: now,
      }),
    });
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, 10);
    throw badInput(
      `Không nhập được chỉ số: ${issues.length} lỗi. ${shown.map((i) => `Dòng ${i.row}: ${i.vi}`).join('; ')}`,
      `Indices not imported: ${issues.length} error(s). ${shown.map((i) => `Row ${i.row}: ${i.en}`).join('; ')}`,
      { reason: 'INVALID_ROWS', issues: issues.map((i) => ({ row: i.row, code: i.code, field: i.field, vi: i.vi, en: i.en })) },
    );
  }
  const same = (a: NationalIndexEntity, b: NationalIndexEntity) =>
    a.value === b.value && a.rank === b.rank && a.rankOf === b.rankOf && a.source === b.source;
  const inserts = planned.filter((p) => !p.before);
  const updates = planned.filter((p) => p.before && !same(p.before, p.entity));
  await ctx.db.transaction(async (manager) => {
    for (let i = 0; i < inserts.length; i += BATCH)
      await manager
        .createQueryBuilder()
        .insert()
        .into(NationalIndexEntity)
        .values(inserts.slice(i, i + BATCH).map((p) => p.entity))
        .updateEntity(false)
        .execute();
    await updateByCase(
      manager,
      'national_index',
      ['value', 'rank_value', 'rank_of', 'source'],
      updates.map((p) => ({
        id: p.entity.id,
        values: [hundredthsTransformer.to(p.entity.value) as string, p.entity.rank, p.entity.rankOf, p.entity.source],
      })),
    );
    const updatedIds = updates.map((p) => p.entity.id);
    for (let i = 0; i < updatedIds.length; i += BATCH)
      await manager.update(NationalIndexEntity, { id: In(updatedIds.slice(i, i + BATCH)) }, { updatedBy: actor.username, updatedAt: now });
    await recordAuditMany(manager, ctx, [
      ...inserts.map((p) => auditOf(p.entity, 'IMPORT', null, `Nhập từ tệp (dòng ${p.row})`)),
      ...updates.map((p) => auditOf(p.entity, 'IMPORT', p.before, `Nhập từ tệp (dòng ${p.row})`)),
    ]);
  });
  return { created: inserts.length, updated: updates.length, unchanged: planned.length - inserts.length - updates.length };
}

/** The import template, filled with what is recorded (so it doubles as an export). */
export async function nationalIndicesTemplate(ctx: ScoringContext, provinceId: string): Promise<FileDownload> {
  requireProvinceAdmin(ctx, provinceId);
  const rows = await ctx.db
    .getRepository(NationalIndexEntity)
    .find({ where: { provinceUnitId: provinceId }, order: { year: 'ASC', kind: 'ASC', rank: 'ASC', unitName: 'ASC' } });
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Chi so');
  sheet.columns = [...COLUMNS, 'Tên đơn vị (không nhập)'].map((header, i) => ({ header, width: [8, 12, 16, 10, 10, 12, 40, 36][i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(3).numFmt = '@';
  for (const r of rows)
    sheet.addRow([r.year, NATIONAL_INDEX_LABEL[r.kind], r.unitCode, r.value / 100, r.rank, r.rankOf, r.source, r.unitName]);
  const help = workbook.addWorksheet('Huong dan');
  help.getColumn(1).width = 110;
  for (const line of [
    'Chỉ số: PAR INDEX, SIPAS, PAPI, PCI (của cả tỉnh, để trống Mã đơn vị) hoặc DDCI (ghi Mã đơn vị như trong danh sách đơn vị được đánh giá).',
    'Giá trị: PAR INDEX, SIPAS, PCI, DDCI từ 0 đến 100; PAPI từ 0 đến 80. Hai chữ số thập phân.',
    'Thứ hạng / Trên tổng số: xếp hạng toàn quốc (63 tỉnh, thành phố đến năm 2024; 34 từ năm 2025) hoặc trong tỉnh (DDCI).',
    'Dòng trùng năm, chỉ số (và đơn vị) với số liệu đã có sẽ cập nhật số liệu đó. Tệp có lỗi thì không dòng nào được ghi.',
  ])
    help.addRow([line]);
  return {
    fileName: 'chi-so-quoc-gia.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
}

// ---------------------------------------------------------------------------
// DDCI as survey points

/**
 * The units' DDCI of the assessment year's calendar year as the values of one survey leaf
 * (a satisfaction share out of 100, so the leaf must convert by percentage), ready for the
 * survey import's own checks, preview and apply.
 */
async function ddciRows(ctx: ScoringContext, yearId: string, criterionCode: string) {
  requireRole(ctx, Role.PROVINCE_ADMIN);
  assertId(yearId, 'yearId');
  const year = await ctx.db.getRepository(AssessmentYearEntity).findOneBy({ id: yearId });
  if (!year) throw notFound('Không tìm thấy kỳ đánh giá.', 'Assessment year not found.', { argument: 'yearId' });
  requireProvinceAdmin(ctx, year.provinceUnitId);
  const code = criterionCode.trim();
  const nodes = await ctx.db.getRepository(CriteriaNodeEntity).findBy({ yearId, section: 'SURVEY' as CriteriaNodeEntity['section'] });
  const parents = new Set(nodes.map((n) => n.parentId));
  const leaves = nodes.filter((n) => n.code === code && n.method === 'SURVEY' && !parents.has(n.id));
  if (leaves.length === 0)
    throw badInput(
      `"${code}" không phải tiêu chí điều tra xã hội học của kỳ đánh giá ${year.year}.`,
      `"${code}" is not a survey criterion of the ${year.year} year.`,
      { argument: 'criterionCode', reason: 'NOT_SURVEY_CRITERION' },
    );
  const percent = leaves.every((l) => (l.params as { basis?: string } | null)?.basis === 'PERCENT');
  if (!percent)
    throw badInput(
      `Tiêu chí "${code}" quy đổi theo số điểm: DDCI (thang 100) chỉ dùng cho tiêu chí điều tra quy đổi theo tỷ lệ (%).`,
      `Criterion "${code}" takes points: DDCI (out of 100) can feed only a survey criterion that converts a percentage.`,
      { argument: 'criterionCode', reason: 'LEAF_NOT_PERCENT' },
    );
  const ddci = await ctx.db
    .getRepository(NationalIndexEntity)
    .find({ where: { provinceUnitId: year.provinceUnitId, year: year.year, kind: 'DDCI' }, order: { unitName: 'ASC' } });
  if (ddci.length === 0)
    throw notFound(`Chưa có số liệu DDCI năm ${year.year} của tỉnh.`, `No DDCI recorded for ${year.year}.`, { reason: 'NO_DDCI' });
  return {
    year,
    parsed: {
      rows: ddci.map((d, i) => ({ row: i + 1, unitCode: d.unitCode ?? d.unitId, criterionCode: code, value: (d.value / 100).toFixed(2) })),
      issues: [],
      blankRows: [],
    },
  };
}

export async function previewDdciAsSurvey(ctx: ScoringContext, yearId: string, criterionCode: string): Promise<SurveyPreview> {
  const { parsed } = await ddciRows(ctx, yearId, criterionCode);
  return previewSurveyRows(ctx, yearId, parsed);
}

export async function applyDdciAsSurvey(ctx: ScoringContext, yearId: string, criterionCode: string) {
  const { year, parsed } = await ddciRows(ctx, yearId, criterionCode);
  return importSurveyRows(ctx, yearId, parsed, () => `Điểm DDCI năm ${year.year} dùng làm điểm điều tra`);
}
