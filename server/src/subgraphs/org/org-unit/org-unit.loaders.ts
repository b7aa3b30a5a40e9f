import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrgUnitLinkEntity } from './org-unit-link.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { UserEntity } from '../user/user.entity';
import { manyByKey, oneByKey } from '../../../platform/graphql/loader-helpers';

/** Per-request batching: the statements a request issues do not grow with the rows it returns. */
export function createOrgLoaders(db: DataSource) {
  const units = db.getRepository(OrgUnitEntity);
  const links = db.getRepository(OrgUnitLinkEntity);
  const users = db.getRepository(UserEntity);
  return {
    unitById: new DataLoader<string, OrgUnitEntity | null>(async (ids) =>
      oneByKey(await units.findBy({ id: In([...ids]) }), (row) => row.id, ids),
    ),
    childrenByParent: new DataLoader<string, OrgUnitEntity[]>(async (parentIds) =>
      manyByKey(await units.findBy({ parentId: In([...parentIds]) }), (row) => row.parentId ?? '', parentIds),
    ),
    predecessorLinks: new DataLoader<string, OrgUnitLinkEntity[]>(async (ids) =>
      manyByKey(await links.findBy({ successorId: In([...ids]) }), (row) => row.successorId, ids),
    ),
    successorLinks: new DataLoader<string, OrgUnitLinkEntity[]>(async (ids) =>
      manyByKey(await links.findBy({ predecessorId: In([...ids]) }), (row) => row.predecessorId, ids),
    ),
    userById: new DataLoader<string, UserEntity | null>(async (ids) =>
      oneByKey(await users.findBy({ id: In([...ids]) }), (row) => row.id, ids),
    ),
    usersByUnit: new DataLoader<string, UserEntity[]>(async (unitIds) =>
      manyByKey(await users.findBy({ unitId: In([...unitIds]) }), (row) => row.unitId, unitIds),
    ),
  };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
