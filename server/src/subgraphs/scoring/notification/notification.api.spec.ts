import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { NotificationEntity } from './notification.entity';

interface Note {
  id: string;
  kind: string;
  title: string;
  body: string;
  yearId: string;
  sheetId: string | null;
  unitName: string | null;
  deadline: string | null;
  read: boolean;
}
interface Page {
  items: Note[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  unreadCount: number;
}
const PAGE = `query($first: Int, $after: String) { myNotifications(first: $first, after: $after) {
  items { id kind title body yearId sheetId unitName deadline read } hasNextPage endCursor totalCount unreadCount } }`;

/**
 * Notifications follow the work: each move of a sheet or a year puts a row on the desks it
 * concerns (one row per unit audience, in the move's transaction), and each user reads only
 * those of his unit and roles.
 */
describe(`notifications (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  const token: Record<string, string> = {};
  const sheetOf: Record<string, string> = {};
  const unitId: Record<string, string> = {};

  const gql = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    system.gql<T>(query, variables, { token: token[who] }) as Promise<GraphQLResponse<T>>;
  const ok = <T>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const page = async (who: string, first = 20, after: string | null = null) =>
    ok(await gql<{ myNotifications: Page }>(who, PAGE, { first, after })).myNotifications;
  const kinds = async (who: string) => (await page(who)).items.map((n) => `${n.kind} ${n.unitName}`);
  const unread = async (who: string) =>
    ok(await gql<{ unreadNotificationCount: number }>(who, '{ unreadNotificationCount }')).unreadNotificationCount;
  const version = async (unit: string) =>
    (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf[unit] })).version;
  const act = async (who: string, unit: string, call: string, extra = '', variables: Record<string, unknown> = {}) =>
    gql(who, `mutation($s: ID!, $v: Int!${extra}) { r: ${call} { id } }`, { s: sheetOf[unit], v: await version(unit), ...variables });
  const rows = () => system.scoringDb.getRepository(NotificationEntity).count();

  beforeAll(async () => {
    system = await startTestSystem();
    const p = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    unitId.P = p.id;
    const units = [];
    for (const [code, name] of [
      ['STP', 'Sở Tư pháp'],
      ['SYT', 'Sở Y tế'],
    ]) {
      const u = await insertUnit(system.orgDb, { name, kind: OrgUnitKind.DEPARTMENT, code, subtype: 'sở', parent: p });
      unitId[code] = u.id;
      units.push(u);
    }
    year = await insertYear(system.scoringDb, {
      provinceUnitId: p.id,
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
      deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-30', appraisal: '2099-12-29' },
    });
    const group = await insertGroup(system.scoringDb, year.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    nodes = await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
      units.map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
    );
    const users: [string, string, Role[]][] = [
      ['admin', p.id, [Role.PROVINCE_ADMIN]],
      ['officerSTP', unitId.STP, [Role.UNIT_OFFICER]],
      ['headSTP', unitId.STP, [Role.UNIT_HEAD]],
      ['officerSYT', unitId.SYT, [Role.UNIT_OFFICER]],
      ['appraiser', p.id, [Role.APPRAISER]],
      ['appraiserSYT', p.id, [Role.APPRAISER]],
      ['chair', p.id, [Role.ASSESSOR_CHAIR]],
    ];
    for (const [name, unit, roles] of users) {
      const created = await system.createUser({ username: name, unitId: unit, roles });
      token[name] = created.token;
      if (name === 'appraiserSYT')
        await system.scoringDb.getRepository(AppraiserAssignmentEntity).insert({
          id: randomUUID(),
          yearId: year.id,
          userId: created.user.id,
          assessorUnitId: p.id,
          unitIds: [unitId.SYT],
          areaCodes: [],
        });
    }
  });
  afterAll(() => system?.stop());

  it('opening the year tells each roster unit’s staff, one row per unit, each opening its own sheet', async () => {
    ok(
      await gql('admin', 'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { __typename } }', {
        id: year.id,
      }),
    );
    for (const s of await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id }))
      sheetOf[s.unitId === unitId.STP ? 'STP' : 'SYT'] = s.id;
    expect(await rows()).toBe(2);
    // No SMTP server configured here: no e-mail is queued, so none will ever be attempted.
    expect((await system.scoringDb.getRepository(NotificationEntity).find()).map((n) => n.mailStatus)).toEqual([null, null]);
    const mine = await page('officerSTP');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'YEAR_OPENED',
      title: 'Đã mở kỳ tự đánh giá Chỉ số CCHC năm 2025',
      body: 'Sở Tư pháp cần nhập và nộp phiếu tự đánh giá. Hạn: 31/12/2099.',
      sheetId: sheetOf.STP,
      yearId: year.id,
      deadline: '2099-12-31',
      read: false,
    });
    expect(mine.unreadCount).toBe(1);
    expect((await page('officerSYT')).items.map((n) => n.sheetId)).toEqual([sheetOf.SYT]);
    expect(await kinds('headSTP')).toEqual(['YEAR_OPENED Sở Tư pháp']);
    // Not the assessor side's desk, nor the administrator's.
    expect(await kinds('appraiser')).toEqual([]);
    expect(await kinds('admin')).toEqual([]);
  });

  it('an officer’s request for attestation reaches the head only', async () => {
    ok(await gql('officerSTP', 'mutation($s: ID!) { requestAttestation(sheetId: $s) { id } }', { s: sheetOf.STP }));
    expect(await kinds('headSTP')).toEqual(['ATTESTATION_REQUESTED Sở Tư pháp', 'YEAR_OPENED Sở Tư pháp']);
    expect(await kinds('officerSTP')).toEqual(['YEAR_OPENED Sở Tư pháp']);
  });

  it('a refused submission notifies nobody; a submission reaches the appraisers of that unit, not one limited to another unit', async () => {
    const before = await rows();
    const refused = await act('headSTP', 'STP', 'submitSelfAssessment(sheetId: $s, version: $v)');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows()).toBe(before);

    const values: Record<string, string | null> = {
      '1.1': '1',
      '1.2': 'tot',
      '2.1': '4',
      '2.2': '100',
      '2.3': '100',
      '2.4': '0',
      'T.1': '0',
      'D.1': '0',
    };
    const entries = [
      ...Object.entries(values).map(([c, v]) => ({ criterionId: nodes.get(c)!.id, declaredValue: v })),
      { criterionId: nodes.get('2.5')!.id, declaredValue: null, notApplicable: true },
    ];
    ok(
      await act('headSTP', 'STP', 'saveSelfAssessment(sheetId: $s, version: $v, entries: $e)', ', $e: [SelfAssessmentEntryInput!]!', {
        e: entries,
      }),
    );
    expect(await rows()).toBe(before); // a save moves nothing
    ok(await act('headSTP', 'STP', 'submitSelfAssessment(sheetId: $s, version: $v)'));
    expect(await rows()).toBe(before + 1);
    const [submitted] = (await page('appraiser')).items;
    expect(submitted).toMatchObject({
      kind: 'SHEET_SUBMITTED',
      title: 'Sở Tư pháp đã nộp phiếu tự đánh giá',
      body: 'Phiếu Chỉ số CCHC năm 2025 chờ thẩm định. Hạn: 29/12/2099.',
      sheetId: sheetOf.STP,
    });
    expect(await kinds('appraiserSYT')).toEqual([]);
    // The head who submitted is not told of his own act; his officer is not the audience.
    expect((await kinds('headSTP'))[0]).toBe('ATTESTATION_REQUESTED Sở Tư pháp');
    expect(await kinds('officerSTP')).toEqual(['YEAR_OPENED Sở Tư pháp']);
  });

  it('an explanation request reaches the unit’s officer and head with the explanation deadline', async () => {
    ok(await act('appraiser', 'STP', 'startAppraisal(sheetId: $s, version: $v)'));
    ok(
      await act('appraiser', 'STP', 'requestExplanation(sheetId: $s, version: $v, items: $i)', ', $i: [ExplanationRequestInput!]!', {
        i: [{ criterionId: nodes.get('1.1')!.id, note: 'Bổ sung kế hoạch đã ban hành' }],
      }),
    );
    for (const who of ['officerSTP', 'headSTP']) {
      const [latest] = (await page(who)).items;
      expect(latest).toMatchObject({ kind: 'EXPLANATION_REQUESTED', title: 'Đề nghị giải trình', deadline: '2099-12-30' });
      expect(latest.body).toBe('Đơn vị thẩm định đề nghị Sở Tư pháp giải trình phiếu Chỉ số CCHC năm 2025. Hạn: 30/12/2099.');
    }
    expect(await kinds('officerSYT')).toEqual(['YEAR_OPENED Sở Y tế']);
  });

  it('pages newest first with a cursor, and reading is per user', async () => {
    const first = await page('headSTP', 1);
    expect(first.items.map((n) => n.kind)).toEqual(['EXPLANATION_REQUESTED']);
    expect(first).toMatchObject({ hasNextPage: true, totalCount: 3, unreadCount: 3 });
    const rest = await page('headSTP', 5, first.endCursor);
    expect(rest.items.map((n) => n.kind)).toEqual(['ATTESTATION_REQUESTED', 'YEAR_OPENED']);
    expect(rest.hasNextPage).toBe(false);

    // Marking one read: the head's count drops, his officer's (same notification) does not.
    const left = ok(
      await gql<{ markNotificationsRead: number }>('headSTP', 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
        ids: [first.items[0].id],
      }),
    );
    expect(left.markNotificationsRead).toBe(2);
    expect((await page('headSTP', 1)).items[0].read).toBe(true);
    expect(await unread('officerSTP')).toBe(2);
    // Someone else's id is not his to mark.
    const theirs = (await page('officerSYT')).items[0].id;
    ok(await gql('headSTP', 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [theirs] }));
    expect(await unread('officerSYT')).toBe(1);
    // All at once.
    expect(ok(await gql<{ markNotificationsRead: number }>('officerSTP', 'mutation { markNotificationsRead }')).markNotificationsRead).toBe(
      0,
    );
    expect(await unread('headSTP')).toBe(2);
  });

  it('reads in a fixed number of statements whatever the number of notifications', async () => {
    const run = () => countQueries(system.scoringDb, () => page('headSTP'));
    const before = await run();
    const sheet = sheetOf.STP;
    await system.scoringDb.getRepository(NotificationEntity).insert(
      Array.from({ length: 15 }, () => ({
        kind: 'SHEET_REOPENED' as const,
        yearId: year.id,
        sheetId: sheet,
        subjectUnitId: unitId.STP,
        audienceUnitId: unitId.STP,
        roleMask: 16,
        params: { unitName: 'Sở Tư pháp', yearName: 'Chỉ số CCHC năm 2025' },
        actorUserId: null,
        createdAt: new Date(),
        mailStatus: null,
        mailAttempts: 0,
        mailNextAt: null,
        mailError: null,
      })),
    );
    const after = await run();
    expect(after.result.items).toHaveLength(18);
    expect(after.count).toBe(before.count);
  });

  it('refuses a bad page size and an anonymous caller with coded errors', async () => {
    expect((await gql('headSTP', PAGE, { first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await system.gql('{ unreadNotificationCount }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
