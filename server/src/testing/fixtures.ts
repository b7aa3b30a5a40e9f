import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { foldVietnamese } from '../domain/org/vietnamese-text';
import { OrgUnitEntity, OrgUnitKind } from '../subgraphs/org/org-unit/org-unit.entity';

/** Inserts a unit row directly (bypassing the service) to arrange a test. */
export async function insertUnit(
  db: DataSource,
  input: { name: string; kind: OrgUnitKind; code: string; subtype?: string; parent?: OrgUnitEntity | null; validTo?: string | null },
): Promise<OrgUnitEntity> {
  const id = randomUUID();
  const parent = input.parent ?? null;
  const unit = db.getRepository(OrgUnitEntity).create({
    id,
    kind: input.kind,
    subtype: input.subtype ?? input.name.split(' ')[0].toLowerCase(),
    code: input.code,
    openCode: input.validTo ? null : input.code,
    name: input.name,
    nameFolded: foldVietnamese(input.name),
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    level: parent ? parent.level + 1 : 0,
    validFrom: null,
    validTo: input.validTo ?? null,
    mergerText: null,
    sourceKey: null,
  });
  return db.getRepository(OrgUnitEntity).save(unit);
}

export { OrgUnitKind };
