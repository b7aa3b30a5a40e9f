import type { EntityManager } from 'typeorm';
import type { OrgUnitKind } from '../../org/org-unit/org-unit.entity';

/** What the roster needs to know of a unit, copied into the frozen roster entry. */
export interface DirectoryUnit {
  id: string;
  name: string;
  code: string;
  kind: OrgUnitKind;
  subtype: string;
  parentId: string | null;
  /** "/root/…/id/": ancestor ids, to find a commune's district. */
  path: string;
  validFrom: string | null;
  validTo: string | null;
  predecessorIds: string[];
}

export interface DirectoryUser {
  id: string;
  unitId: string;
  roles: string[];
  active: boolean;
}

/**
 * The scoring subgraph's only window on org data. It is used when the roster is built or edited
 * and when an appraiser is assigned (configuration time) — never while scoring, ranking or reading
 * results, which work on the frozen roster. Behind an interface so it can become an HTTP call to
 * the org subgraph in a deployment where the two do not share a database.
 */
export interface OrgDirectory {
  /** Units of the province (below it) valid on `date` (YYYY-MM-DD), with their predecessors. */
  unitsOfProvince(provinceId: string, date: string): Promise<DirectoryUnit[]>;
  /** Units by id (open or closed), e.g. a unit added by hand and its ancestors. */
  unitsByIds(ids: string[]): Promise<DirectoryUnit[]>;
  user(userId: string): Promise<DirectoryUser | null>;
}

interface UnitRow {
  id: string;
  name: string;
  code: string;
  kind: string;
  subtype: string;
  parent_id: string | null;
  path: string;
  valid_from: string | null;
  valid_to: string | null;
}

const UNIT_COLUMNS = [
  'u.id AS id',
  'u.name AS name',
  'u.code AS code',
  'u.kind AS kind',
  'u.subtype AS subtype',
  'u.parent_id AS parent_id',
  'u.path AS path',
  'u.valid_from AS valid_from',
  'u.valid_to AS valid_to',
];
const CHUNK = 500;

/**
 * Every deployment we support keeps both subgraphs in one database, so the directory reads
 * org_unit, org_unit_link and app_user directly (read-only, by table name: the scoring
 * DataSource does not even register org entities).
 */
export class SqlOrgDirectory implements OrgDirectory {
  constructor(private readonly manager: EntityManager) {}

  async unitsOfProvince(provinceId: string, date: string): Promise<DirectoryUnit[]> {
    const rows: UnitRow[] = await this.manager
      .createQueryBuilder()
      .select(UNIT_COLUMNS)
      .from('org_unit', 'u')
      .where('u.path LIKE :path', { path: `%/${provinceId}/%` })
      .andWhere('u.id <> :provinceId', { provinceId })
      .andWhere('(u.valid_from IS NULL OR u.valid_from <= :date)', { date })
      .andWhere('(u.valid_to IS NULL OR u.valid_to >= :date)', { date })
      .getRawMany();
    return this.withPredecessors(rows);
  }

  async unitsByIds(ids: string[]): Promise<DirectoryUnit[]> {
    const rows: UnitRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      if (chunk.length === 0) continue;
      rows.push(
        ...(await this.manager
          .createQueryBuilder()
          .select(UNIT_COLUMNS)
          .from('org_unit', 'u')
          .where('u.id IN (:...ids)', { ids: chunk })
          .getRawMany<UnitRow>()),
      );
    }
    return this.withPredecessors(rows);
  }

  async user(userId: string): Promise<DirectoryUser | null> {
    const row = await this.manager
      .createQueryBuilder()
      .select(['a.id AS id', 'a.unit_id AS unit_id', 'a.roles AS roles', 'a.active AS active'])
      .from('app_user', 'a')
      .where('a.id = :userId', { userId })
      .getRawOne<{ id: string; unit_id: string; roles: string; active: number | boolean }>();
    if (!row) return null;
    return { id: row.id, unitId: row.unit_id, roles: row.roles ? row.roles.split(',') : [], active: Boolean(Number(row.active)) };
  }

  private async withPredecessors(rows: UnitRow[]): Promise<DirectoryUnit[]> {
    const predecessors = new Map<string, string[]>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const ids = rows.slice(i, i + CHUNK).map((row) => row.id);
      if (ids.length === 0) continue;
      const links = await this.manager
        .createQueryBuilder()
        .select(['l.predecessor_id AS predecessor_id', 'l.successor_id AS successor_id'])
        .from('org_unit_link', 'l')
        .where('l.successor_id IN (:...ids)', { ids })
        .getRawMany<{ predecessor_id: string; successor_id: string }>();
      for (const link of links) predecessors.set(link.successor_id, [...(predecessors.get(link.successor_id) ?? []), link.predecessor_id]);
    }
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      code: row.code,
      kind: row.kind as OrgUnitKind,
      subtype: row.subtype,
      parentId: row.parent_id,
      path: row.path,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      predecessorIds: (predecessors.get(row.id) ?? []).sort(),
    }));
  }
}

/** Swappable for tests or for an HTTP implementation. */
export let createOrgDirectory: (manager: EntityManager) => OrgDirectory = (manager) => new SqlOrgDirectory(manager);

export function setOrgDirectoryFactory(factory: (manager: EntityManager) => OrgDirectory): void {
  createOrgDirectory = factory;
}
