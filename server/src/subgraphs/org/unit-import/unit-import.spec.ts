import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsNull, type DataSource } from 'typeorm';
import { Role } from '../../../platform/auth/roles';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { openOrgDatabase } from '../org.subgraph';
import { OrgUnitLinkEntity } from '../org-unit/org-unit-link.entity';
import { OrgUnitEntity, OrgUnitKind } from '../org-unit/org-unit.entity';
import { importUnitDataset } from './unit-import.service';
import { UnitDataset } from './unit-import.types';

async function countBy(db: DataSource, where: { kind: string; open?: boolean; provinceSourceKey?: string }): Promise<number> {
  const query = db.getRepository(OrgUnitEntity).createQueryBuilder('u').where('u.kind = :kind', { kind: where.kind });
  if (where.open === true) query.andWhere('u.valid_to IS NULL');
  if (where.open === false) query.andWhere('u.valid_to IS NOT NULL');
  return query.getCount();
}

describe(`unit import: Quảng Ninh in both eras (${TEST_DB_KIND})`, () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  it('imports the three-level structure: 13 districts and 171 communes, closed on 2025-06-30', async () => {
    const report = await importUnitDataset(system.orgDb, { dataset: UnitDataset.THREE_LEVEL_2025, provinceCode: '22' });
    expect(await countBy(system.orgDb, { kind: 'PROVINCE' })).toBe(1);
    expect(await countBy(system.orgDb, { kind: 'DISTRICT' })).toBe(13);
    expect(await countBy(system.orgDb, { kind: 'COMMUNE' })).toBe(171);
    expect(await countBy(system.orgDb, { kind: 'COMMUNE', open: true })).toBe(0);
    const departments = await countBy(system.orgDb, { kind: 'DEPARTMENT' });
    expect(departments).toBeGreaterThanOrEqual(17);
    expect(report).toMatchObject({ created: 1 + 13 + 171 + departments, updated: 0, unchanged: 0 });
    // Only the 2025 department merges can link yet (both ends are departments continuing into 2026).
    const links = await system.orgDb.getRepository(OrgUnitLinkEntity).find();
    expect(links).toHaveLength(report.linked);
    expect(links.every((l) => l.kind === 'MERGE' && l.effectiveDate === '2025-03-01')).toBe(true);
    const district = await system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ name: 'Thành phố Đông Triều' });
    expect(district).toMatchObject({ level: 1, validTo: '2025-06-30', openCode: null });
  });

  it('imports the two-level structure: 54 open communes linked to their predecessors', async () => {
    const report = await importUnitDataset(system.orgDb, { dataset: UnitDataset.TWO_LEVEL_2026, provinceCode: '22' });
    expect(await countBy(system.orgDb, { kind: 'PROVINCE' })).toBe(1);
    expect(await countBy(system.orgDb, { kind: 'COMMUNE', open: true })).toBe(54);
    expect(report.created).toBe(54 + 2); // 54 communes, Sở NN&MT and Sở DT&TG
    expect(report.updated).toBe(0);
    expect(report.linked).toBeGreaterThan(171);
    expect(report.mergerReports.get('22')?.total).toBe(54);
    const ansinh = await system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ name: 'Phường An Sinh', validTo: IsNull() });
    expect(ansinh.mergerText).toBe('Phường Bình Dương, Xã An Sinh, Xã Việt Dân, Phường Đức Chính');
    expect(ansinh).toMatchObject({ validFrom: '2025-07-01', level: 1 });
  });

  it('a second import of either era changes nothing', async () => {
    const countRows = async () => [
      await system.orgDb.getRepository(OrgUnitEntity).count(),
      await system.orgDb.getRepository(OrgUnitLinkEntity).count(),
    ];
    const before = await countRows();
    for (const dataset of [UnitDataset.TWO_LEVEL_2026, UnitDataset.THREE_LEVEL_2025]) {
      const again = await importUnitDataset(system.orgDb, { dataset, provinceCode: '22' });
      expect(again).toMatchObject({ created: 0, updated: 0, linked: 0 });
      expect(again.unchanged).toBeGreaterThan(50);
    }
    expect(await countRows()).toEqual(before);
  });

  it('the predecessors of Phường An Sinh, through GraphQL', async () => {
    const found = await system.gql<{ orgUnits: { edges: { node: { id: string } }[] } }>(
      '{ orgUnits(search: "an sinh", kind: COMMUNE) { edges { node { id } } } }',
    );
    const id = found.data?.orgUnits.edges[0]?.node.id;
    expect(found.errors).toBeUndefined();
    expect(found.data?.orgUnits.edges).toHaveLength(1);
    const res = await system.gql<{
      orgUnit: {
        name: string;
        predecessors: { kind: string; partial: boolean; effectiveDate: string; unit: { name: string; validTo: string } }[];
      };
    }>('query($id: ID!) { orgUnit(id: $id) { name predecessors { kind partial effectiveDate unit { name validTo } } } }', { id });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const predecessors = res.data?.orgUnit.predecessors ?? [];
    expect(predecessors.map((p) => p.unit.name).sort()).toEqual(
      ['Phường Bình Dương', 'Phường Đức Chính', 'Xã An Sinh', 'Xã Việt Dân'].sort(),
    );
    expect(
      predecessors.every((p) => p.kind === 'REORGANIZATION' && p.effectiveDate === '2025-07-01' && p.unit.validTo === '2025-06-30'),
    ).toBe(true);
  });

  it('importUnits is for province administrators, limited to their own province (another province or all: FORBIDDEN)', async () => {
    const province = await system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ kind: OrgUnitKind.PROVINCE, code: '22' });
    const { token: admin } = await system.createUser({ username: 'import.admin', unitId: province.id, roles: [Role.PROVINCE_ADMIN] });
    const { token: viewer } = await system.createUser({ username: 'import.viewer', unitId: province.id, roles: [Role.VIEWER] });
    const mutation =
      'mutation($p: String) { importUnits(input: { dataset: TWO_LEVEL_2026, provinceCode: $p }) { dataset provinceCode created updated unchanged linked unmatched ambiguous } }';
    expect((await system.gql(mutation, { p: '22' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await system.gql(mutation, { p: '22' }, { token: viewer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await system.gql(mutation, { p: '7' }, { token: admin })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The attack of the finding: a Quảng Ninh administrator importing (and so overwriting) Hà Nội.
    const hanoi = await system.gql(mutation, { p: '01' }, { token: admin });
    expect(hanoi.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', argument: 'provinceCode' } });
    expect(hanoi.errors?.[0].message).toMatch(/tỉnh mình \(mã 22\)/);
    expect(await system.orgDb.getRepository(OrgUnitEntity).countBy({ code: '01', kind: OrgUnitKind.PROVINCE })).toBe(0);
    expect((await system.gql(mutation, { p: null }, { token: admin })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await system.gql(mutation, { p: '99' }, { token: admin })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await system.gql<{ importUnits: Record<string, unknown> }>(mutation, { p: '22' }, { token: admin });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.importUnits).toMatchObject({ dataset: 'TWO_LEVEL_2026', provinceCode: '22', created: 0, updated: 0, linked: 0 });
  });
});

describe(`unit import: whole files (${TEST_DB_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // In-memory SQLite is fine here: one DataSource, no gateway.
    db = await openOrgDatabase(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('three-level file: 63 provinces, 696 districts, 10,035 communes', async () => {
    const report = await importUnitDataset(db, { dataset: UnitDataset.THREE_LEVEL_2025 });
    console.info(`[${TEST_DB_KIND}] three-level import: ${report.created} units in ${report.durationMs} ms`);
    expect(await countBy(db, { kind: 'PROVINCE' })).toBe(63);
    expect(await countBy(db, { kind: 'DISTRICT' })).toBe(696);
    expect(await countBy(db, { kind: 'COMMUNE' })).toBe(10_035);
    expect(report.durationMs).toBeLessThan(60_000);
  }, 120_000);

  it('two-level file: 34 provinces open, 3,321 communes, linked to the three-level units', async () => {
    const report = await importUnitDataset(db, { dataset: UnitDataset.TWO_LEVEL_2026 });
    console.info(
      `[${TEST_DB_KIND}] two-level import: ${report.created} units, ${report.linked} links in ${report.durationMs} ms; ` +
        `${report.unmatched.length} unmatched, ${report.ambiguous.length} ambiguous names`,
    );
    expect(await countBy(db, { kind: 'PROVINCE', open: true })).toBe(34);
    expect(await countBy(db, { kind: 'COMMUNE', open: true })).toBe(3_321);
    expect(report.linked).toBeGreaterThan(10_000);
    expect(report.durationMs).toBeLessThan(60_000);
  }, 120_000);
});
