/**
 * Adversarial audit of the accountability cycle through the gateway: who reads and acts on
 * inspections, findings and remediation items (another unit, a district's neighbour, another
 * province, an app, nobody, a disabled account), hostile findings (quantities, texts, dates, ids
 * of elsewhere), and what follows when a finding's penalty changes or is withdrawn (stored results
 * equal a recompute from scratch; the remediation item and the inbox follow).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { resultDrift } from '../results/results-oracle';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { InspectionEntity, InspectionFindingEntity } from './inspection.entity';
import { RemediationItemEntity } from './remediation.entity';

const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id penaltyCount
  findings { id text criterionCode quantity remediationId remediationStatus } } }`;
const DELETE = `mutation($id: ID!) { deleteInspection(id: $id, reason: "Nhập nhầm") }`;
const INSPECTIONS = `query($y: ID!, $u: ID) { inspections(yearId: $y, unitId: $u) { id unitName } }`;
const INSPECTION = `query($id: ID!) { inspection(id: $id) { id unitName } }`;
const UNIT_INSPECTIONS = `query($u: ID!) { unitInspections(unitId: $u) { id } }`;
const ITEMS = `query($y: ID!, $u: ID) { remediationItems(yearId: $y, unitId: $u) { id unitName status availableActions } }`;
const ITEM = `query($id: ID!) { remediationItem(id: $id) { id status } }`;
const SUMMARY = `query($y: ID!) { remediationSummary(yearId: $y) { unitName pending } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;
const CREATE_ITEM = `mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id } }`;
const UPDATE_ITEM = `mutation($id: ID!, $title: String, $reason: String!) { updateRemediationItem(id: $id, title: $title, reason: $reason) { id } }`;
const MATRIX = `query($y: ID!) { reportMatrix(yearId: $y) { rows { unitName } } }`;
const TASKS = `{ myTasks { id kind targetId } }`;

describe(`the accountability cycle under attack (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let apiKey: string;
  let stpInspection: string;
  let stpItem: string;
  let c1aInspection: string;
  let c1aItem: string;
  const unit = (k: string) => f.units[k].id;
  const leaf = (u: string, c: string) => (['STP', 'SYT', 'SNV'].includes(u) ? f.nodes.d : f.nodes.c).get(c)!.id;
  const inspectionInput = (u: string, findings: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
    yearId: f.year.id,
    unitId: unit(u),
    kind: 'CCHC',
    date: '2024-10-15',
    team: 'Đoàn kiểm tra CCHC tỉnh',
    decisionNumber: '210/QĐ-UBND',
    findings,
    ...extra,
  });
  const save = (who: string, u: string, findings: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    f.gql<{
      saveInspection: { id: string; penaltyCount: number; findings: { id: string; remediationId: string; remediationStatus: string }[] };
    }>(who, SAVE, { input: inspectionInput(u, findings, extra) });
  const asApp = (query: string, variables: Record<string, unknown>) => f.system.gql(query, variables, { headers: { 'x-api-key': apiKey } });
  const counts = async () => {
    const db = f.system.scoringDb;
    return [
      await db.getRepository(InspectionEntity).count(),
      await db.getRepository(InspectionFindingEntity).count(),
      await db.getRepository(RemediationItemEntity).count(),
      await db.getRepository(AssessorEntryEntity).count(),
    ];
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ '2.4': 'Vi phạm do đoàn kiểm tra kết luận', '2.5': 'Điểm do hội đồng chấm' });
    for (const u of ['STP', 'SYT', 'C1a']) await f.submitOwnLeaves(u, ['2.4', '2.5']);
    // The leaves were made the assessor's behind the API's back: bring the stored results in line (as the criteria editor would).
    expect(
      (await f.gql('admin', 'mutation($y: ID!) { recomputeYearResults(yearId: $y) { __typename } }', { y: f.year.id })).errors,
    ).toBeUndefined();
    // Another province with its administrator; an external app of this province.
    const hn = await insertUnit(f.system.orgDb, { name: 'Thành phố Hà Nội', kind: OrgUnitKind.PROVINCE, code: '01', subtype: 'thành phố' });
    f.tokens.otherAdmin = (await f.system.createUser({ username: 'hn.admin', unitId: hn.id, roles: [Role.PROVINCE_ADMIN] })).token;
    apiKey = (
      await f.gql<{ createApiClient: { key: string } }>('admin', 'mutation { createApiClient(input: { name: "Cổng thông tin" }) { key } }')
    ).data!.createApiClient.key;

    const stp = await save('appraiserP', 'STP', [{ text: 'Vi phạm tiếp nhận hồ sơ', criterionId: leaf('STP', '2.4'), quantity: 1 }]);
    expect(stp.errors).toBeUndefined();
    stpInspection = stp.data!.saveInspection.id;
    stpItem = stp.data!.saveInspection.findings[0].remediationId;
    const c1a = await save('chairH1', 'C1a', [{ text: 'Chưa niêm yết TTHC' }], { team: 'Đoàn kiểm tra huyện Vân Đồn' });
    expect(c1a.errors).toBeUndefined();
    c1aInspection = c1a.data!.saveInspection.id;
    c1aItem = c1a.data!.saveInspection.findings[0].remediationId;
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('lists: a unit reads its own, a district its communes, another unit, district or province nothing', async () => {
    const names = async (who: string, query: string, field: string) => {
      const res = await f.gql<Record<string, { unitName: string }[]>>(who, query, { y: f.year.id });
      if (res.errors) return code(res);
      return [...new Set(res.data![field].map((x) => x.unitName))].sort();
    };
    const expected: [string, string[] | string][] = [
      ['admin', ['Sở Tư pháp', 'Xã Đài Xuyên']],
      ['viewerP', ['Sở Tư pháp', 'Xã Đài Xuyên']],
      ['officerSTP', ['Sở Tư pháp']],
      ['headC1a', ['Xã Đài Xuyên']],
      ['chairH1', ['Xã Đài Xuyên']],
      ['appraiserH1', ['Xã Đài Xuyên']],
      ['officerSYT', []],
      ['officerC1b', []],
      ['chairH2', []],
      ['otherAdmin', []],
    ];
    for (const [who, want] of expected) {
      expect([who, 'inspections', await names(who, INSPECTIONS, 'inspections')]).toEqual([who, 'inspections', want]);
      expect([who, 'items', await names(who, ITEMS, 'remediationItems')]).toEqual([who, 'items', want]);
      expect([who, 'summary', await names(who, SUMMARY, 'remediationSummary')]).toEqual([who, 'summary', want]);
    }
    // One record by id: refused outside the unit's scope.
    for (const who of ['officerSYT', 'chairH1', 'chairH2', 'otherAdmin', 'headC1a']) {
      expect([who, code(await f.gql(who, INSPECTION, { id: stpInspection }))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await f.gql(who, ITEM, { id: stpItem }))]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['officerSTP', 'chairH2', 'otherAdmin', 'officerC1b']) {
      expect([who, code(await f.gql(who, INSPECTION, { id: c1aInspection }))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await f.gql(who, ITEM, { id: c1aItem }))]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['officerSYT', 'chairH2', 'otherAdmin']) {
      const res = await f.gql<{ unitInspections: unknown[] }>(who, UNIT_INSPECTIONS, { u: unit('STP') });
      expect([who, res.data?.unitInspections ?? code(res)]).toEqual([who, []]);
    }
    // The periodic report matrix: another province is refused, a unit sees its own row.
    expect(code(await f.gql('otherAdmin', MATRIX, { y: f.year.id }))).toBe('FORBIDDEN');
    const own = await f.gql<{ reportMatrix: { rows: { unitName: string }[] } }>('officerSYT', MATRIX, { y: f.year.id });
    expect(own.data!.reportMatrix.rows.map((r) => r.unitName)).toEqual(['Sở Y tế']);
  });

  it('nobody and an external app read nothing internal: inspections, items, reports are refused', async () => {
    for (const [query, variables] of [
      [INSPECTIONS, { y: f.year.id }],
      [INSPECTION, { id: stpInspection }],
      [UNIT_INSPECTIONS, { u: unit('STP') }],
      [ITEMS, { y: f.year.id }],
      [ITEM, { id: stpItem }],
      [SUMMARY, { y: f.year.id }],
      [MATRIX, { y: f.year.id }],
      [TASKS, {}],
    ] as [string, Record<string, unknown>][]) {
      const anonymous = await f.gql(undefined, query, variables);
      expect([query.slice(0, 40), code(anonymous)]).toEqual([query.slice(0, 40), 'UNAUTHENTICATED']);
      const app = await asApp(query, variables);
      expect([query.slice(0, 40), app.data ?? null, ['UNAUTHENTICATED', 'FORBIDDEN'].includes(code(app) ?? '')]).toEqual([
        query.slice(0, 40),
        null,
        true,
      ]);
    }
  });

  it('acting on an item: only its unit reports, only its assessor decides; a disabled account is refused', async () => {
    const report = { action: 'REPORT', note: 'Đã khắc phục', evidence: [{ documentNumber: '15/BC-STP' }] };
    for (const who of ['officerSYT', 'viewerP', 'chairH1', 'otherAdmin'])
      expect([who, code(await f.gql(who, ACT, { input: { id: stpItem, ...report } }))]).toEqual([who, 'FORBIDDEN']);
    // The assessor does not report for the unit; the unit does not accept its own report.
    expect(code(await f.gql('admin', ACT, { input: { id: stpItem, ...report } }))).toBe('FORBIDDEN');
    expect((await f.gql('officerSTP', ACT, { input: { id: stpItem, ...report } })).errors).toBeUndefined();
    expect(code(await f.gql('headSTP', ACT, { input: { id: stpItem, action: 'ACCEPT' } }))).toBe('FORBIDDEN');
    // A district decides on its communes' items only; the province's viewer decides nothing.
    expect((await f.gql('headC1a', ACT, { input: { id: c1aItem, ...report } })).errors).toBeUndefined();
    expect(code(await f.gql('chairH2', ACT, { input: { id: c1aItem, action: 'ACCEPT' } }))).toBe('FORBIDDEN');
    expect(code(await f.gql('viewerP', ACT, { input: { id: c1aItem, action: 'ACCEPT' } }))).toBe('FORBIDDEN');
    // The officer's account is disabled: his token no longer acts or reads.
    const officer = await f.system.createUser({ username: 'canbo.tamthoi', unitId: unit('STP'), roles: [Role.UNIT_OFFICER] });
    // (Not read before: a gateway trusts a checked session for SESSION_CACHE_SECONDS, 5 s by default — documented.)
    const disabled = await f.gql('admin', 'mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }', {
      id: officer.user.id,
    });
    expect(disabled.errors).toBeUndefined();
    const after = await f.system.gql(ITEMS, { y: f.year.id }, { token: officer.token });
    expect(code(after)).toBe('UNAUTHENTICATED');
    expect(code(await f.system.gql(ACT, { input: { id: stpItem, ...report } }, { token: officer.token }))).toBe('UNAUTHENTICATED');
  });

  it('recording inspections: only the unit’s assessor, never for another province or a unit of another district', async () => {
    const before = await counts();
    for (const [who, u] of [
      ['chairH2', 'C1a'],
      ['chairH1', 'STP'],
      ['viewerP', 'STP'],
      ['officerSTP', 'STP'],
      ['headC1a', 'C1a'],
      ['otherAdmin', 'STP'],
    ])
      expect([who, u, code(await save(who, u, [{ text: 'Kết luận' }]))]).toEqual([who, u, 'FORBIDDEN']);
    // Moving an existing inspection to another unit by changing its unitId: not found there.
    const moved = await save('admin', 'SYT', [{ text: 'Chuyển sang đơn vị khác' }], { id: stpInspection });
    expect(code(moved)).toBe('NOT_FOUND');
    // Deleting another district's commune inspection.
    expect(code(await f.gql('chairH2', DELETE, { id: c1aInspection }))).toBe('FORBIDDEN');
    expect(code(await f.gql('otherAdmin', DELETE, { id: stpInspection }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('hostile findings are refused whole, nothing written: quantities, leaves of elsewhere, sizes, dates, duplicates', async () => {
    const before = await counts();
    const d24 = leaf('STP', '2.4');
    const d25 = leaf('STP', '2.5');
    const cases: [string, Record<string, unknown>[], Record<string, unknown>, string, string | null][] = [
      ['negative count', [{ text: 'x', criterionId: d24, quantity: -1 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['zero count', [{ text: 'x', criterionId: d24, quantity: 0 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['fractional count', [{ text: 'x', criterionId: d24, quantity: 1.5 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['1e308 violations', [{ text: 'x', criterionId: d24, quantity: 1e308 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['10 001 violations', [{ text: 'x', criterionId: d24, quantity: 10_001 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['1e308 points', [{ text: 'x', criterionId: d25, quantity: 1e308 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['negative points', [{ text: 'x', criterionId: d25, quantity: -2 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['thousandths of a point', [{ text: 'x', criterionId: d25, quantity: 0.001 }], {}, 'BAD_USER_INPUT', 'INVALID_QUANTITY'],
      ['a leaf without a quantity', [{ text: 'x', criterionId: d24 }], {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a quantity without a leaf', [{ text: 'x', quantity: 2 }], {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a commune set’s leaf on a department', [{ text: 'x', criterionId: leaf('C1a', '2.4'), quantity: 1 }], {}, 'NOT_FOUND', null],
      ['a parent node', [{ text: 'x', criterionId: f.nodes.d.get('2')!.id, quantity: 1 }], {}, 'NOT_FOUND', null],
      ['a malformed id', [{ text: 'x', criterionId: 'x'.repeat(5000), quantity: 1 }], {}, 'BAD_USER_INPUT', null],
      ['the unit’s own leaf', [{ text: 'x', criterionId: leaf('STP', '1.1'), quantity: 1 }], {}, 'BAD_USER_INPUT', 'NOT_ASSESSOR_LEAF'],
      ['101 findings', Array.from({ length: 101 }, (_, i) => ({ text: `Kết luận ${i}` })), {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a finding of 4 001 characters', [{ text: 'a'.repeat(4001) }], {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['an empty finding', [{ text: '   ' }], {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a team of 1 001 characters', [{ text: 'x' }], { team: 'a'.repeat(1001) }, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a conclusion of 8 001 characters', [{ text: 'x' }], { conclusion: 'a'.repeat(8001) }, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['an inspection before the year', [{ text: 'x' }], { date: '2023-12-31' }, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['an inspection two years later', [{ text: 'x' }], { date: '2026-01-01' }, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['an impossible day', [{ text: 'x' }], { date: '2024-02-30' }, 'BAD_USER_INPUT', null],
      ['a deadline before the inspection', [{ text: 'x', deadline: '2024-10-14' }], {}, 'BAD_USER_INPUT', 'INVALID_INSPECTION'],
      ['a deadline in 2300', [{ text: 'x', deadline: '2300-01-01' }], {}, 'BAD_USER_INPUT', null],
      ['an unknown kind', [{ text: 'x' }], { kind: 'THANH_TRA' }, 'BAD_USER_INPUT', null],
    ];
    for (const [what, findings, extra, wantCode, wantReason] of cases) {
      const res = await save('admin', 'STP', [{ text: 'Kết luận hợp lệ bên cạnh' }, ...findings], extra);
      expect([what, code(res)]).toEqual([what, wantCode]);
      if (wantReason) expect([what, reason(res)]).toEqual([what, wantReason]);
      expect(JSON.stringify(res.errors).length).toBeLessThan(3000);
    }
    // The same stored finding sent twice, or one of another inspection.
    const stored = (await f.gql<{ inspection: { id: string } }>('admin', INSPECTION, { id: stpInspection })).data!.inspection;
    expect(stored.id).toBe(stpInspection);
    const findingId = (await f.system.scoringDb.getRepository(InspectionFindingEntity).findOneByOrFail({ inspectionId: stpInspection })).id;
    const twice = await save(
      'admin',
      'STP',
      [
        { id: findingId, text: 'a' },
        { id: findingId, text: 'b' },
      ],
      { id: stpInspection },
    );
    expect(reason(twice)).toBe('INVALID_INSPECTION');
    const foreign = await save('admin', 'C1a', [{ id: findingId, text: 'Lấy kết luận của đơn vị khác' }], { id: c1aInspection });
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('remediation items: hostile titles, dates and units are refused; a closed item cannot be edited', async () => {
    const input = { yearId: f.year.id, unitId: unit('SYT'), sourceType: 'MANUAL', title: 'Rà soát quy trình', deadline: '2025-06-30' };
    const before = await counts();
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, title: 'a'.repeat(2001) } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, title: '  ' } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, deadline: '1899-12-31' } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, deadline: '2024-13-01' } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, sourceType: 'INSPECTION' } }))).toBe('BAD_USER_INPUT');
    expect(code(await f.gql('otherAdmin', CREATE_ITEM, { input }))).toBe('FORBIDDEN');
    expect(code(await f.gql('chairH1', CREATE_ITEM, { input }))).toBe('FORBIDDEN');
    expect(code(await f.gql('officerSYT', CREATE_ITEM, { input }))).toBe('FORBIDDEN');
    // The unit's sheet is not appraised: no appraisal item yet (its provisional points stay hidden).
    const appraisal = await f.gql('admin', CREATE_ITEM, { input: { ...input, sourceType: 'APPRAISAL', criterionId: leaf('SYT', '2.2') } });
    expect(reason(appraisal)).toBe('APPRAISAL_INCOMPLETE');
    // A commune's leaf named for a department's item.
    expect(code(await f.gql('admin', CREATE_ITEM, { input: { ...input, criterionId: leaf('C1a', '2.2') } }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    // The STP item was reported: accepted, it is closed and no longer edited.
    expect((await f.gql('admin', ACT, { input: { id: stpItem, action: 'ACCEPT' } })).errors).toBeUndefined();
    const edit = await f.gql('admin', UPDATE_ITEM, { id: stpItem, title: 'Sửa sau khi đóng', reason: 'Thử' });
    expect([code(edit), reason(edit)]).toEqual(['CONFLICT', 'REMEDIATION_STATE']);
    for (const who of ['officerSTP', 'viewerP', 'otherAdmin'])
      expect([who, code(await f.gql(who, UPDATE_ITEM, { id: c1aItem, title: 'Sửa', reason: 'Thử' }))]).toEqual([who, 'FORBIDDEN']);
  });

  it('a finding’s penalty changed, then withdrawn: stored results equal a recompute, the item is cancelled, the inbox follows', async () => {
    const saved = await save('appraiserP', 'SYT', [
      { text: 'Vi phạm thời hạn giải quyết', criterionId: leaf('SYT', '2.4'), quantity: 2 },
      { text: 'Điểm hội đồng', criterionId: leaf('SYT', '2.5'), quantity: 7.25 },
    ]);
    expect(saved.errors).toBeUndefined();
    const inspection = saved.data!.saveInspection;
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
    const tasks = async (who: string) =>
      (await f.gql<{ myTasks: { kind: string; targetId: string }[] }>(who, TASKS)).data!.myTasks.filter((t) => t.kind === 'REMEDIATE');
    const itemIds = inspection.findings.map((x) => x.remediationId);
    expect((await tasks('officerSYT')).map((t) => t.targetId).sort()).toEqual([...itemIds].sort());

    // More violations, more points: the leaf is re-derived and the stored figures follow.
    const [first, second] = inspection.findings;
    const changed = await save(
      'appraiserP',
      'SYT',
      [
        { id: first.id, text: 'Vi phạm thời hạn giải quyết', criterionId: leaf('SYT', '2.4'), quantity: 4 },
        { id: second.id, text: 'Điểm hội đồng', criterionId: leaf('SYT', '2.5'), quantity: 9999.99 },
      ],
      { id: inspection.id },
    );
    expect(changed.errors).toBeUndefined();
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);

    // The second finding is withdrawn: its record goes, its item is cancelled and leaves the unit's desk.
    const withdrawn = await save(
      'appraiserP',
      'SYT',
      [{ id: first.id, text: 'Vi phạm thời hạn giải quyết', criterionId: leaf('SYT', '2.4'), quantity: 4 }],
      {
        id: inspection.id,
      },
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
    const cancelled = await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id: second.remediationId });
    expect(cancelled.status).toBe('CANCELLED');
    expect((await tasks('officerSYT')).map((t) => t.targetId)).toEqual([first.remediationId]);
    expect(
      await f.system.scoringDb.getRepository(AssessorEntryEntity).countBy({ unitId: unit('SYT'), criterionId: leaf('SYT', '2.5') }),
    ).toBe(0);

    // The whole inspection deleted: nothing of it remains on the sheet.
    expect((await f.gql('appraiserP', DELETE, { id: inspection.id })).errors).toBeUndefined();
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).countBy({ unitId: unit('SYT') })).toBe(0);
    expect(await tasks('officerSYT')).toEqual([]);
  });
});
