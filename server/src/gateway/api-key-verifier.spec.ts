import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error';
import { ApiKeyVerifier } from './api-key-verifier';

/** A stand-in for the org subgraph's route: keys starting with "A" are valid. */
describe('gateway API-key verification cache', () => {
  let server: http.Server;
  let url: string;
  let calls = 0;
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        calls++;
        const { key } = JSON.parse(body) as { key: string };
        res.setHeader('content-type', 'application/json');
        setTimeout(() => {
          res.end(
            JSON.stringify(
              key.startsWith('A')
                ? { valid: true, client: { id: `c-${key.slice(0, 4)}`, name: 'App', provinceUnitId: 'p', scopes: ['PUBLISHED_RESULTS'] } }
                : { valid: false },
            ),
          );
        }, 5);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/api-keys/verify`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const key = (first: string, n = 0) => `${first}${String(n).padStart(42, 'x')}`;

  it('asks once for a burst of requests with a new key, then answers from the cache until the TTL', async () => {
    const verifier = new ApiKeyVerifier({ verifyUrl: url, internalSecret: 's', ttlMs: 60_000, log });
    calls = 0;
    const actors = await Promise.all(Array.from({ length: 20 }, () => verifier.verify(key('A'), 0)));
    expect(new Set(actors.map((a) => a.clientId))).toEqual(new Set(['c-Axxx']));
    expect(actors[0]).toMatchObject({ kind: 'app', userId: null, unitId: null, roles: [], scopes: ['PUBLISHED_RESULTS'] });
    await verifier.verify(key('A'), 59_999);
    expect(calls).toBe(1);
    await verifier.verify(key('A'), 60_000);
    expect(calls).toBe(2);
  });

  it('refuses malformed keys without asking, remembers a refused key for a minute, and stays bounded', async () => {
    const verifier = new ApiKeyVerifier({ verifyUrl: url, internalSecret: 's', ttlMs: 60_000, maxEntries: 3, log });
    calls = 0;
    await expect(verifier.verify('short')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toBe(0);
    await expect(verifier.verify(key('B'), 0, '10.0.0.1')).rejects.toBeInstanceOf(AppError);
    await expect(verifier.verify(key('B'), 30_000, '10.0.0.2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toBe(1); // the negative cache answered the second time
    await expect(verifier.verify(key('B'), 60_001, '10.0.0.3')).rejects.toBeInstanceOf(AppError);
    expect(calls).toBe(2);
    for (let i = 0; i < 5; i++) await verifier.verify(key('A', i), 0);
    expect(calls).toBe(7);
    // Keys 0 and 1 were evicted (least recently used); 4 is still cached.
    await verifier.verify(key('A', 4), 0);
    expect(calls).toBe(7);
    await verifier.verify(key('A', 0), 0);
    expect(calls).toBe(8);
  });

  it('an address presenting many invalid keys is refused unchecked (TOO_MANY_REQUESTS); other addresses and known keys are not', async () => {
    const verifier = new ApiKeyVerifier({ verifyUrl: url, internalSecret: 's', ttlMs: 60_000, failuresPerMinute: 10, log });
    await verifier.verify(key('A', 7), 0, '10.6.6.6'); // a valid key used from the address before
    calls = 0;
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await verifier.verify(key('B', i), 1000, '10.6.6.6').catch((e: AppError) => e));
    const codes = answers.map((a) => (a as AppError).code);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(11)).toEqual(Array(19).fill('TOO_MANY_REQUESTS'));
    expect((answers[29] as AppError).details.retryAfterSeconds).toBeGreaterThan(0);
    expect((answers[29] as AppError).message_('vi')).toMatch(/^Quá nhiều khóa API không hợp lệ/);
    // Only the keys checked before the limit reached the org subgraph.
    expect(calls).toBe(11);
    // Another address is unaffected; a key already known valid still works from the throttled one.
    await expect(verifier.verify(key('B', 99), 1000, '10.7.7.7')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await verifier.verify(key('A', 7), 1000, '10.6.6.6')).clientId).toBe('c-Axxx');
    // After the wait, the address may try again.
    await expect(verifier.verify(key('B', 200), 120_000, '10.6.6.6')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('with TTL 0 asks every time; an unreachable org subgraph is an internal error, not a refusal', async () => {
    const uncached = new ApiKeyVerifier({ verifyUrl: url, internalSecret: 's', ttlMs: 0, log });
    calls = 0;
    await uncached.verify(key('A'));
    await uncached.verify(key('A'));
    expect(calls).toBe(2);
    const down = new ApiKeyVerifier({ verifyUrl: 'http://127.0.0.1:1/internal/api-keys/verify', internalSecret: 's', ttlMs: 0, log });
    await expect(down.verify(key('A'))).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
