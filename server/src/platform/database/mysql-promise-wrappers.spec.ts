import mysql2 from 'mysql2';
import { describe, expect, it } from 'vitest';
import { reuseMysqlPromiseWrappers } from './mysql-promise-wrappers';

describe('mysql2 promise wrappers', () => {
  it('one wrapper per pooled connection, for every statement sent on it; a wrapper of its own for another connection or Promise class', () => {
    reuseMysqlPromiseWrappers();
    reuseMysqlPromiseWrappers(); // twice: still one layer
    const connection = Object.create(mysql2.PoolConnection.prototype) as InstanceType<typeof mysql2.PoolConnection>;
    const other = Object.create(mysql2.PoolConnection.prototype) as InstanceType<typeof mysql2.PoolConnection>;
    const first = connection.promise();
    expect(connection.promise()).toBe(first);
    expect((first as unknown as { connection: unknown }).connection).toBe(connection);
    expect(other.promise()).not.toBe(first);
    expect(connection.promise(Promise)).not.toBe(first);
  });
});
