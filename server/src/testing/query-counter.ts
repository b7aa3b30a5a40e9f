import type { DataSource } from 'typeorm';

/**
 * Counts the SQL statements a DataSource issues while `run` executes, to prove a request's
 * statements do not grow with the rows it returns (no N+1). Drivers call logger.logQuery for
 * every statement whatever the logging settings, so wrapping it sees them all.
 */
export async function countQueries<T>(
  dbs: DataSource | DataSource[],
  run: () => Promise<T>,
): Promise<{ result: T; count: number; queries: string[] }> {
  const queries: string[] = [];
  const restore: (() => void)[] = [];
  for (const db of Array.isArray(dbs) ? dbs : [dbs]) {
    const logger = db.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      if (!/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)/i.test(query.trim())) queries.push(query);
      return original(query, parameters, queryRunner);
    };
    restore.push(() => {
      logger.logQuery = original;
    });
  }
  try {
    const result = await run();
    return { result, count: queries.length, queries };
  } finally {
    for (const undo of restore) undo();
  }
}
