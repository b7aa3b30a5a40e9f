import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { TEST_DB_KIND } from '../testing/test-database';

/** Where the process opened sockets to, other than this machine and the test database. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1', undefined]);

function hostOf(args: unknown[]): string | undefined {
  const first = args[0];
  if (Array.isArray(first)) return hostOf(first);
  if (first && typeof first === 'object') {
    const options = first as { host?: string; path?: string };
    return options.path ? undefined : (options.host ?? 'localhost');
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  return undefined; // a Unix socket path
}

describe(`the served system calls nobody outside this machine (${TEST_DB_KIND})`, () => {
  const outbound: string[] = [];
  const connect = net.Socket.prototype.connect;
  let system: TestSystem;

  beforeAll(async () => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const host = hostOf(args);
      if (!LOCAL_HOSTS.has(host)) outbound.push(String(host));
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    system = await startTestSystem();
    // The cloud-metadata probes Apollo Gateway's telemetry starts fire within milliseconds.
    await system.gql('{ __typename }');
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });
  afterAll(async () => {
    net.Socket.prototype.connect = connect;
    await system?.stop();
  });

  it('starts and answers without any outbound connection (no Apollo telemetry, no cloud-metadata probes)', () => {
    expect(outbound).toEqual([]);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
