import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrgUnitLinkEntity } from './org-unit-link.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { UserEntity } from '../user/user.entity';

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Per-request batching: the statements a request issues do not grow with the rows it returns. */
export function createOrgLoaders(db: DataSource) {
  const units = db.getRepository(OrgUnitEntity);
  const links = db.getRepository(OrgUnitLinkEntity);
  const users = db.getRepository(UserEntity);
  return {
    unitById: new DataLoader<string, OrgUnitEntity | null>(async (ids) => {
      const rows = await units.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenByParent: new DataLoader<string, OrgUnitEntity[]>(async (parentIds) =>
      groupBy(await units.findBy({ parentId: In([...parentIds]) }), (row) => row.parentId ?? '', parentIds),
    ),
    predecessorLinks: new DataLoader<string, OrgUnitLinkEntity[]>(async (ids) =>
      groupBy(await links.findBy({ successorId: In([...ids]) }), (row) => row.successorId, ids),
    ),
    successorLinks: new DataLoader<string, OrgUnitLinkEntity[]>(async (ids) =>
      groupBy(await links.findBy({ predecessorId: In([...ids]) }), (row) => row.predecessorId, ids),
    ),
    userById: new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await users.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    usersByUnit: new DataLoader<string, UserEntity[]>(async (unitIds) =>
      groupBy(await users.findBy({ unitId: In([...unitIds]) }), (row) => row.unitId, unitIds),
    ),
  };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
