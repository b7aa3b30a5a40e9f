import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { expectCode, ok, replaceSet, seedProvince, VALID_SET, type YearView } from '../assessment-year/scoring-test-kit';
import { CriteriaNodeEntity } from './criteria-node.entity';

const SET = `query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { total configuredTotal locked lockReason valid
  issues { code nodeCode severity message } nodes { id parentId code title maxPoints section depth sortOrder method params childrenTotal allowNotApplicable evidenceGuidance } } }`;
const ADD = `mutation($input: AddCriterionInput!) { addCriterion(input: $input) { id code depth maxPoints sortOrder } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id code maxPoints title } }`;

interface NodeView {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  maxPoints: number;
  section: string;
  depth: number;
  sortOrder: number;
  method: string | null;
  params: string | null;
  childrenTotal: number | null;
  allowNotApplicable: boolean;
  evidenceGuidance: string | null;
}
interface SetView {
  total: number;
  configuredTotal: number;
  locked: boolean;
  lockReason: string | null;
  valid: boolean;
  issues: { code: string; nodeCode: string | null; severity: string; message: string }[];
  nodes: NodeView[];
}

describe(`criteria sets, XLSX, appraiser assignments and audit through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: Awaited<ReturnType<typeof seedProvince>>;
  let year: YearView;
  let departments: string;
  let wards: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token = p.admin.token) => system.gql<T>(query, variables, { token });
  const readSet = async (groupId = departments) => ok(await gql<{ criteriaSet: SetView }>(SET, { y: year.id, g: groupId })).criteriaSet;
  const nodeCount = () => system.scoringDb.getRepository(CriteriaNodeEntity).countBy({ yearId: year.id });
  const auditCount = () => system.scoringDb.getRepository(AuditEventEntity).countBy({ yearId: year.id });
  const trail = async (criterionId: string) =>
    ok(
      await gql<{
        auditTrail: { edges: { node: { action: string; before: string | null; after: string | null; reason: string | null } }[] };
      }>(`query($y: ID!, $c: ID!) { auditTrail(yearId: $y, criterionId: $c) { edges { node { action before after reason } } } }`, {
        y: year.id,
        c: criterionId,
      }),
    ).auditTrail.edges.map((e) => e.node);

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedProvince(system, '22', 'Tỉnh Quảng Ninh');
    year = ok(
      await gql<{ createAssessmentYear: YearView }>(
        `mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { id groups { id code } } }`,
        { input: { provinceId: p.province.id, year: 2025, name: 'Chỉ số CCHC năm 2025', model: 'TWO_LEVEL' } },
      ),
    ).createAssessmentYear;
    departments = year.groups.find((g) => g.code === 'DEPARTMENTS')?.id ?? '';
    wards = year.groups.find((g) => g.code === 'WARDS')?.id ?? '';
  });
  afterAll(() => system?.stop());

  it('builds a set node by node, reporting sums, totals and method parameters from the domain rules', async () => {
    const area = ok(
      await gql<{ addCriterion: NodeView }>(ADD, {
        input: { yearId: year.id, groupId: departments, code: '1', title: 'Chỉ đạo, điều hành', maxPoints: 70, section: 'SCORED' },
      }),
    ).addCriterion;
    const leaf = ok(
      await gql<{ addCriterion: NodeView }>(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: area.id,
          code: '1.1',
          title: 'Kế hoạch CCHC',
          maxPoints: 40.5,
          section: 'SCORED',
          method: 'YES_NO',
        },
      }),
    ).addCriterion;
    expect(leaf).toMatchObject({ depth: 2, maxPoints: 40.5, sortOrder: 1 });
    let set = await readSet();
    expect(set.valid).toBe(false);
    expect(set.issues.map((i) => i.code).sort()).toEqual(['CHILDREN_SUM_MISMATCH', 'TOTAL_MISMATCH']);
    expect(set.issues.find((i) => i.code === 'CHILDREN_SUM_MISMATCH')?.message).toMatch(/40,50.*70,00/);
    expect(set.nodes.find((n) => n.code === '1')?.childrenTotal).toBe(40.5);

    // Tiers with a gap are refused at once (coded, nothing written).
    const before = [await nodeCount(), await auditCount()];
    const gap = expectCode(
      await gql(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: area.id,
          code: '1.2',
          title: 'Tỷ lệ',
          maxPoints: 29.5,
          section: 'SCORED',
          method: 'RATIO_TIERS',
          params: JSON.stringify({
            tiers: [
              { fromPercent: 0, toPercent: 70, sharePercent: 0 },
              { fromPercent: 80, toPercent: 100, sharePercent: 100 },
            ],
          }),
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(gap).toMatch(/Tiêu chí 1.2/);
    for (const input of [
      { code: '1.3', title: 'x', maxPoints: 1.234, section: 'SCORED', method: 'MANUAL' },
      { code: '1.3', title: 'x', maxPoints: -1, section: 'SCORED', method: 'MANUAL' },
      { code: '1.3', title: '', maxPoints: 1, section: 'SCORED', method: 'MANUAL' },
      { code: '1..3', title: 'x', maxPoints: 1, section: 'SCORED', method: 'MANUAL' },
      { code: '1.3', title: 'x', maxPoints: 1, section: 'SCORED', method: 'COUNT', params: 'not json' },
    ])
      expectCode(await gql(ADD, { input: { yearId: year.id, groupId: departments, parentId: area.id, ...input } }), 'BAD_USER_INPUT');
    expectCode(
      await gql(ADD, { input: { yearId: year.id, groupId: departments, code: '1', title: 'Trùng', maxPoints: 1, section: 'SCORED' } }),
      'CONFLICT',
    );
    expectCode(
      await gql(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: crypto.randomUUID(),
          code: '9',
          title: 'x',
          maxPoints: 1,
          section: 'SCORED',
        },
      }),
      'NOT_FOUND',
    );
    expectCode(await gql(UPDATE, { id: crypto.randomUUID(), input: { title: 'x' } }), 'NOT_FOUND');
    expectCode(
      await gql(
        ADD,
        { input: { yearId: year.id, groupId: departments, code: '5', title: 'x', maxPoints: 1, section: 'SCORED' } },
        p.chairB.token,
      ),
      'FORBIDDEN',
    );
    expect([await nodeCount(), await auditCount()]).toEqual(before);

    ok(await gql(UPDATE, { id: leaf.id, input: { maxPoints: 40 } }));
    ok(
      await gql(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: area.id,
          code: '1.2',
          title: 'Tỷ lệ hồ sơ đúng hạn',
          maxPoints: 30,
          section: 'SCORED',
          method: 'RATIO_TIERS',
          params: JSON.stringify({
            tiers: [
              { fromPercent: 0, toPercent: 80, sharePercent: 0 },
              { fromPercent: 80, toPercent: 100, sharePercent: 50 },
              { fromPercent: 100, toPercent: 100, sharePercent: 100 },
            ],
          }),
        },
      }),
    );
    const survey = ok(
      await gql<{ addCriterion: NodeView }>(ADD, {
        input: { yearId: year.id, groupId: departments, code: '2', title: 'Điều tra xã hội học', maxPoints: 30, section: 'SURVEY' },
      }),
    ).addCriterion;
    ok(
      await gql(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: survey.id,
          code: '2.1',
          title: 'SIPAS',
          maxPoints: 30,
          section: 'SURVEY',
          method: 'SURVEY',
          params: '{"basis":"PERCENT"}',
        },
      }),
    );
    set = await readSet();
    expect(set).toMatchObject({ valid: true, total: 100, configuredTotal: 100, locked: false });
    expect(set.nodes.map((n) => n.code)).toEqual(['1', '1.1', '1.2', '2', '2.1']);

    // The audit trail of a criterion holds before and after of every change.
    const history = await trail(leaf.id);
    expect(history.map((h) => h.action)).toEqual(['UPDATE', 'CREATE']);
    expect(JSON.parse(history[0].before ?? '{}').maxPoints).toBe(40.5);
    expect(JSON.parse(history[0].after ?? '{}').maxPoints).toBe(40);
    expect(history[1].before).toBeNull();
  });

  it('moves and renumbers nodes, refuses cycles, deletes subtrees with an audit per node', async () => {
    let set = await readSet();
    const area1 = set.nodes.find((n) => n.code === '1') as NodeView;
    const leaf2 = set.nodes.find((n) => n.code === '1.2') as NodeView;
    const moved = ok(
      await gql<{ moveCriterion: NodeView }>(
        `mutation($id: ID!, $p: ID) { moveCriterion(id: $id, parentId: $p, position: 0, renumberCodes: true) { code sortOrder } }`,
        {
          id: leaf2.id,
          p: area1.id,
        },
      ),
    ).moveCriterion;
    expect(moved).toMatchObject({ code: '1.1', sortOrder: 1 });
    set = await readSet();
    expect(set.nodes.map((n) => `${n.code}:${n.title}`)).toEqual([
      '1:Chỉ đạo, điều hành',
      '1.1:Tỷ lệ hồ sơ đúng hạn',
      '1.2:Kế hoạch CCHC',
      '2:Điều tra xã hội học',
      '2.1:SIPAS',
    ]);
    expectCode(
      await gql(`mutation($id: ID!, $p: ID) { moveCriterion(id: $id, parentId: $p) { code } }`, { id: area1.id, p: leaf2.id }),
      'BAD_USER_INPUT',
    );

    const extra = ok(
      await gql<{ addCriterion: NodeView }>(ADD, {
        input: { yearId: year.id, groupId: departments, code: 'T', title: 'Điểm thưởng', maxPoints: 5, section: 'BONUS' },
      }),
    ).addCriterion;
    ok(
      await gql(ADD, {
        input: {
          yearId: year.id,
          groupId: departments,
          parentId: extra.id,
          code: 'T.1',
          title: 'Sáng kiến CCHC',
          maxPoints: 2,
          section: 'BONUS',
          method: 'YES_NO',
        },
      }),
    );
    const deleted = ok(
      await gql<{ deleteCriterion: string[] }>(`mutation($id: ID!) { deleteCriterion(id: $id) }`, { id: extra.id }),
    ).deleteCriterion;
    expect(deleted).toHaveLength(2);
    const history = await trail(extra.id);
    expect(history[0].action).toBe('DELETE');
    expect(JSON.parse(history[0].before ?? '{}').title).toBe('Điểm thưởng');
  });

  it('round-trips a set through XLSX; a workbook with one bad row writes nothing and names the row', async () => {
    const file = ok(
      await gql<{ exportCriteriaSet: { fileName: string; contentType: string; base64: string } }>(
        `query($y: ID!, $g: ID!) { exportCriteriaSet(yearId: $y, groupId: $g) { fileName contentType base64 } }`,
        { y: year.id, g: departments },
      ),
    ).exportCriteriaSet;
    expect(file.fileName).toBe('bo-chi-so-2025-departments.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã');
    expect(sheet.getRow(3).getCell(6).value).toContain('tiers');

    const imported = ok(
      await gql<{ importCriteriaSet: SetView }>(
        `mutation($y: ID!, $g: ID!, $b: String!) { importCriteriaSet(yearId: $y, groupId: $g, base64: $b) { valid nodes { code title maxPoints method params section } } }`,
        {
          y: year.id,
          g: wards,
          b: file.base64,
        },
      ),
    ).importCriteriaSet;
    const source = await readSet();
    const strip = (nodes: Pick<NodeView, 'code' | 'title' | 'maxPoints' | 'method' | 'params' | 'section'>[]) =>
      nodes.map(({ code, title, maxPoints, method, params, section }) => ({ code, title, maxPoints, method, params, section }));
    expect(imported.valid).toBe(true);
    expect(strip(imported.nodes)).toEqual(strip(source.nodes));

    // Break two rows: points with three decimals (row 3) and an orphan code (new row 7).
    sheet.getRow(3).getCell(3).value = 30.125;
    sheet.addRow(['9.1', 'Không có cha', 1, 'SCORED', 'YES_NO', '{}', 'Không', '', '']);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const before = [await nodeCount(), await auditCount()];
    const message = expectCode(
      await gql(`mutation($y: ID!, $g: ID!, $b: String!) { importCriteriaSet(yearId: $y, groupId: $g, base64: $b) { valid } }`, {
        y: year.id,
        g: wards,
        b: bad,
      }),
      'BAD_USER_INPUT',
    );
    expect(message).toMatch(/Dòng 3 \(mã 1\.1\).*2 chữ số thập phân/);
    expect(message).toMatch(/Dòng 7 \(mã 9\.1\).*không có tiêu chí cha mã 9/);
    expect([await nodeCount(), await auditCount()]).toEqual(before);
    expectCode(
      await gql(`mutation($y: ID!, $g: ID!) { importCriteriaSet(yearId: $y, groupId: $g, base64: "bm90IGEgem lw") { valid } }`, {
        y: year.id,
        g: wards,
      }),
      'BAD_USER_INPUT',
    );
  });

  it('bulk save keeps ids of surviving codes and refuses bad rows atomically; copy replaces a set', async () => {
    const before = await readSet(wards);
    const bad = [...VALID_SET, { code: '3.1', title: 'Mồ côi', maxPoints: 1, section: 'SCORED', method: 'YES_NO' }];
    expect(expectCode(await replaceSet(system, p.admin.token, year.id, wards, bad), 'BAD_USER_INPUT')).toMatch(/Tiêu chí thứ 6/);
    expect((await readSet(wards)).nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    ok(await replaceSet(system, p.admin.token, year.id, wards));
    const after = await readSet(wards);
    expect(after.nodes.find((n) => n.code === '1.1')?.id).toBe(before.nodes.find((n) => n.code === '1.1')?.id);
    const communes = year.groups.find((g) => g.code === 'COMMUNES')?.id;
    const copied = ok(
      await gql<{ copyCriteriaSet: SetView }>(
        `mutation($y: ID!, $f: ID!, $t: ID!) { copyCriteriaSet(fromYearId: $y, fromGroupId: $f, toYearId: $y, toGroupId: $t) { valid nodes { code } } }`,
        { y: year.id, f: wards, t: communes },
      ),
    ).copyCriteriaSet;
    expect(copied.nodes.map((n) => n.code)).toEqual(VALID_SET.map((n) => n.code));
  });

  it('bulk save with ids keeps each criterion the same node when the editor reorders it (codes swap), audited; bad ids refused', async () => {
    const before = await readSet(wards);
    const idOf = (code: string) => before.nodes.find((n) => n.code === code)!.id;
    const [a, b] = [idOf('1.1'), idOf('1.2')];
    const withIds = (order: string[]) =>
      order.map((code, i) => {
        const n = VALID_SET.find((x) => x.code === code)!;
        const newCode = ['1', '1.1', '1.2', '2', '2.1'][i]!;
        return { ...n, code: newCode, id: idOf(code) };
      });
    const auditsBefore = await auditCount();
    // 1.2 dragged above 1.1: the editor sends the new order, the new codes and each node's id.
    ok(await replaceSet(system, p.admin.token, year.id, wards, withIds(['1', '1.2', '1.1', '2', '2.1'])));
    const after = await readSet(wards);
    expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(after.nodes.find((n) => n.id === b)).toMatchObject({
      code: '1.1',
      title: 'Tỷ lệ hoàn thành kế hoạch',
      sortOrder: 1,
      method: 'MANUAL',
    });
    expect(after.nodes.find((n) => n.id === a)).toMatchObject({
      code: '1.2',
      title: 'Ban hành kế hoạch CCHC năm',
      sortOrder: 2,
      method: 'YES_NO',
    });
    expect(after.valid).toBe(true);
    // One audit entry per moved node (code and order before/after), none for the others.
    expect((await auditCount()) - auditsBefore).toBe(2);
    const moved = (await trail(b)).find((e) => e.action === 'REPLACE_UPDATE')!;
    expect(JSON.parse(moved.before!)).toMatchObject({ code: '1.2' });
    expect(JSON.parse(moved.after!)).toMatchObject({ code: '1.1' });

    // Refused, nothing written: an id of another set (the set changed elsewhere), a repeated id, a malformed id.
    const foreign = (await readSet(departments)).nodes[0]!.id;
    const bad = withIds(['1', '1.1', '1.2', '2', '2.1']);
    expect(
      expectCode(
        await replaceSet(
          system,
          p.admin.token,
          year.id,
          wards,
          bad.map((n, i) => (i === 1 ? { ...n, id: foreign } : n)),
        ),
        'CONFLICT',
      ),
    ).toMatch(/tải lại trang/);
    expect(
      expectCode(
        await replaceSet(
          system,
          p.admin.token,
          year.id,
          wards,
          bad.map((n, i) => (i === 2 ? { ...n, id: a } : { ...n, id: i === 1 ? a : n.id })),
        ),
        'BAD_USER_INPUT',
      ),
    ).toMatch(/hai lần/);
    expectCode(
      await replaceSet(
        system,
        p.admin.token,
        year.id,
        wards,
        bad.map((n, i) => (i === 1 ? { ...n, id: 'x' } : n)),
      ),
      'BAD_USER_INPUT',
    );
    expect((await readSet(wards)).nodes.find((n) => n.id === b)?.code).toBe('1.1');

    // Back to the original order (ids again), for the steps below.
    ok(
      await replaceSet(
        system,
        p.admin.token,
        year.id,
        wards,
        VALID_SET.map((n) => ({ ...n, id: idOf(n.code) })),
      ),
    );
    expect((await readSet(wards)).nodes.find((n) => n.code === '1.1')?.id).toBe(a);
  });

  it('assigns appraisers to units and areas, with coded refusals', async () => {
    const ASSIGN = `mutation($y: ID!, $u: ID!, $units: [ID!]!, $areas: [String!]!) { assignAppraiser(yearId: $y, userId: $u, unitIds: $units, areaCodes: $areas) { id assessorUnitId unitIds areaCodes } }`;
    const assignment = ok(
      await gql<{ assignAppraiser: { id: string; assessorUnitId: string; areaCodes: string[] } }>(ASSIGN, {
        y: year.id,
        u: p.appraiserB.user.id,
        units: [],
        areas: ['1', '2.1'],
      }),
    ).assignAppraiser;
    expect(assignment).toMatchObject({ assessorUnitId: p.districtB.id, areaCodes: ['1', '2.1'] });
    expectCode(await gql(ASSIGN, { y: year.id, u: p.appraiserB.user.id, units: [], areas: ['42'] }), 'BAD_USER_INPUT');
    expectCode(await gql(ASSIGN, { y: year.id, u: p.deptOfficer.user.id, units: [], areas: [] }), 'BAD_USER_INPUT');
    expectCode(await gql(ASSIGN, { y: year.id, u: p.appraiserB.user.id, units: [p.dept.id], areas: [] }), 'BAD_USER_INPUT');
    // The chair of the appraiser's own unit may assign; a department officer may not.
    ok(await gql(ASSIGN, { y: year.id, u: p.appraiserB.user.id, units: [], areas: ['1'] }, p.chairB.token));
    expectCode(await gql(ASSIGN, { y: year.id, u: p.appraiserB.user.id, units: [], areas: [] }, p.deptOfficer.token), 'FORBIDDEN');
    const list = ok(
      await gql<{ appraiserAssignments: { id: string; areaCodes: string[] }[] }>(
        `query($y: ID!) { appraiserAssignments(yearId: $y) { id areaCodes } }`,
        { y: year.id },
      ),
    );
    expect(list.appraiserAssignments).toEqual([{ id: assignment.id, areaCodes: ['1'] }]);
    ok(await gql(`mutation($id: ID!) { removeAppraiserAssignment(id: $id) }`, { id: assignment.id }));
    const settings = ok(
      await gql<{ auditTrail: { edges: { node: { action: string } }[] } }>(
        `query($y: ID!, $e: ID!) { auditTrail(yearId: $y, entityId: $e) { edges { node { action } } } }`,
        {
          y: year.id,
          e: assignment.id,
        },
      ),
    ).auditTrail.edges.map((e) => e.node.action);
    expect(settings).toEqual(['REMOVE_ASSIGNMENT', 'UPDATE_ASSIGNMENT', 'ASSIGN_APPRAISER']);
  });

  it('locks sets once the year opens; an audited reopen allows edits until locked again', async () => {
    ok(await replaceSet(system, p.admin.token, year.id, year.groups.find((g) => g.code === 'COMMUNES')?.id ?? ''));
    ok(await gql(`mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { to } }`, { id: year.id }));
    const leaf = (await readSet()).nodes.find((n) => n.code === '1.2') as NodeView;
    const locked = expectCode(await gql(UPDATE, { id: leaf.id, input: { title: 'Sửa sau khi mở' } }), 'CONFLICT');
    expect(locked).toBe('Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá');
    expect((await readSet()).lockReason).toBe(locked);
    expectCode(await replaceSet(system, p.admin.token, year.id, departments), 'CONFLICT');
    expectCode(
      await gql(`mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: " ") { locked } }`, {
        y: year.id,
        g: departments,
      }),
      'BAD_USER_INPUT',
    );
    expectCode(
      await gql(
        `mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "x") { locked } }`,
        { y: year.id, g: departments },
        p.chairB.token,
      ),
      'FORBIDDEN',
    );
    const reopened = ok(
      await gql<{ reopenCriteriaSet: SetView }>(
        `mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa lỗi chính tả theo Quyết định 123") { locked } }`,
        {
          y: year.id,
          g: departments,
        },
      ),
    ).reopenCriteriaSet;
    expect(reopened.locked).toBe(false);
    ok(await gql(UPDATE, { id: leaf.id, input: { title: 'Kế hoạch cải cách hành chính' } }));
    ok(await gql(UPDATE, { id: leaf.id, input: { maxPoints: 35 } }));
    expect(
      expectCode(
        await gql(`mutation($y: ID!, $g: ID!) { lockCriteriaSet(yearId: $y, groupId: $g) { locked } }`, { y: year.id, g: departments }),
        'CONFLICT',
      ),
    ).toMatch(/còn lỗi/);
    ok(await gql(UPDATE, { id: leaf.id, input: { maxPoints: 40 } }));
    expect(
      ok(
        await gql<{ lockCriteriaSet: SetView }>(`mutation($y: ID!, $g: ID!) { lockCriteriaSet(yearId: $y, groupId: $g) { locked } }`, {
          y: year.id,
          g: departments,
        }),
      ).lockCriteriaSet.locked,
    ).toBe(true);
    expectCode(await gql(UPDATE, { id: leaf.id, input: { title: 'Lại sửa' } }), 'CONFLICT');
    const events = ok(
      await gql<{ auditTrail: { edges: { node: { action: string; reason: string | null } }[] } }>(
        `query($y: ID!, $e: ID!) { auditTrail(yearId: $y, entityType: CRITERION, entityId: $e) { edges { node { action reason } } } }`,
        { y: year.id, e: departments },
      ),
    ).auditTrail.edges.map((e) => e.node);
    expect(events).toEqual([
      { action: 'LOCK_SET', reason: null },
      { action: 'REOPEN_SET', reason: 'Sửa lỗi chính tả theo Quyết định 123' },
    ]);
    // The audit trail is the province's: a department officer may not read it.
    expectCode(await gql(`query($y: ID!) { auditTrail(yearId: $y) { totalCount } }`, { y: year.id }, p.deptOfficer.token), 'FORBIDDEN');
  });
});
