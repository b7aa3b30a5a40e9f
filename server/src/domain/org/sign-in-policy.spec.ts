import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURES_BEFORE_LOCK, accountLockMs } from './sign-in-policy';

describe('accountLockMs', () => {
  it('does not lock before the threshold, then locks for growing times up to an hour', () => {
    for (let failures = 0; failures < ACCOUNT_FAILURES_BEFORE_LOCK; failures++) expect(accountLockMs(failures)).toBe(0);
    const locks = [5, 6, 7, 8, 9, 50].map(accountLockMs);
    expect(locks).toEqual([60_000, 300_000, 900_000, 1_800_000, 3_600_000, 3_600_000]);
  });
});
