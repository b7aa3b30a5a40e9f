import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { isUniqueViolation } from '../unique-violation';
import { rebaseSubtree } from './org-unit-change.service';
import { OrgUnitLinkEntity } from './org-unit-link.entity';
import { OrgUnitEntity } from './org-unit.entity';

const UNIT_FIELDS = 'id name code subtype kind level path validFrom validTo isOpen parent { id }';

interface Unit {
  id: string;
  name: string;
  code: string;
  subtype: string;
  kind: string;
  level: number;
  path: string;
  validFrom: string | null;
  validTo: string | null;
  isOpen: boolean;
  parent: { id: string } | null;
}

describe(`org unit changes through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let admin: string;
  let officer: string;
  let otherAdmin: string;
  let province: OrgUnitEntity;
  let district: OrgUnitEntity;
  let district2: OrgUnitEntity;

  beforeAll(async () => {
    system = await startTestSystem();
    province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    district = await insertUnit(system.orgDb, {
      name: 'Thành phố Đông Triều',
      kind: OrgUnitKind.DISTRICT,
      code: '205',
      subtype: 'thành phố',
      parent: province,
    });
    district2 = await insertUnit(system.orgDb, {
      name: 'Thị xã Quảng Yên',
      kind: OrgUnitKind.DISTRICT,
      code: '206',
      subtype: 'thị xã',
      parent: province,
    });
    const commune = await insertUnit(system.orgDb, { name: 'Xã An Sinh', kind: OrgUnitKind.COMMUNE, code: '07090', parent: district });
    const other = await insertUnit(system.orgDb, {
      name: 'Thành phố Hà Nội',
      kind: OrgUnitKind.PROVINCE,
      code: '01',
      subtype: 'thành phố',
    });
    admin = (await system.createUser({ username: 'admin.qn', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    officer = (await system.createUser({ username: 'canbo.ansinh', unitId: commune.id, roles: [Role.UNIT_OFFICER] })).token;
    otherAdmin = (await system.createUser({ username: 'admin.hn', unitId: other.id, roles: [Role.PROVINCE_ADMIN] })).token;
  });
  afterAll(() => system?.stop());

  const rowCounts = async () => [
    await system.orgDb.getRepository(OrgUnitEntity).count(),
    await system.orgDb.getRepository(OrgUnitLinkEntity).count(),
  ];

  async function create(input: Record<string, unknown>, token = admin) {
    return system.gql<{ createOrgUnit: Unit }>(
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT_FIELDS} } }`,
      { input },
      { token },
    );
  }
  async function createOk(name: string, code: string, parentId: string, kind = 'COMMUNE', subtype = 'xã'): Promise<Unit> {
    const res = await create({ kind, subtype, code, name, parentId });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.createOrgUnit;
  }
  async function unit(id: string): Promise<
    Unit & {
      predecessors: { kind: string; partial: boolean; unit: { id: string } }[];
      successors: { kind: string; partial: boolean; unit: { id: string } }[];
    }
  > {
    const res = await system.gql<{ orgUnit: never }>(
      `query($id: ID!) { orgUnit(id: $id) { ${UNIT_FIELDS} predecessors { kind partial effectiveDate unit { id } } successors { kind partial effectiveDate unit { id } } } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.orgUnit;
  }

  it('creates a unit under a parent with path and level', async () => {
    const created = await createOk('Xã Bình Khê', '07093', district.id);
    expect(created).toMatchObject({ name: 'Xã Bình Khê', level: 2, isOpen: true, parent: { id: district.id } });
    expect(created.path).toBe(`${district.path}${created.id}/`);
  });

  it('refuses bad input with a coded, Vietnamese error and writes nothing', async () => {
    const before = await rowCounts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { kind: 'COMMUNE', subtype: 'xã', code: 'X1', name: '   ', parentId: district.id },
        'BAD_USER_INPUT',
        /Tên đơn vị không được để trống/,
      ],
      [
        { kind: 'COMMUNE', subtype: 'xã', code: 'X1', name: 'Xã Mới', parentId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
        /Không tìm thấy đơn vị/,
      ],
      [
        { kind: 'COMMUNE', subtype: 'xã', code: '07090', name: 'Xã Trùng Mã', parentId: district.id },
        'CONFLICT',
        /Mã "07090" đang được dùng/,
      ],
      [{ kind: 'COMMUNE', subtype: 'xã', code: 'X1', name: 'Xã Mới', parentId: 'not-an-id' }, 'BAD_USER_INPUT', /không hợp lệ/],
      [
        { kind: 'DISTRICT', subtype: 'huyện', code: 'X1', name: 'Huyện Trong Huyện', parentId: district.id },
        'BAD_USER_INPUT',
        /không thể đặt/,
      ],
    ];
    for (const [input, code, message] of cases) {
      const res = await create(input);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
      expect(res.data).toBeNull();
    }
    const english = await create(cases[0][0]);
    expect(
      (
        await system.gql(
          `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`,
          { i: cases[0][0] },
          { token: admin, locale: 'en' },
        )
      ).errors?.[0].message,
    ).toMatch(/must not be empty/);
    expect(english.errors?.[0].extensions?.argument).toBe('name');
    const malformed = await system.gql('mutation { renameOrgUnit(id: "42", name: "X") { id } }', {}, { token: admin });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });

  it('only a province administrator of the province may change units', async () => {
    const before = await rowCounts();
    const rename = `mutation { renameOrgUnit(id: "${district.id}", name: "Đổi tên") { name } }`;
    expect((await system.gql(rename, {}, { token: officer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await system.gql(rename)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await system.gql(rename, {}, { token: otherAdmin })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await create({ kind: 'COMMUNE', subtype: 'xã', code: 'Z9', name: 'Xã Z', parentId: district.id }, officer)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
    expect((await unit(district.id)).name).toBe('Thành phố Đông Triều');
  });

  it('renames and changes subtype, keeping the accent-free search column in sync', async () => {
    const c = await createOk('Xã Hồng Phong', '07100', district.id);
    const res = await system.gql<{ renameOrgUnit: Unit; changeOrgUnitSubtype: Unit }>(
      `mutation { renameOrgUnit(id: "${c.id}", name: "  Phường   Hồng Phong ") { name } changeOrgUnitSubtype(id: "${c.id}", subtype: "Phường") { subtype } }`,
      {},
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ renameOrgUnit: { name: 'Phường Hồng Phong' }, changeOrgUnitSubtype: { subtype: 'phường' } });
    const found = await system.gql<{ orgUnits: { edges: { node: { id: string } }[] } }>(
      '{ orgUnits(search: "phuong hong phong") { edges { node { id } } } }',
    );
    expect(found.data?.orgUnits.edges.map((e) => e.node.id)).toEqual([c.id]);
  });

  it('moves a unit, and refuses to move it under itself or its own descendant', async () => {
    const c = await createOk('Xã Tràng Lương', '07101', district.id);
    const moved = await system.gql<{ moveOrgUnit: Unit }>(
      `mutation { moveOrgUnit(id: "${c.id}", newParentId: "${district2.id}") { ${UNIT_FIELDS} } }`,
      {},
      { token: admin },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveOrgUnit).toMatchObject({ parent: { id: district2.id }, level: 2, path: `${district2.path}${c.id}/` });
    // Two-level model: a commune directly under the province.
    const up = await system.gql<{ moveOrgUnit: Unit }>(
      `mutation { moveOrgUnit(id: "${c.id}", newParentId: "${province.id}") { level path } }`,
      {},
      { token: admin },
    );
    expect(up.data?.moveOrgUnit).toEqual({ level: 1, path: `${province.path}${c.id}/` });

    const before = await rowCounts();
    const underChild = await system.gql(
      `mutation { moveOrgUnit(id: "${district.id}", newParentId: "${c.id}") { id } }`,
      {},
      { token: admin },
    );
    const anyChild = (await system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ parentId: district.id, code: '07090' })).id;
    const underDescendant = await system.gql(
      `mutation { moveOrgUnit(id: "${district.id}", newParentId: "${anyChild}") { id } }`,
      {},
      { token: admin },
    );
    expect(underDescendant.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(underDescendant.errors?.[0].extensions?.rules).toContain('MOVE_UNDER_DESCENDANT');
    expect(underDescendant.errors?.[0].message).toMatch(/cấp dưới của chính nó/);
    const underSelf = await system.gql(
      `mutation { moveOrgUnit(id: "${district.id}", newParentId: "${district.id}") { id } }`,
      {},
      { token: admin },
    );
    expect(underSelf.errors?.[0].extensions?.rules).toContain('MOVE_UNDER_SELF');
    expect(underChild.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
    expect((await unit(district.id)).path).toBe(district.path);
  });

  it('rewrites path and level of a whole subtree in one statement', async () => {
    const a = await insertUnit(system.orgDb, { name: 'Tỉnh A', kind: OrgUnitKind.PROVINCE, code: 'TA' });
    const b = await insertUnit(system.orgDb, { name: 'Tỉnh B', kind: OrgUnitKind.PROVINCE, code: 'TB' });
    const d = await insertUnit(system.orgDb, { name: 'Huyện D', kind: OrgUnitKind.DISTRICT, code: 'TD', parent: a });
    const c = await insertUnit(system.orgDb, { name: 'Xã C', kind: OrgUnitKind.COMMUNE, code: 'TC', parent: d });
    await system.orgDb.transaction((em) => rebaseSubtree(em, d.path, `${b.path}${d.id}/`));
    const units = system.orgDb.getRepository(OrgUnitEntity);
    expect(await units.findOneByOrFail({ id: c.id })).toMatchObject({ path: `${b.path}${d.id}/${c.id}/`, level: 2 });
    expect(await units.findOneByOrFail({ id: d.id })).toMatchObject({ path: `${b.path}${d.id}/`, level: 1 });
  });

  it('closes a unit only when its children are closed; a closed code can be reused', async () => {
    const d = await createOk('Huyện Hoành Bồ', '193', province.id, 'DISTRICT', 'huyện');
    const c = await createOk('Xã Sơn Dương', '06730', d.id);
    const refused = await system.gql(`mutation { closeOrgUnit(id: "${d.id}", validTo: "2019-12-31") { id } }`, {}, { token: admin });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/còn 1 đơn vị trực thuộc đang hoạt động \(Xã Sơn Dương\)/);
    const closedChild = await system.gql<{ closeOrgUnit: Unit }>(
      `mutation { closeOrgUnit(id: "${c.id}", validTo: "2019-12-31") { validTo isOpen } }`,
      {},
      { token: admin },
    );
    expect(closedChild.data?.closeOrgUnit).toEqual({ validTo: '2019-12-31', isOpen: false });
    const closed = await system.gql<{ closeOrgUnit: Unit }>(
      `mutation { closeOrgUnit(id: "${d.id}", validTo: "2019-12-31") { validTo } }`,
      {},
      { token: admin },
    );
    expect(closed.errors).toBeUndefined();
    const row = await system.orgDb.getRepository(OrgUnitEntity).findOneByOrFail({ id: d.id });
    expect(row).toMatchObject({ validTo: '2019-12-31', openCode: null, code: '193' });
    // History stays: the closed unit is still there and cannot be renamed or closed again.
    expect(
      (await system.gql(`mutation { renameOrgUnit(id: "${d.id}", name: "Khác") { id } }`, {}, { token: admin })).errors?.[0].extensions
        ?.code,
    ).toBe('CONFLICT');
    expect(
      (await system.gql(`mutation { closeOrgUnit(id: "${d.id}", validTo: "2020-01-01") { id } }`, {}, { token: admin })).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
    const reused = await createOk('Phường Hoành Bồ', '193', district2.id);
    expect(reused.code).toBe('193');
  });

  it('the open-code unique index is reported as a unique violation on both databases', async () => {
    const error = await insertUnit(system.orgDb, { name: 'Xã Trùng', kind: OrgUnitKind.COMMUNE, code: '07090', parent: district }).catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('merges several units into a new one; the sources close the day before and link MERGE', async () => {
    const a = await createOk('Phường Bình Dương', 'M1', district.id, 'COMMUNE', 'phường');
    const b = await createOk('Xã Việt Dân', 'M2', district.id);
    const res = await system.gql<{ mergeOrgUnits: Unit }>(
      `mutation($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { ${UNIT_FIELDS} } }`,
      {
        input: {
          sourceIds: [a.id, b.id],
          effectiveDate: '2025-07-01',
          target: { kind: 'COMMUNE', subtype: 'phường', code: 'M1', name: 'Phường An Sinh Mới' },
        },
      },
      { token: admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const merged = res.data!.mergeOrgUnits;
    expect(merged).toMatchObject({ validFrom: '2025-07-01', validTo: null, code: 'M1', parent: { id: district.id } });
    const target = await unit(merged.id);
    expect(target.predecessors.map((p) => p.unit.id).sort()).toEqual([a.id, b.id].sort());
    expect(target.predecessors.every((p) => p.kind === 'MERGE' && !p.partial)).toBe(true);
    for (const source of [a, b]) {
      const old = await unit(source.id);
      expect(old).toMatchObject({ validTo: '2025-06-30', isOpen: false, name: source.name });
      expect(old.successors.map((s) => s.unit.id)).toEqual([merged.id]);
    }
    // A closed unit cannot be merged again: nothing is written.
    const before = await rowCounts();
    const again = await system.gql(
      `mutation($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id } }`,
      {
        input: {
          sourceIds: [a.id, merged.id],
          effectiveDate: '2026-01-01',
          target: { kind: 'COMMUNE', subtype: 'xã', code: 'M9', name: 'Xã Khác' },
        },
      },
      { token: admin },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/đã hết hiệu lực/);
    expect(await rowCounts()).toEqual(before);
    expect((await unit(merged.id)).isOpen).toBe(true);
  });

  it('splits a unit into several; the source closes and links SPLIT (partial) to each', async () => {
    const source = await createOk('Xã Lớn', 'S0', district2.id);
    const res = await system.gql<{ splitOrgUnit: Unit[] }>(
      `mutation($input: SplitOrgUnitInput!) { splitOrgUnit(input: $input) { ${UNIT_FIELDS} } }`,
      {
        input: {
          sourceId: source.id,
          effectiveDate: '2024-01-01',
          targets: [
            { kind: 'COMMUNE', subtype: 'xã', code: 'S0', name: 'Xã Lớn Bắc' },
            { kind: 'COMMUNE', subtype: 'xã', code: 'S2', name: 'Xã Lớn Nam' },
          ],
        },
      },
      { token: admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const parts = res.data!.splitOrgUnit;
    expect(parts.map((p) => [p.name, p.validFrom, p.parent?.id])).toEqual([
      ['Xã Lớn Bắc', '2024-01-01', district2.id],
      ['Xã Lớn Nam', '2024-01-01', district2.id],
    ]);
    const old = await unit(source.id);
    expect(old).toMatchObject({ validTo: '2023-12-31', isOpen: false });
    expect(old.successors.map((s) => [s.kind, s.partial]).sort()).toEqual([
      ['SPLIT', true],
      ['SPLIT', true],
    ]);
    // A split needs two targets: nothing is written.
    const before = await rowCounts();
    const single = await system.gql(
      `mutation($input: SplitOrgUnitInput!) { splitOrgUnit(input: $input) { id } }`,
      {
        input: {
          sourceId: parts[0].id,
          effectiveDate: '2025-01-01',
          targets: [{ kind: 'COMMUNE', subtype: 'xã', code: 'S5', name: 'Xã Một' }],
        },
      },
      { token: admin },
    );
    expect(single.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });
});
