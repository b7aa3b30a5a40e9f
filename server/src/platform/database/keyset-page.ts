import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../graphql/connection';

/**
 * One page of an append-only log read newest first: keyset-paginated on its auto-increment id
 * (stable while rows are added, unlike an offset). The total counts the filtered rows across pages.
 */
export async function newestFirstById<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const limit = pageSize(page.first);
  const totalCount = await query.clone().getCount();
  if (page.after) {
    const [afterId] = decodeCursor(page.after);
    if (!Number.isSafeInteger(afterId) || (afterId as number) < 1)
      throw badInput('Con trỏ phân trang không hợp lệ.', 'Invalid pagination cursor.', { argument: 'after' });
    query.andWhere(`${alias}.id < :afterId`, { afterId });
  }
  const rows = await query
    .orderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (row) => encodeCursor([row.id]), Boolean(page.after));
}
