import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { OrgUnitLinkEntity } from '../subgraphs/org/org-unit/org-unit-link.entity';
import { OrgUnitEntity, OrgUnitKind } from '../subgraphs/org/org-unit/org-unit.entity';
import { UserEntity } from '../subgraphs/org/user/user.entity';
import { ensureDemoData } from './demo';
import { DEMO_LOGINS, DEMO_PASSWORD, demoLoginLines, findOrgDemo } from './org-demo';

describe(`org demo seed (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  const rowCounts = async () => [
    await system.orgDb.getRepository(OrgUnitEntity).count(),
    await system.orgDb.getRepository(OrgUnitLinkEntity).count(),
    await system.orgDb.getRepository(UserEntity).count(),
  ];

  it('first start imports Quảng Ninh in both eras and one user per demo login; a second start reuses them', async () => {
    const options = { orgDb: system.orgDb, scoringDb: system.scoringDb, log, config: system.config };
    await ensureDemoData(options);
    const first = await rowCounts();
    const units = system.orgDb.getRepository(OrgUnitEntity);
    expect(await units.countBy({ kind: OrgUnitKind.DISTRICT })).toBe(13);
    expect(await units.createQueryBuilder('u').where("u.kind = 'COMMUNE' AND u.valid_to = '2025-06-30'").getCount()).toBe(171);
    expect(
      await units.createQueryBuilder('u').where("u.kind = 'COMMUNE' AND u.valid_to IS NULL AND u.valid_from = '2025-07-01'").getCount(),
    ).toBe(54);
    expect(first[2]).toBe(DEMO_LOGINS.length);

    await ensureDemoData(options);
    expect(await rowCounts()).toEqual(first);
    // The whole demo (both eras and the scoring years) twice: minutes on a loaded MySQL machine.
  }, 180_000);

  it('exports the demo units and users for the scoring seed', async () => {
    const demo = await findOrgDemo(system.orgDb);
    expect(demo).not.toBeNull();
    const units = system.orgDb.getRepository(OrgUnitEntity);
    expect((await units.findOneByOrFail({ id: demo?.communeId })).name).toBe('Phường An Sinh');
    expect((await units.findOneByOrFail({ id: demo?.districtId })).validTo).toBe('2025-06-30');
    expect(demo?.users['chutich.dongtrieu'].unitId).toBe(demo?.districtId);
    expect(demo?.users['canbo.ansinh'].roles).toEqual(['UNIT_OFFICER']);
    expect(Object.keys(demo?.users ?? {}).sort()).toEqual(DEMO_LOGINS.map((l) => l.username).sort());
  });

  it('every demo login signs in with the printed password', async () => {
    for (const login of DEMO_LOGINS) {
      const res = await system.gql<{ login: { user: { username: string; roles: string[] } } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username roles } } }',
        { u: login.username, p: DEMO_PASSWORD },
      );
      expect(res.errors, login.username).toBeUndefined();
      expect(res.data?.login.user).toEqual({ username: login.username, roles: [login.role] });
    }
    expect(demoLoginLines().join('\n')).toContain('canbo.ansinh');
  });
});
