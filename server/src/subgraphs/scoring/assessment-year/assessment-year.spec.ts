import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AssessmentYearEntity } from './assessment-year.entity';
import { expectCode, ok, replaceSet, seedProvince, setValidity, YEAR_FIELDS, type YearView } from './scoring-test-kit';

const CREATE = `mutation($input: CreateAssessmentYearInput!) { createAssessmentYear(input: $input) { ${YEAR_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAssessmentYearInput!) { updateAssessmentYear(id: $id, input: $input) { ${YEAR_FIELDS} } }`;
const TRANSITION = `mutation($id: ID!, $to: YearStatus!, $reason: String) { transitionAssessmentYear(id: $id, to: $to, reason: $reason) { from to warnings year { status rosterFrozenAt } } }`;
const NEXT = `query($id: ID!) { assessmentYear(id: $id) { status nextStatuses { to allowed requiresReason reason code warnings } } }`;
const ROSTER = `query($y: ID!, $g: ID, $a: ID, $first: Int, $after: String) { roster(yearId: $y, groupId: $g, assessorUnitId: $a, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { unitId unitName unitKind unitSubtype groupId assessorUnitId assessorUnitName parentDistrictId addedManually } } } }`;

interface RosterNode {
  unitId: string;
  unitName: string;
  unitKind: string;
  unitSubtype: string;
  groupId: string;
  assessorUnitId: string;
  assessorUnitName: string;
  parentDistrictId: string | null;
  addedManually: boolean;
}
type RosterPage = { roster: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: RosterNode }[] } };

describe(`assessment years, groups and roster through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: Awaited<ReturnType<typeof seedProvince>>;
  let other: Awaited<ReturnType<typeof seedProvince>>;
  let y2024: YearView;

  const gql = <T>(query: string, variables: Record<string, unknown>, token = p.admin.token) => system.gql<T>(query, variables, { token });
  const auditCount = () => system.scoringDb.getRepository(AuditEventEntity).count();

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedProvince(system, '22', 'Tỉnh Quảng Ninh');
    other = await seedProvince(system, '24', 'Tỉnh Bắc Giang');
  });
  afterAll(() => system?.stop());

  it('creates a three-level year with default groups and bands; only the province admin may', async () => {
    const input = { provinceId: p.province.id, year: 2024, name: 'Chỉ số CCHC năm 2024', model: 'THREE_LEVEL' };
    expectCode(await gql(CREATE, { input }, other.admin.token), 'FORBIDDEN');
    expectCode(await gql(CREATE, { input }, p.deptOfficer.token), 'FORBIDDEN');
    expectCode(await system.gql(CREATE, { input }), 'UNAUTHENTICATED');
    y2024 = ok(await gql<{ createAssessmentYear: YearView }>(CREATE, { input })).createAssessmentYear;
    expect(y2024.status).toBe('PLANNING');
    expect(y2024.groups.map((g) => [g.code, g.assessorRule])).toEqual([
      ['DEPARTMENTS', 'PROVINCE'],
      ['DISTRICTS', 'PROVINCE'],
      ['WARDS', 'PARENT_DISTRICT'],
      ['COMMUNES', 'PARENT_DISTRICT'],
    ]);
    expect(y2024.classificationBands.map((b) => [b.code, b.minIndex])).toEqual([
      ['EXCELLENT', 90],
      ['GOOD', 80],
      ['FAIR', 70],
      ['AVERAGE', 50],
      ['WEAK', 0],
    ]);
    expect(y2024.headRatings.find((h) => h.bandCode === 'FAIR')?.labelVi).toBe('Hoàn thành nhiệm vụ');
    const again = expectCode(await gql(CREATE, { input }), 'CONFLICT');
    expect(again).toMatch(/đã có kỳ đánh giá năm 2024/);
  });

  it('updates settings with an audit of before/after; bad bands, caps and deadlines are refused and write nothing', async () => {
    const updated = ok(
      await gql<{ updateAssessmentYear: YearView }>(UPDATE, {
        id: y2024.id,
        input: {
          selfAssessmentDeadline: '2025-01-15',
          explanationDeadline: '2025-02-10',
          appraisalDeadline: '2025-02-28',
          publicationDeadline: '2025-04-15',
          bonusCap: 5,
          penaltyCap: 10.5,
        },
      }),
    ).updateAssessmentYear;
    expect(updated).toMatchObject({
      selfAssessmentDeadline: '2025-01-15',
      publicationDeadline: '2025-04-15',
      bonusCap: 5,
      penaltyCap: 10.5,
    });
    const before = await auditCount();
    const overlapping = [
      { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 90, color: '#1B5E20' },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 95, color: '#43A047' },
    ];
    const bandError = expectCode(await gql(UPDATE, { id: y2024.id, input: { classificationBands: overlapping } }), 'BAD_USER_INPUT');
    expect(bandError).toMatch(/xếp loại/);
    expectCode(await gql(UPDATE, { id: y2024.id, input: { bonusCap: 1.234 } }), 'BAD_USER_INPUT');
    expectCode(await gql(UPDATE, { id: y2024.id, input: { penaltyCap: -1 } }), 'BAD_USER_INPUT');
    expect(expectCode(await gql(UPDATE, { id: y2024.id, input: { appraisalDeadline: '2025-01-01' } }), 'BAD_USER_INPUT')).toMatch(
      /Hạn thẩm định phải sau/,
    );
    expectCode(await gql(UPDATE, { id: y2024.id, input: { name: 'x' } }, p.chairB.token), 'FORBIDDEN');
    expect(await auditCount()).toBe(before);
    const stored = await system.scoringDb.getRepository(AssessmentYearEntity).findOneByOrFail({ id: y2024.id });
    expect([stored.bonusCap, stored.penaltyCap, stored.appraisalDeadline, stored.bands.length]).toEqual([500, 1050, '2025-02-28', 5]);

    const bands93 = [
      { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 93, color: '#1B5E20' },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 80, color: '#43A047' },
      { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: 70, color: '#FDD835' },
      { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minIndex: 50, color: '#FB8C00' },
      { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 0, color: '#E53935' },
    ];
    ok(await gql(UPDATE, { id: y2024.id, input: { classificationBands: bands93 } }));
    const trail = ok(
      await gql<{ auditTrail: { edges: { node: { action: string; before: string; after: string; actorName: string } }[] } }>(
        `query($y: ID!) { auditTrail(yearId: $y, entityType: SETTING, first: 1) { edges { node { action before after actorName } } } }`,
        { y: y2024.id },
      ),
    ).auditTrail.edges[0].node;
    expect(trail.action).toBe('UPDATE');
    expect(trail.actorName).toBe('admin.22');
    expect(JSON.parse(trail.before).bands[0].minIndex).toBe(9000);
    expect(JSON.parse(trail.after).bands[0].minIndex).toBe(9300);
  });

  it('nextStatuses explains why the year cannot open; a refused opening writes nothing', async () => {
    const next = ok(
      await gql<{ assessmentYear: { nextStatuses: { to: string; allowed: boolean; reason: string }[] } }>(NEXT, { id: y2024.id }),
    ).assessmentYear.nextStatuses;
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ to: 'SELF_ASSESSMENT', allowed: false });
    expect(next[0].reason).toMatch(/bộ chỉ số còn \d+ lỗi/);
    const forChair = ok(
      await gql<{ assessmentYear: { nextStatuses: { allowed: boolean; reason: string }[] } }>(NEXT, { id: y2024.id }, p.admin.token),
    );
    expect(forChair).toBeTruthy();
    const before = await auditCount();
    const refused = expectCode(await gql(TRANSITION, { id: y2024.id, to: 'SELF_ASSESSMENT' }), 'CONFLICT');
    expect(refused).toMatch(/Chưa thể mở tự đánh giá/);
    expect(await auditCount()).toBe(before);
    expect(await system.scoringDb.getRepository(RosterEntryEntity).countBy({ yearId: y2024.id })).toBe(0);
    expect(expectCode(await gql(TRANSITION, { id: y2024.id, to: 'APPRAISAL' }), 'CONFLICT')).toMatch(/Không thể chuyển/);
  });

  it('builds the three-level roster: communes by their district, departments and districts by the province', async () => {
    const built = ok(
      await gql<{ buildRoster: { added: number; skipped: { unitName: string }[] } }>(
        `mutation($y: ID!) { buildRoster(yearId: $y) { added skipped { unitName reason } } }`,
        {
          y: y2024.id,
        },
      ),
    ).buildRoster;
    // 2 departments, 2 districts, 3 communes valid on 31/12/2024; the July 2025 communes are not.
    expect(built.added).toBe(7);
    const rows = ok(await gql<RosterPage>(ROSTER, { y: y2024.id })).roster.edges.map((e) => e.node);
    const byName = new Map(rows.map((r) => [r.unitName, r]));
    const group = (code: string) => y2024.groups.find((g) => g.code === code)?.id;
    expect(byName.get('Sở Nội vụ')).toMatchObject({
      assessorUnitId: p.province.id,
      assessorUnitName: 'Tỉnh Quảng Ninh',
      groupId: group('DEPARTMENTS'),
    });
    expect(byName.get('Huyện Ba Chẽ')).toMatchObject({ assessorUnitId: p.province.id, groupId: group('DISTRICTS') });
    expect(byName.get('Xã Đạp Thanh')).toMatchObject({
      assessorUnitId: p.districtA.id,
      assessorUnitName: 'Huyện Ba Chẽ',
      parentDistrictId: p.districtA.id,
      groupId: group('COMMUNES'),
    });
    expect(byName.get('Phường Bãi Cháy')).toMatchObject({ assessorUnitId: p.districtB.id, groupId: group('WARDS') });
    expect(byName.has('Xã Ba Chẽ')).toBe(false);
    // Vietnamese order: "Huyện" < "Phường" < "Sở" < "Thành phố" < "Xã"
    expect(rows.map((r) => r.unitName)).toEqual([
      'Huyện Ba Chẽ',
      'Phường Bãi Cháy',
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Thành phố Hạ Long',
      'Xã Đạp Thanh',
      'Xã Thống Nhất',
    ]);
    // Pages follow the cursor.
    const page1 = ok(await gql<RosterPage>(ROSTER, { y: y2024.id, first: 4 })).roster;
    const page2 = ok(await gql<RosterPage>(ROSTER, { y: y2024.id, first: 4, after: page1.pageInfo.endCursor })).roster;
    expect([page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage, page2.edges.length]).toEqual([true, false, 3]);
    // A district chair sees only the units his district assesses.
    const chairView = ok(await gql<RosterPage>(ROSTER, { y: y2024.id }, p.chairB.token)).roster.edges.map((e) => e.node.unitName);
    // …and its own line (the district itself is assessed by the province).
    expect(chairView).toEqual(['Phường Bãi Cháy', 'Thành phố Hạ Long', 'Xã Thống Nhất']);
    expectCode(await gql(ROSTER, { y: y2024.id }, other.admin.token), 'FORBIDDEN');
  });

  it('opens self-assessment once every populated group has a valid set, freezing the roster', async () => {
    for (const group of y2024.groups)
      expect(ok(await replaceSet(system, p.admin.token, y2024.id, group.id)).replaceCriteriaSet.valid).toBe(true);
    const next = ok(await gql<{ assessmentYear: { nextStatuses: { to: string; allowed: boolean }[] } }>(NEXT, { id: y2024.id }))
      .assessmentYear.nextStatuses;
    expect(next).toEqual([expect.objectContaining({ to: 'SELF_ASSESSMENT', allowed: true })]);
    const chairNext = ok(
      await gql<{ assessmentYear: { nextStatuses: { allowed: boolean; code: string }[] } }>(NEXT, { id: y2024.id }, p.chairB.token),
    ).assessmentYear.nextStatuses;
    expect(chairNext[0]).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    const opened = ok(
      await gql<{ transitionAssessmentYear: { from: string; to: string; year: { status: string; rosterFrozenAt: string } } }>(TRANSITION, {
        id: y2024.id,
        to: 'SELF_ASSESSMENT',
      }),
    ).transitionAssessmentYear;
    expect(opened).toMatchObject({ from: 'PLANNING', to: 'SELF_ASSESSMENT', year: { status: 'SELF_ASSESSMENT' } });
    expect(opened.year.rosterFrozenAt).toBeTruthy();
    const status = ok(
      await gql<{ auditTrail: { totalCount: number; edges: { node: { before: string; after: string } }[] } }>(
        `query($y: ID!) { auditTrail(yearId: $y, entityType: STATUS) { totalCount edges { node { before after } } } }`,
        { y: y2024.id },
      ),
    ).auditTrail;
    expect(status.totalCount).toBe(1);
    expect(JSON.parse(status.edges[0].node.after).status).toBe('SELF_ASSESSMENT');
  });

  it('keeps the frozen roster when the org changes; single units can be added or removed until appraisal', async () => {
    await system.orgDb.getRepository(OrgUnitEntity).update({ id: p.communeA.id }, { name: 'Xã Đạp Thanh Mới' });
    const late = await insertUnit(system.orgDb, {
      name: 'Xã Lương Mông',
      kind: OrgUnitKind.COMMUNE,
      code: '22-X9',
      subtype: 'xã',
      parent: p.districtA,
    });
    await setValidity(system, late, '2024-10-01', '2025-06-30');
    expect(expectCode(await gql(`mutation($y: ID!) { buildRoster(yearId: $y) { added } }`, { y: y2024.id }), 'CONFLICT')).toMatch(
      /chuẩn bị/,
    );
    let names = ok(await gql<RosterPage>(ROSTER, { y: y2024.id })).roster.edges.map((e) => e.node.unitName);
    expect(names).toContain('Xã Đạp Thanh');
    expect(names).not.toContain('Xã Lương Mông');

    const communes = y2024.groups.find((g) => g.code === 'COMMUNES')?.id;
    const departments = y2024.groups.find((g) => g.code === 'DEPARTMENTS')?.id;
    // A commune cannot join the departments' group.
    expectCode(
      await gql(`mutation($y: ID!, $u: ID!, $g: ID!) { addRosterUnit(yearId: $y, unitId: $u, groupId: $g) { unitId } }`, {
        y: y2024.id,
        u: late.id,
        g: departments,
      }),
      'BAD_USER_INPUT',
    );
    const added = ok(
      await gql<{ addRosterUnit: RosterNode }>(
        `mutation($y: ID!, $u: ID!, $g: ID!) { addRosterUnit(yearId: $y, unitId: $u, groupId: $g, reason: "Thành lập mới") { unitId assessorUnitId addedManually } }`,
        { y: y2024.id, u: late.id, g: communes },
      ),
    ).addRosterUnit;
    expect(added).toMatchObject({ assessorUnitId: p.districtA.id, addedManually: true });
    expectCode(
      await gql(`mutation($y: ID!, $u: ID!, $g: ID!) { addRosterUnit(yearId: $y, unitId: $u, groupId: $g) { unitId } }`, {
        y: y2024.id,
        u: late.id,
        g: communes,
      }),
      'CONFLICT',
    );
    ok(
      await gql(`mutation($y: ID!, $u: ID!) { removeRosterUnit(yearId: $y, unitId: $u, reason: "Nhập nhầm") }`, {
        y: y2024.id,
        u: p.dept2.id,
      }),
    );
    names = ok(await gql<RosterPage>(ROSTER, { y: y2024.id })).roster.edges.map((e) => e.node.unitName);
    expect(names).toContain('Xã Lương Mông');
    expect(names).not.toContain('Sở Tư pháp');
    const rosterAudit = ok(
      await gql<{ auditTrail: { edges: { node: { action: string; reason: string; before: string | null; after: string | null } }[] } }>(
        `query($y: ID!) { auditTrail(yearId: $y, entityType: ROSTER) { edges { node { action reason before after } } } }`,
        { y: y2024.id },
      ),
    ).auditTrail.edges.map((e) => e.node);
    expect(rosterAudit.slice(0, 2).map((e) => [e.action, e.reason])).toEqual([
      ['REMOVE_UNIT', 'Nhập nhầm'],
      ['ADD_UNIT', 'Thành lập mới'],
    ]);
    expect(JSON.parse(rosterAudit[0].before ?? '{}').unitName).toBe('Sở Tư pháp');
    expect(rosterAudit[0].after).toBeNull();
  });

  it('refuses backward moves without a reason and finalizing with unapproved sheets; the roster closes at appraisal', async () => {
    expect(expectCode(await gql(TRANSITION, { id: y2024.id, to: 'PLANNING' }), 'BAD_USER_INPUT')).toMatch(/lý do/);
    ok(await gql(TRANSITION, { id: y2024.id, to: 'APPRAISAL' }));
    expect(
      expectCode(
        await gql(`mutation($y: ID!, $u: ID!) { removeRosterUnit(yearId: $y, unitId: $u) }`, { y: y2024.id, u: p.dept.id }),
        'CONFLICT',
      ),
    ).toMatch(/trước khi bắt đầu thẩm định/);
    const refused = expectCode(await gql(TRANSITION, { id: y2024.id, to: 'FINALIZED' }), 'CONFLICT');
    expect(refused).toMatch(/Chưa thể chốt kết quả/);
    const en = await system.gql(TRANSITION, { id: y2024.id, to: 'FINALIZED' }, { token: p.admin.token, locale: 'en' });
    expect(en.errors?.[0].message).toMatch(/Cannot finalize/);
    expect(expectCode(await gql(TRANSITION, { id: y2024.id, to: 'PUBLISHED' }), 'CONFLICT')).toMatch(/sau khi đã chốt/);
  });

  it('copies a whole year into a two-level year: groups, sets, bands, caps, shifted deadlines; no assignments', async () => {
    const sourceNodes = await system.scoringDb.getRepository(CriteriaNodeEntity).countBy({ yearId: y2024.id });
    const y2025 = ok(
      await gql<{ createAssessmentYear: YearView }>(CREATE, {
        input: { provinceId: p.province.id, year: 2025, name: 'Chỉ số CCHC năm 2025', model: 'TWO_LEVEL', copyFromYearId: y2024.id },
      }),
    ).createAssessmentYear;
    expect(y2025).toMatchObject({
      status: 'PLANNING',
      copiedFromYearId: y2024.id,
      selfAssessmentDeadline: '2026-01-15',
      explanationDeadline: '2026-02-10',
      appraisalDeadline: '2026-02-28',
      publicationDeadline: '2026-04-15',
      bonusCap: 5,
      penaltyCap: 10.5,
      rosterFrozenAt: null,
    });
    expect(y2025.classificationBands[0].minIndex).toBe(93);
    expect(y2025.groups.map((g) => [g.code, g.assessorRule])).toEqual([
      ['DEPARTMENTS', 'PROVINCE'],
      ['DISTRICTS', 'PROVINCE'],
      ['WARDS', 'PROVINCE'],
      ['COMMUNES', 'PROVINCE'],
    ]);
    expect(await system.scoringDb.getRepository(CriteriaNodeEntity).countBy({ yearId: y2025.id })).toBe(sourceNodes);
    const otherCopy = await gql(
      CREATE,
      { input: { provinceId: other.province.id, year: 2025, name: 'x', model: 'TWO_LEVEL', copyFromYearId: y2024.id } },
      other.admin.token,
    );
    expectCode(otherCopy, 'BAD_USER_INPUT');

    // Two-level roster: July 2025 communes assessed by the province; closed districts and communes left out.
    ok(await gql(`mutation($y: ID!) { buildRoster(yearId: $y) { added } }`, { y: y2025.id }));
    const rows = ok(await gql<RosterPage>(ROSTER, { y: y2025.id })).roster.edges.map((e) => e.node);
    expect(rows.map((r) => r.unitName)).toEqual(['Phường Hạ Long', 'Sở Nội vụ', 'Sở Tư pháp', 'Xã Ba Chẽ']);
    expect(rows.every((r) => r.assessorUnitId === p.province.id && r.parentDistrictId === null)).toBe(true);
    expect(rows.find((r) => r.unitName === 'Phường Hạ Long')?.groupId).toBe(y2025.groups.find((g) => g.code === 'WARDS')?.id);
  });

  it('manages unit groups in planning only, with coded refusals', async () => {
    const y2023 = ok(
      await gql<{ createAssessmentYear: YearView }>(CREATE, {
        input: { provinceId: p.province.id, year: 2023, name: 'Chỉ số CCHC năm 2023', model: 'TWO_LEVEL' },
      }),
    ).createAssessmentYear;
    expect(y2023.groups.map((g) => g.code)).toEqual(['DEPARTMENTS', 'WARDS', 'COMMUNES']);
    const UPSERT = `mutation($input: UnitGroupInput!) { upsertUnitGroup(input: $input) { id code name assessorRule criteriaTotal memberKinds memberSubtypes } }`;
    const special = ok(
      await gql<{ upsertUnitGroup: { id: string; criteriaTotal: number; memberSubtypes: string[] } }>(UPSERT, {
        input: {
          yearId: y2023.id,
          code: 'special_zones',
          name: 'Khối đặc khu',
          assessorRule: 'PROVINCE',
          memberKinds: ['COMMUNE'],
          memberSubtypes: ['Đặc khu'],
          criteriaTotal: 100,
        },
      }),
    ).upsertUnitGroup;
    expect(special).toMatchObject({ code: 'SPECIAL_ZONES', criteriaTotal: 100, memberSubtypes: ['đặc khu'] });
    expectCode(
      await gql(UPSERT, { input: { yearId: y2023.id, code: 'WARDS', name: 'Trùng', assessorRule: 'PROVINCE', memberKinds: ['COMMUNE'] } }),
      'CONFLICT',
    );
    expectCode(
      await gql(UPSERT, {
        input: { yearId: y2023.id, code: 'X', name: 'Huyện đánh giá', assessorRule: 'PARENT_DISTRICT', memberKinds: ['COMMUNE'] },
      }),
      'BAD_USER_INPUT',
    );
    expectCode(
      await gql(UPSERT, { input: { yearId: y2023.id, code: 'Y', name: 'Tỉnh', assessorRule: 'PROVINCE', memberKinds: ['PROVINCE'] } }),
      'BAD_USER_INPUT',
    );
    ok(await gql(`mutation($id: ID!) { deleteUnitGroup(id: $id) }`, { id: special.id }));
    // The 2024 year is open: its groups are frozen.
    const closed = expectCode(await gql(`mutation($id: ID!) { deleteUnitGroup(id: $id) }`, { id: y2024.groups[0].id }), 'CONFLICT');
    expect(closed).toMatch(/chuẩn bị/);
  });

  it('assessmentYears and assessmentYear are for users of the province', async () => {
    const list = ok(
      await gql<{ assessmentYears: { year: number }[] }>(`query($p: ID!) { assessmentYears(provinceId: $p) { year } }`, {
        p: p.province.id,
      }),
    );
    expect(list.assessmentYears.map((y) => y.year)).toEqual([2025, 2024, 2023]);
    // A district on the 2024 roster belongs to the province; another province's admin does not.
    ok(await gql(`query($id: ID!) { assessmentYear(id: $id) { name } }`, { id: y2024.id }, p.chairB.token));
    expectCode(await gql(`query($id: ID!) { assessmentYear(id: $id) { name } }`, { id: y2024.id }, other.admin.token), 'FORBIDDEN');
    expectCode(await gql(`query($id: ID!) { assessmentYear(id: $id) { name } }`, { id: 'not-an-id' }), 'BAD_USER_INPUT');
    expectCode(await gql(`query($id: ID!) { assessmentYear(id: $id) { name } }`, { id: crypto.randomUUID() }), 'NOT_FOUND');
  });
});
