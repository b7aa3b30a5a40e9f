import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { startGateway } from '../gateway/gateway';
import { hashPassword } from '../platform/auth/password';
import type { Role } from '../platform/auth/roles';
import { loadConfig, type AppConfig } from '../platform/config/config';
import type { LocalSubgraph, RunningServer } from '../platform/http/subgraph-server';
import { createLogger } from '../platform/logging/logger';
import { openOrgDatabase, startOrgSubgraph } from '../subgraphs/org/org.subgraph';
import { openScoringDatabase, startScoringSubgraph } from '../subgraphs/scoring/scoring.subgraph';
import { openSession } from '../subgraphs/org/session/session.service';
import { UserEntity } from '../subgraphs/org/user/user.entity';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestSystem {
  config: AppConfig;
  orgDb: DataSource;
  scoringDb: DataSource;
  gatewayUrl: string;
  orgUrl: string;
  scoringUrl: string;
  /** The subgraphs' in-process entries (what the gateway calls in `pnpm start`). */
  localSubgraphs: { org: LocalSubgraph; scoring: LocalSubgraph };
  /** POST a GraphQL operation to the gateway (or any URL) with optional bearer token and locale. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; locale?: 'vi' | 'en'; url?: string; headers?: Record<string, string> },
  ) => Promise<GraphQLResponse<T>>;
  /** Creates a user directly in the database and returns a signed token for it. */
  createUser: (input: {
    username: string;
    unitId: string;
    roles: Role[];
    password?: string;
    fullName?: string;
    email?: string | null;
  }) => Promise<{ user: UserEntity; token: string }>;
  /** Opens a sign-in session for an existing user, as login would, and returns its token. */
  tokenFor: (userId: string) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Boots the real system (both subgraphs and the gateway on free ports) on a fresh database of
 * the kind under test. Used by the API suites; they talk HTTP like any client.
 */
export async function startTestSystem(
  options: {
    logLines?: string[];
    config?: Partial<AppConfig>;
    /** false: the gateway reaches the subgraphs over HTTP as in separate deployments (default: in process, like `pnpm start`). */
    inProcess?: boolean;
  } = {},
): Promise<TestSystem> {
  const database: TestDatabase = await createTestDatabase();
  // SQLite in-memory databases are per connection: both subgraphs must share one file here.
  const url =
    database.url === 'sqlite::memory:' ? `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'par-')), 'test.sqlite')}` : database.url;
  const config: AppConfig = {
    ...loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      JWT_SECRET: 'test-jwt-secret-0123456789',
      INTERNAL_TOKEN_SECRET: 'test-internal-0123456789',
    }),
    databaseUrl: url,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    uploadDir: mkdtempSync(path.join(tmpdir(), 'par-uploads-')),
    demoSeed: false,
    ...options.config,
  };
  const sink = options.logLines;
  const log = sink
    ? createLogger('debug', 'test', { write: (line: string) => void sink.push(line) })
    : createLogger(config.logLevel, 'test');
  const orgDb = await openOrgDatabase(url);
  const scoringDb = await openScoringDatabase(url);
  const org = await startOrgSubgraph(config, orgDb, log, 0);
  const scoring = await startScoringSubgraph(config, scoringDb, log, 0);
  const gateway: RunningServer = await startGateway({
    config,
    log,
    subgraphUrls: { org: org.url, scoring: scoring.url },
    localSubgraphs: options.inProcess === false ? undefined : { org: org.local, scoring: scoring.local },
    port: 0,
  });

  const gql: TestSystem['gql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': options.locale ?? 'vi',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(options.url ?? gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GraphQLResponse<never>;
  };

  const tokenFor: TestSystem['tokenFor'] = async (userId) =>
    (await openSession(orgDb.manager, userId, { clientIp: '127.0.0.1', ttlSeconds: 3600, secret: config.jwtSecret })).token;

  const createUser: TestSystem['createUser'] = async (input) => {
    const user = orgDb.getRepository(UserEntity).create({
      id: crypto.randomUUID(),
      username: input.username.toLowerCase(),
      fullName: input.fullName ?? input.username,
      email: input.email ?? null,
      passwordHash: await hashPassword(input.password ?? 'mat-khau-thu-nghiem', { N: 1024, r: 8, p: 1 }),
      unitId: input.unitId,
      roles: input.roles,
      active: true,
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: null,
    });
    await orgDb.getRepository(UserEntity).save(user);
    return { user, token: await tokenFor(user.id) };
  };

  return {
    config,
    orgDb,
    scoringDb,
    gatewayUrl: gateway.url,
    orgUrl: org.url,
    scoringUrl: scoring.url,
    localSubgraphs: { org: org.local, scoring: scoring.local },
    gql,
    createUser,
    tokenFor,
    stop: async () => {
      await gateway.stop();
      await org.stop();
      await scoring.stop();
      await orgDb.destroy();
      await scoringDb.destroy();
      await database.drop();
    },
  };
}
