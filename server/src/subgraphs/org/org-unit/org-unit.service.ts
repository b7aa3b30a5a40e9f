import { foldVietnamese } from '../../../domain/org/vietnamese-text';
import { notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../../../platform/graphql/connection';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity, type OrgUnitKind } from './org-unit.entity';

/**
 * LIKE escaping that works on both databases: MySQL reads a backslash inside a string literal as an
 * escape (so `ESCAPE '\\'` is a syntax error there), hence "!" as the escape character.
 */
export const LIKE_ESCAPE = "ESCAPE '!'";
export function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

export function assertUnitId(id: string, argument = 'id'): void {
  assertId(id, argument, { vi: 'đơn vị', en: 'unit' });
}

export async function getUnit(ctx: OrgContext, id: string, argument = 'id'): Promise<OrgUnitEntity> {
  assertUnitId(id, argument);
  const unit = await ctx.loaders.unitById.load(id);
  if (!unit) throw notFound(`Không tìm thấy đơn vị có mã định danh ${id}.`, `No unit with id ${id}.`, { argument });
  return unit;
}

export async function findUnit(ctx: OrgContext, id: string): Promise<OrgUnitEntity | null> {
  assertUnitId(id);
  return ctx.loaders.unitById.load(id);
}

export interface ListUnitsFilter {
  parentId?: string | null;
  rootsOnly?: boolean | null;
  kind?: OrgUnitKind | null;
  search?: string | null;
  includeClosed?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** Keyset pagination on (name_folded, id): stable cursors whatever is inserted meanwhile. */
export async function listUnits(ctx: OrgContext, filter: ListUnitsFilter): Promise<Connection<OrgUnitEntity>> {
  const limit = pageSize(filter.first);
  const query = ctx.db.getRepository(OrgUnitEntity).createQueryBuilder('u');
  if (filter.parentId) {
    assertUnitId(filter.parentId, 'parentId');
    query.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
  }
  if (filter.rootsOnly) query.andWhere('u.parent_id IS NULL');
  if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
  if (!filter.includeClosed) query.andWhere('u.valid_to IS NULL');
  const search = filter.search ? foldVietnamese(filter.search) : '';
  if (search) {
    query.andWhere(`u.name_folded LIKE :pattern ${LIKE_ESCAPE}`, { pattern: `%${escapeLike(search)}%` });
  }
  const totalCount = await query.clone().getCount();
  if (filter.after) {
    const [name, id] = decodeCursor(filter.after);
    query.andWhere('(u.name_folded > :name OR (u.name_folded = :name AND u.id > :id))', { name, id });
  }
  const rows = await query
    .orderBy('u.name_folded', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .limit(limit + 1)
    .getMany();
  for (const row of rows) ctx.loaders.unitById.prime(row.id, row);
  return toConnection(rows, limit, totalCount, (row) => encodeCursor([row.nameFolded, row.id]), Boolean(filter.after));
}

const collator = new Intl.Collator('vi');
const KIND_ORDER: Record<string, number> = { PROVINCE: 0, DEPARTMENT: 1, DISTRICT: 2, COMMUNE: 3 };

/** Children are few per parent (≤ a few hundred): one batched load, sorted the Vietnamese way. */
export async function listChildren(
  ctx: OrgContext,
  parent: OrgUnitEntity,
  args: { first?: number | null; after?: string | null; includeClosed?: boolean | null },
): Promise<Connection<OrgUnitEntity>> {
  const limit = pageSize(args.first, 100);
  const all = (await ctx.loaders.childrenByParent.load(parent.id))
    .filter((unit) => args.includeClosed || unit.validTo === null)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  let start = 0;
  if (args.after) {
    const [afterId] = decodeCursor(args.after);
    start = all.findIndex((unit) => unit.id === afterId) + 1;
  }
  return toConnection(all.slice(start), limit, all.length, (unit) => encodeCursor([unit.id]), start > 0);
}

export async function ancestorsOf(ctx: OrgContext, unit: OrgUnitEntity): Promise<OrgUnitEntity[]> {
  const ids = unit.path.split('/').filter((id) => id && id !== unit.id);
  const found = await ctx.loaders.unitById.loadMany(ids);
  return found.filter((row): row is OrgUnitEntity => row instanceof OrgUnitEntity);
}
