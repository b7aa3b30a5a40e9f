import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from './rate-limit';

describe('token bucket per key', () => {
  it('allows a burst up to the limit, then refills at limit/60 per second; keys are independent', () => {
    const limiter = new TokenBucketLimiter(600);
    const t0 = 1_000_000;
    for (let i = 0; i < 600; i++) expect(limiter.take('a', t0).allowed).toBe(true);
    expect(limiter.take('a', t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b', t0).allowed).toBe(true);
    // 10 per second: after 1 s, ten more.
    for (let i = 0; i < 10; i++) expect(limiter.take('a', t0 + 1000).allowed).toBe(true);
    expect(limiter.take('a', t0 + 1000).allowed).toBe(false);
  });

  it('tells a slow key how long to wait, and 0 per minute means no limit', () => {
    const slow = new TokenBucketLimiter(6);
    for (let i = 0; i < 6; i++) slow.take('k', 0);
    expect(slow.take('k', 0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(slow.take('k', 10_000).allowed).toBe(true);
    const none = new TokenBucketLimiter(0);
    for (let i = 0; i < 10_000; i++) expect(none.take('k', 0).allowed).toBe(true);
  });
});
