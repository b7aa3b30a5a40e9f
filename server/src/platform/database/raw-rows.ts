import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
