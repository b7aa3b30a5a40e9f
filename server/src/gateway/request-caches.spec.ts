/**
 * The gateway's per-request caches (issue 9: its fixed work per request) keep every refusal:
 * a remembered verification is never an answer for another token, another secret, another
 * purpose or past the token's expiry; a reused internal token names exactly the caller of the
 * request; a remembered cost is the cost of that document with those variables.
 */
import { buildSchema, parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../platform/errors/app-error';
import { Role } from '../platform/auth/roles';
import {
  ANONYMOUS,
  signInternalToken,
  signServiceToken,
  signUserToken,
  verifiedTokens,
  verifyInternalToken,
  verifyServiceToken,
  verifyUserToken,
  VerifiedTokenCache,
  type UserActor,
} from '../platform/auth/tokens';
import { internalTokenFor } from './data-sources';
import { QueryCostCache, queryCost } from './query-cost';

const SECRET = 'request-caches-secret-0123456789';
const OTHER = 'another-secret-0123456789abcdef';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
};

const user = (roles: Role[]): UserActor => ({
  kind: 'user',
  userId: 'u-1',
  username: 'can.bo',
  unitId: 'unit-1',
  roles,
  provinceUnitId: 'p-1',
  sessionId: 's-1',
});

afterEach(() => {
  vi.useRealTimers();
});

describe('verified tokens are remembered only as what they were', () => {
  it('a sign-in token verified once is answered from the cache, with no other secret and not past its expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
    const token = await signUserToken({ userId: 'u-1', sessionId: 's-1' }, SECRET, new Date('2026-12-06T10:01:00Z'));
    const cache = verifiedTokens('user', SECRET);
    const before = cache.size;
    expect(await verifyUserToken(token, SECRET)).toEqual({ userId: 'u-1', sessionId: 's-1' });
    expect(cache.size).toBe(before + 1);
    expect(await verifyUserToken(token, SECRET)).toEqual({ userId: 'u-1', sessionId: 's-1' });
    expect(cache.size).toBe(before + 1);
    // Verified with SECRET: still nothing under another secret.
    expect(await refusal(verifyUserToken(token, OTHER))).toBe('UNAUTHENTICATED');
    // Another text (the signature changed) is not the cached token.
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(await refusal(verifyUserToken(forged, SECRET))).toBe('UNAUTHENTICATED');
    // From its exp second on, the cached answer is gone and jose refuses it as expired.
    vi.setSystemTime(new Date('2026-12-06T10:01:00Z'));
    const expired = await verifyUserToken(token, SECRET).catch((e: unknown) => e as AppError);
    expect(expired).toBeInstanceOf(AppError);
    expect((expired as AppError).details).toMatchObject({ reason: 'SESSION_EXPIRED' });
  });

  it("a service token's purpose is checked on every call, cached or not", async () => {
    const token = await signServiceToken('session-verify', SECRET);
    await verifyServiceToken(token, 'session-verify', SECRET);
    expect(verifiedTokens('service', SECRET).get(token)).toBeDefined();
    expect(await refusal(verifyServiceToken(token, 'api-key-verify', SECRET))).toBe('UNAUTHENTICATED');
    // Nor is a service token ever an internal (caller) token, cached or not.
    expect(await refusal(verifyInternalToken(token, SECRET))).toBe('UNAUTHENTICATED');
  });

  it('a cached identity cannot be changed by whoever reads it', async () => {
    const token = await signInternalToken({ actor: user([Role.UNIT_OFFICER]), requestId: '', clientIp: '10.0.0.1' }, SECRET);
    await verifyInternalToken(token, SECRET);
    const cached = await verifyInternalToken(token, SECRET);
    expect(() => (cached.actor.roles as Role[]).push(Role.PROVINCE_ADMIN)).toThrow();
    expect((await verifyInternalToken(token, SECRET)).actor.roles).toEqual([Role.UNIT_OFFICER]);
  });

  it('the cache is bounded and keeps nothing without an expiry', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', { exp: Date.now() / 1000 + 60 });
    cache.set('b', { exp: Date.now() / 1000 + 60 });
    cache.set('c', { exp: Date.now() / 1000 + 60 });
    cache.set('d', {});
    expect([cache.get('a'), cache.get('b') !== undefined, cache.get('c') !== undefined, cache.get('d')]).toEqual([
      undefined,
      true,
      true,
      undefined,
    ]);
  });
});

describe('the internal token reused per caller', () => {
  it('is the same for the same caller, another for any change of who he is or where he calls from, renewed after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T11:00:00Z'));
    const officer = await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.1', SECRET);
    expect(await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.1', SECRET)).toBe(officer);
    const promoted = await internalTokenFor(user([Role.UNIT_OFFICER, Role.PROVINCE_ADMIN]), '10.0.0.1', SECRET);
    expect(promoted).not.toBe(officer);
    expect((await verifyInternalToken(promoted, SECRET)).actor.roles).toEqual([Role.UNIT_OFFICER, Role.PROVINCE_ADMIN]);
    expect((await verifyInternalToken(officer, SECRET)).actor.roles).toEqual([Role.UNIT_OFFICER]);
    expect(await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.2', SECRET)).not.toBe(officer);
    expect(await internalTokenFor(ANONYMOUS, '10.0.0.1', SECRET)).not.toBe(officer);
    expect(await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.1', OTHER)).not.toBe(officer);
    // Still inside its reuse window: the same; past it, a fresh token that lives its full 60 s.
    vi.setSystemTime(new Date('2026-12-06T11:00:29Z'));
    expect(await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.1', SECRET)).toBe(officer);
    vi.setSystemTime(new Date('2026-12-06T11:00:31Z'));
    const renewed = await internalTokenFor(user([Role.UNIT_OFFICER]), '10.0.0.1', SECRET);
    expect(renewed).not.toBe(officer);
    vi.setSystemTime(new Date('2026-12-06T11:01:20Z'));
    expect(await refusal(verifyInternalToken(officer, SECRET))).toBe('UNAUTHENTICATED');
    expect((await verifyInternalToken(renewed, SECRET)).actor.userId).toBe('u-1');
  });
});

describe('query costs remembered per document and variables', () => {
  const schema = buildSchema('type Query { units(first: Int): [Unit!]! } type Unit { id: ID! children(first: Int): [Unit!]! }');
  const document = parse('query($n: Int, $m: Int) { units(first: $n) { id children(first: $m) { id } } }');

  it('is the cost of that document with those variables, computed once each', () => {
    const costs = new QueryCostCache();
    const small = costs.cost(schema, document, { n: 2, m: 3 });
    expect(small).toBe(queryCost(schema, document, { n: 2, m: 3 }));
    expect(costs.cost(schema, document, { n: 2, m: 3 })).toBe(small);
    expect(costs.stats).toEqual({ hits: 1, misses: 1 });
    // Other variables: computed again, and larger pages cost more.
    const large = costs.cost(schema, document, { n: 500, m: 500 });
    expect(large).toBe(queryCost(schema, document, { n: 500, m: 500 }));
    expect(large).toBeGreaterThan(small * 100);
    expect(costs.cost(schema, document, { n: 500, m: 500 })).toBe(large);
    expect(costs.stats).toEqual({ hits: 2, misses: 2 });
    // The same text parsed again (another document object) is computed for itself.
    expect(costs.cost(schema, parse('query($n: Int, $m: Int) { units(first: $n) { id } }'), { n: 2, m: 3 })).toBeLessThan(small);
  });

  it('variables the cost cannot depend on (not a page size, not in a directive) share one computation', () => {
    const costs = new QueryCostCache();
    const doc = parse('query($n: Int, $id: ID, $show: Boolean!) { units(first: $n) { id children(first: 2) @include(if: $show) { id } } }');
    const a = costs.cost(schema, doc, { n: 5, id: 'a', show: true });
    expect(costs.cost(schema, doc, { n: 5, id: 'b', show: true })).toBe(a);
    expect(costs.stats).toEqual({ hits: 1, misses: 1 });
    // A page size or a directive's variable is part of the key.
    expect(costs.cost(schema, doc, { n: 5, id: 'a', show: false })).toBe(queryCost(schema, doc, { n: 5, id: 'a', show: false }));
    expect(costs.cost(schema, doc, { n: 50, id: 'a', show: true })).toBe(queryCost(schema, doc, { n: 50, id: 'a', show: true }));
    expect(costs.stats).toEqual({ hits: 1, misses: 3 });
  });

  it('a document whose variables cannot be read throws every time (nothing kept)', () => {
    const costs = new QueryCostCache();
    const strict = parse('query($n: Int!) { units(first: $n) { id } }');
    expect(() => costs.cost(schema, strict, {})).toThrow();
    expect(() => costs.cost(schema, strict, {})).toThrow();
    expect(costs.stats.hits).toBe(0);
  });
});
