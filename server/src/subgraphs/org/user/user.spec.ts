import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startGateway } from '../../../gateway/gateway';
import { hashPassword } from '../../../platform/auth/password';
import { Role } from '../../../platform/auth/roles';
import { loadConfig, type AppConfig } from '../../../platform/config/config';
import type { RunningServer } from '../../../platform/http/subgraph-server';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../../testing/test-database';
import type { GraphQLResponse } from '../../../testing/test-system';
import { openScoringDatabase, startScoringSubgraph } from '../../scoring/scoring.subgraph';
import { openOrgDatabase, startOrgSubgraph } from '../org.subgraph';
import { openSession } from '../session/session.service';
import { UserEntity } from './user.entity';

/**
 * Like startTestSystem, but every log line of gateway and subgraphs (at trace level) is captured,
 * so the test can prove a password never reaches the log.
 */
async function startLoggedSystem() {
  const database: TestDatabase = await createTestDatabase();
  const url =
    database.url === 'sqlite::memory:' ? `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'par-')), 'u.sqlite')}` : database.url;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = pino({ level: 'trace' }, sink);
  const config: AppConfig = {
    ...loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      JWT_SECRET: 'test-jwt-secret-0123456789',
      INTERNAL_TOKEN_SECRET: 'test-internal-0123456789',
    }),
    databaseUrl: url,
    logLevel: 'trace',
    demoSeed: false,
  };
  const orgDb: DataSource = await openOrgDatabase(url);
  const scoringDb: DataSource = await openScoringDatabase(url);
  const org = await startOrgSubgraph(config, orgDb, log, 0);
  const scoring = await startScoringSubgraph(config, scoringDb, log, 0);
  const gateway: RunningServer = await startGateway({ config, log, subgraphUrls: { org: org.url, scoring: scoring.url }, port: 0 });
  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'vi' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    config,
    orgDb,
    gql,
    lines,
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

const USER_FIELDS = 'id username fullName roles active lockedUntil unit { id name }';

describe(`users (${TEST_DB_KIND})`, () => {
  let system: Awaited<ReturnType<typeof startLoggedSystem>>;
  let provinceId: string;
  let communeId: string;
  let otherProvinceId: string;
  let admin: string;
  let adminId: string;
  let officer: string;
  let officerId: string;

  async function seedUser(username: string, unitId: string, roles: Role[]) {
    const user = await system.orgDb.getRepository(UserEntity).save({
      id: crypto.randomUUID(),
      username,
      fullName: username,
      passwordHash: await hashPassword('mat-khau-cu-123', { N: 1024, r: 8, p: 1 }),
      unitId,
      roles,
      active: true,
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: null,
    });
    const { token } = await openSession(system.orgDb.manager, user.id, {
      clientIp: '127.0.0.1',
      ttlSeconds: 3600,
      secret: system.config.jwtSecret,
    });
    return { id: user.id, token };
  }

  beforeAll(async () => {
    system = await startLoggedSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const commune = await insertUnit(system.orgDb, { name: 'Phường An Sinh', kind: OrgUnitKind.COMMUNE, code: '07090', parent: province });
    const other = await insertUnit(system.orgDb, { name: 'Thành phố Hà Nội', kind: OrgUnitKind.PROVINCE, code: '01' });
    provinceId = province.id;
    communeId = commune.id;
    otherProvinceId = other.id;
    ({ id: adminId, token: admin } = await seedUser('admin.qn', provinceId, [Role.PROVINCE_ADMIN]));
    ({ id: officerId, token: officer } = await seedUser('canbo.ansinh', communeId, [Role.UNIT_OFFICER]));
    await seedUser('admin.hn', otherProvinceId, [Role.PROVINCE_ADMIN]);
  });
  afterAll(() => system?.stop());

  it('anonymous callers cannot list users; other roles are forbidden; a user may read himself', async () => {
    const list = '{ users { totalCount edges { node { username } } } }';
    expect((await system.gql(list)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await system.gql(list, {}, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const self = await system.gql<{ user: { username: string } }>(`{ user(id: "${officerId}") { username } }`, {}, officer);
    expect(self.data?.user.username).toBe('canbo.ansinh');
    expect((await system.gql(`{ user(id: "${adminId}") { username } }`, {}, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await system.gql('{ user(id: "nope") { username } }', {}, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an administrator lists the users of his province only, by unit and by search, in pages', async () => {
    const all = await system.gql<{ users: { totalCount: number; edges: { node: { username: string } }[] } }>(
      '{ users { totalCount edges { node { username } } } }',
      {},
      admin,
    );
    expect(all.data?.users.edges.map((e) => e.node.username)).toEqual(['admin.qn', 'canbo.ansinh']);
    const byUnit = await system.gql<{ users: { edges: { node: { username: string } }[] } }>(
      `{ users(unitId: "${communeId}") { edges { node { username } } } }`,
      {},
      admin,
    );
    expect(byUnit.data?.users.edges.map((e) => e.node.username)).toEqual(['canbo.ansinh']);
    const search = await system.gql<{ users: { edges: { node: { username: string } }[] } }>(
      '{ users(search: "CANBO") { edges { node { username } } } }',
      {},
      admin,
    );
    expect(search.data?.users.edges.map((e) => e.node.username)).toEqual(['canbo.ansinh']);
    const page1 = await system.gql<{ users: { pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      '{ users(first: 1) { pageInfo { endCursor hasNextPage } } }',
      {},
      admin,
    );
    expect(page1.data?.users.pageInfo.hasNextPage).toBe(true);
    const page2 = await system.gql<{ users: { edges: { node: { username: string } }[] } }>(
      'query($after: String) { users(first: 1, after: $after) { edges { node { username } } } }',
      { after: page1.data?.users.pageInfo.endCursor },
      admin,
    );
    expect(page2.data?.users.edges.map((e) => e.node.username)).toEqual(['canbo.ansinh']);
    const outside = await system.gql(`{ users(unitId: "${otherProvinceId}") { totalCount } }`, {}, admin);
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('OrgUnit.users lists a unit’s users for the administrator and for the unit’s own members', async () => {
    const q = `{ orgUnit(id: "${communeId}") { users { totalCount edges { node { username } } } } }`;
    const asAdmin = await system.gql<{ orgUnit: { users: { edges: { node: { username: string } }[] } } }>(q, {}, admin);
    expect(asAdmin.data?.orgUnit.users.edges.map((e) => e.node.username)).toEqual(['canbo.ansinh']);
    expect((await system.gql(q, {}, officer)).errors).toBeUndefined();
    expect((await system.gql(q)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates, updates, resets and unlocks users; passwords are never returned nor logged', async () => {
    const password = 'Bi-Mat-Khong-Ai-Biet-2025';
    const newPassword = 'Mat-Khau-Moi-Cua-Toi-77';
    const myPassword = 'Toi-Tu-Doi-Mat-Khau-99';
    const created = await system.gql<{ createUser: { id: string; username: string; roles: string[] } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`,
      { input: { username: '  TruongPhuong.AnSinh ', fullName: 'Nguyễn Văn A', unitId: communeId, roles: ['UNIT_HEAD'], password } },
      admin,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ username: 'truongphuong.ansinh', roles: ['UNIT_HEAD'] });
    const id = created.data!.createUser.id;

    const duplicate = await system.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'truongphuong.ansinh', fullName: 'B', unitId: communeId, roles: ['VIEWER'], password } },
      admin,
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    const shortPassword = await system.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'ngan.qua', fullName: 'C', unitId: communeId, roles: ['VIEWER'], password: 'ngan' } },
      admin,
    );
    expect(shortPassword.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await system.orgDb.getRepository(UserEntity).countBy({ username: 'ngan.qua' })).toBe(0);

    const login = (p: string) =>
      system.gql<{ login: { token: string } }>(
        'mutation($p: String!) { login(username: "truongphuong.ansinh", password: $p) { token user { username } } }',
        { p },
      );
    const signedIn = await login(password);
    expect(signedIn.errors).toBeUndefined();

    const updated = await system.gql<{ updateUser: { roles: string[]; fullName: string; active: boolean } }>(
      `mutation { updateUser(id: "${id}", input: { fullName: "Nguyễn Văn B", roles: [UNIT_HEAD, UNIT_OFFICER], active: false }) { fullName roles active } }`,
      {},
      admin,
    );
    expect(updated.data?.updateUser).toEqual({ fullName: 'Nguyễn Văn B', roles: ['UNIT_OFFICER', 'UNIT_HEAD'], active: false });
    expect((await login(password)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await system.gql(`mutation { updateUser(id: "${id}", input: { active: true }) { id } }`, {}, admin);

    const reset = await system.gql(
      `mutation($p: String!) { resetUserPassword(id: "${id}", password: $p) { id } }`,
      { p: newPassword },
      admin,
    );
    expect(reset.errors).toBeUndefined();
    expect((await login(password)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = (await login(newPassword)).data!.login.token;

    const wrongCurrent = await system.gql(
      'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
      { c: password, n: myPassword },
      token,
    );
    expect(wrongCurrent.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const changed = await system.gql<{ changeMyPassword: boolean }>(
      'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
      { c: newPassword, n: myPassword },
      token,
    );
    expect(changed.data?.changeMyPassword).toBe(true);
    expect((await login(myPassword)).errors).toBeUndefined();

    // The API has no way to read a password or its hash.
    const field = await system.gql(`{ user(id: "${id}") { password } }`, {}, admin);
    expect(field.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const type = await system.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "User") { fields { name } } }', {}, admin);
    const names = type.data?.__type.fields.map((f) => f.name) ?? [];
    expect(names).toContain('username');
    expect(names.filter((n) => /password|hash/i.test(n))).toEqual([]);
    const row = await system.orgDb.getRepository(UserEntity).findOneByOrFail({ id });
    expect(JSON.stringify(await system.gql(`{ user(id: "${id}") { ${USER_FIELDS} lastLoginAt } }`, {}, admin))).not.toContain(
      row.passwordHash,
    );

    // Every request above was logged at trace level: no password appears anywhere.
    const logged = system.lines.join('');
    expect(logged).toContain('user created');
    for (const secret of [password, newPassword, myPassword, row.passwordHash]) expect(logged).not.toContain(secret);
  });

  it('an administrator cannot lock himself out, nor manage users of another province', async () => {
    const self = await system.gql(`mutation { updateUser(id: "${adminId}", input: { active: false }) { id } }`, {}, admin);
    expect(self.errors?.[0].extensions?.code).toBe('CONFLICT');
    const hn = await system.orgDb.getRepository(UserEntity).findOneByOrFail({ username: 'admin.hn' });
    const other = await system.gql(`mutation { unlockUser(id: "${hn.id}") { id } }`, {}, admin);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreignUnit = await system.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'lac.tinh', fullName: 'D', unitId: otherProvinceId, roles: ['VIEWER'], password: 'mot-mat-khau-dai' } },
      admin,
    );
    expect(foreignUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps an optional e-mail address for notifications: checked, changed, cleared', async () => {
    const create = (email: string | null, username: string) =>
      system.gql<{ createUser: { id: string; email: string | null } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`,
        {
          input: { username, fullName: 'Trần Thị E', email, unitId: communeId, roles: ['UNIT_OFFICER'], password: 'Mat-Khau-Thu-Nghiem-1' },
        },
        admin,
      );
    const bad = await create('khong-phai-email', 'email.sai');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'email' });
    expect(bad.errors?.[0].message).toMatch(/e-mail không hợp lệ/);
    const created = await create('  tranthie@ansinh.gov.vn ', 'tran.thi.e');
    expect(created.data?.createUser.email).toBe('tranthie@ansinh.gov.vn');
    const id = created.data!.createUser.id;
    const update = (email: string) =>
      system.gql<{ updateUser: { email: string | null } }>(
        `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { email } }`,
        { id, input: { email } },
        admin,
      );
    expect((await update('e.tran@ansinh.gov.vn')).data?.updateUser.email).toBe('e.tran@ansinh.gov.vn');
    expect((await update('')).data?.updateUser.email).toBeNull();
  });
});
