import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { OrgAuditEventEntity } from './org-audit-event.entity';

interface Trail {
  orgAuditTrail: {
    totalCount: number;
    edges: {
      node: { entityType: string; entityLabel: string; action: string; actorName: string; before: string | null; after: string | null };
    }[];
  };
}
const TRAIL = `query($t: OrgAuditEntityType) { orgAuditTrail(entityType: $t, first: 100) { totalCount
  edges { node { entityType entityLabel action actorName before after } } } }`;

/** Issue 7, item 10: user, role, API-key and org-unit changes were in the logs but not in the audit trail. */
describe(`org audit trail (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let admin: string;
  let otherAdmin: string;
  let viewer: string;
  let provinceId: string;
  let departmentId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const other = await insertUnit(system.orgDb, {
      name: 'Thành phố Hà Nội',
      kind: OrgUnitKind.PROVINCE,
      code: '01',
      subtype: 'thành phố',
    });
    provinceId = province.id;
    departmentId = (
      await insertUnit(system.orgDb, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'STP', subtype: 'sở', parent: province })
    ).id;
    admin = (await system.createUser({ username: 'admin.qn', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    otherAdmin = (await system.createUser({ username: 'admin.hn', unitId: other.id, roles: [Role.PROVINCE_ADMIN] })).token;
    viewer = (await system.createUser({ username: 'xem.qn', unitId: province.id, roles: [Role.VIEWER] })).token;
  });
  afterAll(() => system?.stop());

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, token = admin) => {
    const answer = await system.gql<T>(query, variables, { token });
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };

  it('records who changed which user, role, API key and unit, readable by the province administrator only', async () => {
    const created = await ok<{ createUser: { id: string } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { username: 'canbo.moi', fullName: 'Nguyễn Văn Mới', unitId: departmentId, roles: ['UNIT_OFFICER'], password: 'mat-khau-ban-dau' },
    });
    const userId = created.createUser.id;
    await ok(`mutation { updateUser(id: "${userId}", input: { roles: [UNIT_OFFICER, VIEWER] }) { id } }`);
    await ok(`mutation { updateUser(id: "${userId}", input: { roles: [UNIT_OFFICER, VIEWER] }) { id } }`); // no change: no row
    await ok(`mutation { updateUser(id: "${userId}", input: { active: false }) { id } }`);
    await ok(`mutation { resetUserPassword(id: "${userId}", password: "mat-khau-dat-lai-1") { id } }`);
    const client = await ok<{ createApiClient: { client: { id: string }; key: string } }>(
      'mutation { createApiClient(input: { name: "Cổng thông tin tỉnh" }) { client { id } key } }',
    );
    await ok(`mutation { revokeApiClient(id: "${client.createApiClient.client.id}") { id } }`);
    await ok(`mutation { renameOrgUnit(id: "${departmentId}", name: "Sở Tư pháp tỉnh Quảng Ninh") { id } }`);
    await ok(`mutation { renameOrgUnit(id: "${departmentId}", name: "Sở Tư pháp tỉnh Quảng Ninh") { id } }`); // no change: no row

    const trail = (await ok<Trail>(TRAIL)).orgAuditTrail;
    expect(trail.edges.map((e) => `${e.node.entityType} ${e.node.action} ${e.node.entityLabel}`)).toEqual([
      'ORG_UNIT RENAME Sở Tư pháp',
      'API_CLIENT REVOKE Cổng thông tin tỉnh',
      'API_CLIENT CREATE Cổng thông tin tỉnh',
      'USER PASSWORD_RESET canbo.moi',
      'USER DISABLE canbo.moi',
      'USER ROLES canbo.moi',
      'USER CREATE canbo.moi',
    ]);
    expect(trail.edges.every((e) => e.node.actorName === 'admin.qn')).toBe(true);
    const roles = trail.edges.find((e) => e.node.action === 'ROLES')!.node;
    expect(JSON.parse(roles.before!)).toEqual({ roles: ['UNIT_OFFICER'] });
    expect(JSON.parse(roles.after!)).toEqual({ roles: ['UNIT_OFFICER', 'VIEWER'] });
    expect(JSON.parse(trail.edges[0].node.after!)).toEqual({ name: 'Sở Tư pháp tỉnh Quảng Ninh' });
    // Secrets never enter the trail.
    const everything = JSON.stringify(await system.orgDb.getRepository(OrgAuditEventEntity).find());
    for (const secret of ['mat-khau-ban-dau', 'mat-khau-dat-lai-1', client.createApiClient.key]) expect(everything).not.toContain(secret);
    // Filtered by type; another province's administrator sees none of it; a viewer is refused.
    expect((await ok<Trail>(TRAIL, { t: 'API_CLIENT' })).orgAuditTrail.totalCount).toBe(2);
    expect((await ok<Trail>(TRAIL, {}, otherAdmin)).orgAuditTrail.totalCount).toBe(0);
    expect((await system.gql(TRAIL, {}, { token: viewer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await system.gql(TRAIL, {})).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const rows = await system.orgDb.getRepository(OrgAuditEventEntity).findBy({ provinceUnitId: provinceId });
    expect(rows).toHaveLength(7);
  });
});
