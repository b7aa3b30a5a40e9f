import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, REPO_ROOT, startServer, type ServerProcess } from '../support/server-process';

/** The whole run, all roles together: bounded so CI time stays predictable. */
const FUZZ_MS = Number(process.env.FUZZ_SECONDS ?? 45) * 1000;
const CONCURRENCY = 4;
/** No answer may be larger than this (the largest real answer, a province's published ranking, is ~300 KB). */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** A heartbeat to /healthz every 100 ms; its slowest answer bounds the longest event-loop stall. */
const MAX_STALL_MS = 1000;

type Role = 'anonymous' | 'apiKey' | 'viewer' | 'unitOfficer' | 'appraiser' | 'provinceAdmin';
const LOGINS: Partial<Record<Role, string>> = {
  viewer: 'xem.qn',
  unitOfficer: 'canbo.ansinh',
  appraiser: 'thamdinh.qn',
  provinceAdmin: 'admin.qn',
};
/** Never sent: they would end the session the rest of the run signs in with. */
const SKIPPED_FIELDS = new Set(['logout', 'signOutEverywhere', 'changeMyPassword', 'resetUserPassword', 'updateUser', 'revokeApiClient']);

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8'), { assumeValidSDL: true });

/** Real ids (units, years, sheets, criteria…) so operations reach past "not found". */
const idPool: string[] = [];

function printType(type: GraphQLInputType): string {
  return type.toString();
}

/** Arbitrary values for an input type: valid-looking, edge and hostile. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType as GraphQLInputType, depth);
  const nullable = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return nullable(fc.array(valueFor(type.ofType as GraphQLInputType, depth + 1), { maxLength: depth > 1 ? 2 : 6 }));
  if (isEnumType(type))
    return nullable(
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.string() }),
    );
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const required = Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valueFor(f.type, depth + 1)]));
    const optional = Object.fromEntries(fields.filter((f) => !isNonNullType(f.type)).map((f) => [f.name, valueFor(f.type, depth + 1)]));
    return nullable(fc.tuple(fc.record(required), fc.record(optional, { requiredKeys: [] })).map(([a, b]) => ({ ...b, ...a })));
  }
  const name = getNamedType(type).name;
  const id = fc.oneof(
    { weight: 6, arbitrary: fc.constant(null).map(() => idPool[Math.floor(Math.random() * idPool.length)] ?? 'x') },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  );
  switch (name) {
    case 'ID':
      return id;
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e15));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, 0.005, 9999.99, 1e300, -0.01));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(
        fc.date({ min: new Date('1890-01-01'), max: new Date('2210-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('2025-02-30', '0000-01-01', '2025-13-01', ''),
        fc.string({ maxLength: 20 }),
      );
    default:
      // String and any other scalar: short text, Vietnamese, control and bidi characters, numbers as text, and very long text.
      return fc.oneof(
        { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
        { weight: 2, arbitrary: fc.constantFrom('1e999999999', '12,5', '-1', '1e400', 'Xã Đài Xuyên', '\u202eabc', 'a\u0000b', 'tot') },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 70_000 }).map((n) => 'x'.repeat(n)) },
      );
  }
}

/** A small selection: scalars of the result, one level into objects (no arguments needed), capped. */
function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const parts: string[] = ['__typename'];
  for (const field of fields) {
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth < 1 && parts.length < 25) parts.push(`${field.name} ${selectionFor(field.type, depth + 1)}`);
  }
  return `{ ${parts.slice(0, 30).join(' ')} }`;
}

interface Operation {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

function operationArbitrary(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): fc.Arbitrary<Operation> {
  const args: readonly GraphQLArgument[] = field.args;
  const declared = args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionFor(field.type)} }`;
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)])));
  return variables.map((v) => ({ field: field.name, query, variables: v as Record<string, unknown> }));
}

const rootFields = (type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {}).filter((f) => !SKIPPED_FIELDS.has(f.name));
const operations = fc.oneof(
  ...rootFields(schema.getQueryType()).map((f) => operationArbitrary('query', f)),
  ...rootFields(schema.getMutationType()).map((f) => operationArbitrary('mutation', f)),
);

describe('schema-driven fuzz run against the built server (demo data, every role)', () => {
  let server: ServerProcess;
  const headers: Record<Role, Record<string, string>> = {} as Record<Role, Record<string, string>>;

  beforeAll(async () => {
    server = await startServer();
    const password = /mật khẩu \/ password: (\S+)\)/.exec(server.output())?.[1] ?? '';
    headers.anonymous = {};
    for (const [role, username] of Object.entries(LOGINS) as [Role, string][]) {
      const login = await graphql<{ login: { token: string } }>(
        server.baseUrl,
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      headers[role] = { authorization: `Bearer ${login.data!.login.token}` };
    }
    const key = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers.provinceAdmin },
      body: JSON.stringify({ query: 'mutation { createApiClient(input: { name: "Cổng thông tin (fuzz)" }) { key } }' }),
    }).then((r) => r.json() as Promise<{ data: { createApiClient: { key: string } } }>);
    headers.apiKey = { 'x-api-key': key.data.createApiClient.key };
    // Real ids to aim at: units, years, groups, sheets.
    const seen = JSON.stringify(
      await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers.provinceAdmin },
        body: JSON.stringify({
          query: '{ orgUnits(first: 30) { edges { node { id assessmentYears { id unitGroups { id } } } } } me { id unit { id } } }',
        }),
      }).then((r) => r.json()),
    );
    for (const match of seen.matchAll(/"id":"([^"]+)"/g)) idPool.push(match[1]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`generated operations for ${FUZZ_MS / 1000} s: no INTERNAL_SERVER_ERROR, no oversized answer, no stall over ${MAX_STALL_MS} ms`, async () => {
    const roles = Object.keys(headers) as Role[];
    const perRole = Object.fromEntries(roles.map((r) => [r, 0])) as Record<Role, number>;
    const failures: string[] = [];
    let maxBytes = 0;
    let maxStallMs = 0;
    let running = true;
    const deadline = Date.now() + FUZZ_MS;

    const heartbeat = (async () => {
      while (running) {
        const started = performance.now();
        await fetch(`${server.baseUrl}/healthz`).then((r) => r.text());
        maxStallMs = Math.max(maxStallMs, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const worker = async (seed: number) => {
      // Small batches: generating everything up front would block this process (and the heartbeat) for seconds.
      let samples: Operation[] = [];
      let i = 0;
      while (Date.now() < deadline && failures.length < 10) {
        if (i % 20 === 0) samples = fc.sample(operations, { numRuns: 20, seed: seed * 100_000 + i });
        const op = samples[i++ % 20];
        const role = roles[(seed + i) % roles.length];
        const res = await fetch(`${server.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers[role] },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const text = await res.text();
        perRole[role]++;
        maxBytes = Math.max(maxBytes, text.length);
        if (text.length > MAX_RESPONSE_BYTES) failures.push(`${role} ${op.field}: ${text.length} bytes`);
        if (res.status >= 500 || /INTERNAL_SERVER_ERROR/.test(text))
          failures.push(`${role} ${op.field} (HTTP ${res.status}): ${text.slice(0, 300)} ← ${JSON.stringify(op.variables).slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, k) => worker(1000 + k)));
    running = false;
    await heartbeat;

    const total = Object.values(perRole).reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total} operations in ${FUZZ_MS / 1000} s; per role ${JSON.stringify(perRole)}; largest answer ${maxBytes} bytes; max stall ${Math.round(maxStallMs)} ms`,
    );
    expect(failures).toEqual([]);
    // Throughput depends on the machine (about 15 operations a second on a loaded 2-core CI); the run must have done real work.
    expect(total).toBeGreaterThan(100);
    // The heartbeat also measures CPU starvation: on a machine running far more than its cores (other suites in
    // parallel) a 1 s answer can be the machine's, not the server's. Past that load the bound is 5 s and says so.
    const overloaded = os.loadavg()[0] > os.cpus().length * 2;
    if (overloaded) console.log(`fuzz: load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: stall bound 5000 ms`);
    expect(maxStallMs).toBeLessThan(overloaded ? 5000 : MAX_STALL_MS);
  });
});
