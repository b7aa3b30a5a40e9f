import type { DataSource, Driver, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Plain rows of an entity's table for hot reads (a 1,000-unit ranking, a whole score sheet):
 * one SELECT of the named properties, each value passed through its column's transformer
 * (hundredths, JSON) and booleans normalised — the same values a repository returns, without
 * TypeORM building an entity per row, which was a fifth of a ranking's CPU time (issue 9).
 * Dates are left as the driver returns them: callers here read none.
 */
export async function rawRows<E extends ObjectLiteral, K extends keyof E & string>(
  db: DataSource | EntityManager,
  entity: EntityTarget<E>,
  properties: readonly K[],
  where: { [P in keyof E & string]?: E[P] | readonly E[P][] },
): Promise<Pick<E, K>[]> {
  const metadata = ('dataSource' in db ? db.dataSource : db).getMetadata(entity);
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  };
  const columns = properties.map((p) => ({ property: p, column: columnOf(p) }));
  // An EntityManager's builder runs on its query runner (inside its transaction).
  const qb = db.createQueryBuilder().from(metadata.tableName, 't');
  for (const { property, column } of columns) qb.addSelect(`t.${column.databaseName}`, property);
  for (const [property, value] of Object.entries(where)) {
    const name = columnOf(property).databaseName;
    if (Array.isArray(value)) qb.andWhere(`t.${name} IN (:...${property})`, { [property]: value });
    else qb.andWhere(`t.${name} = :${property}`, { [property]: value });
  }
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const converters = columns.flatMap(({ property, column }) => {
    const transformer = Array.isArray(column.transformer) ? undefined : column.transformer;
    if (transformer) return [{ property, from: (v: unknown) => transformer.from(v) as unknown }];
    if (column.type === 'boolean' || column.type === Boolean)
      return [{ property, from: (v: unknown) => (v === null ? null : Boolean(Number(v))) }];
    return [];
  });
  for (const row of raw) for (const { property, from } of converters) row[property] = from(row[property]);
  return raw as Pick<E, K>[];
}

/** A table's SELECT of every column an entity read returns, and those columns (built once per entity). */
const entitySelects = new WeakMap<EntityMetadata, { head: string; columns: ColumnMetadata[] }>();

function entitySelect(metadata: EntityMetadata, driver: Driver) {
  let select = entitySelects.get(metadata);
  if (!select) {
    // The columns a repository's find selects (no relations here: plain columns only).
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtualProperty);
    const list = columns.map((c) => driver.escape(c.databaseName)).join(', ');
    select = { head: `SELECT ${list} FROM ${driver.escape(metadata.tablePath)}`, columns };
    entitySelects.set(metadata, select);
  }
  return select;
}

/**
 * The entities matching `where` (a value, or a list for IN), equal to what `repository.findBy`
 * returns for it (same class, every value through the driver's hydration: transformers, booleans,
 * dates), from one plain SELECT of the entity's columns — without the query builder's per-statement
 * alias and selection work and entity transformation, a good part of a sheet save's CPU (issue 9:
 * the sheet bundle and the answer's loaders read seven tables a request). An empty list matches nothing.
 */
export async function findEntities<E extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<E>,
  where: { [P in keyof E & string]?: E[P] | readonly E[P][] },
): Promise<E[]> {
  const source = 'dataSource' in db ? db.dataSource : db;
  const metadata = source.getMetadata(entity);
  const { driver } = source;
  const { head, columns } = entitySelect(metadata, driver);
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const [property, value] of Object.entries(where)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    const name = driver.escape(column.databaseName);
    if (Array.isArray(value)) {
      if (value.length === 0) return [];
      conditions.push(`${name} IN (${value.map(() => '?').join(', ')})`);
      params.push(...(value as unknown[]));
    } else {
      conditions.push(`${name} = ?`);
      params.push(value);
    }
  }
  const sql = conditions.length ? `${head} WHERE ${conditions.join(' AND ')}` : head;
  const rows = (await db.query(sql, params)) as Record<string, unknown>[];
  return rows.map((row) => {
    const found = metadata.create(undefined, { fromDeserializer: true }) as E;
    for (const column of columns) column.setEntityValue(found, driver.prepareHydratedValue(row[column.databaseName], column));
    return found;
  });
}
