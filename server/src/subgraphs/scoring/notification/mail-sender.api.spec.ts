import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { createLogger } from '../../../platform/logging/logger';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { startSmtpSink, type SmtpSink } from '../../../testing/smtp-sink';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { backoffMs, startMailSender } from './mail-sender';
import { NotificationEntity } from './notification.entity';

/** Polls until `check` holds (the sender runs on its own timer); generous for a loaded machine. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * E-mail copies go out after commit through the outbox on the notification row, to the audience's
 * users with an address, in Vietnamese; a stalled or refusing SMTP server never holds up the change
 * and is retried with backoff up to a cap.
 */
describe(`notification e-mail through a local SMTP sink (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let sink: SmtpSink;
  let year: AssessmentYearEntity;
  const token: Record<string, string> = {};
  let sheetId = '';

  const rows = () => system.scoringDb.getRepository(NotificationEntity).find({ order: { id: 'ASC' } });
  const latest = async () => (await rows()).at(-1)!;

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startTestSystem({
      config: {
        smtp: {
          url: sink.url,
          from: 'Chỉ số CCHC Quảng Ninh <cchc@quangninh.gov.vn>',
          intervalMs: 100,
          maxAttempts: 3,
          retryBaseMs: 200,
          publicUrl: 'https://cchc.quangninh.gov.vn/',
        },
      },
    });
    const p = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const stp = await insertUnit(system.orgDb, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'STP', subtype: 'sở', parent: p });
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
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(system.scoringDb, year.id, group, { id: p.id, name: 'UBND tỉnh Quảng Ninh' }, [
      { id: stp.id, name: stp.name, code: stp.code, kind: stp.kind, subtype: stp.subtype },
    ]);
    const users: [string, string, Role[], string | null][] = [
      ['admin', p.id, [Role.PROVINCE_ADMIN], 'admin@quangninh.gov.vn'],
      ['officer', stp.id, [Role.UNIT_OFFICER], 'canbo.stp@quangninh.gov.vn'],
      ['officer2', stp.id, [Role.UNIT_OFFICER], null],
      ['head', stp.id, [Role.UNIT_HEAD], 'giamdoc.stp@quangninh.gov.vn'],
      ['appraiser', p.id, [Role.APPRAISER], 'thamdinh@quangninh.gov.vn'],
    ];
    for (const [name, unitId, roles, email] of users)
      token[name] = (await system.createUser({ username: name, unitId, roles, email })).token;
  });
  afterAll(async () => {
    await system?.stop();
    await sink?.stop();
  });

  it('opening the year mails the unit’s officer and head (those with an address), in Vietnamese, with a link to the sheet', async () => {
    const res = await system.gql(
      'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: SELF_ASSESSMENT) { __typename } }',
      { id: year.id },
      { token: token.admin },
    );
    expect(res.errors).toBeUndefined();
    sheetId = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id })).id;
    const [message] = await eventually(
      async () => sink.messages,
      (m) => m.length > 0,
    );
    expect(message.to.sort()).toEqual(['canbo.stp@quangninh.gov.vn', 'giamdoc.stp@quangninh.gov.vn']);
    expect(message.from).toBe('cchc@quangninh.gov.vn');
    expect(message.subject).toBe('[Chỉ số CCHC] Đã mở kỳ tự đánh giá Chỉ số CCHC năm 2025');
    expect(message.text).toContain('Sở Tư pháp cần nhập và nộp phiếu tự đánh giá. Hạn: 31/12/2099.');
    expect(message.text).toContain(`Mở phiếu: https://cchc.quangninh.gov.vn/score-sheets/${sheetId}`);
    const row = await eventually(latest, (n) => n.mailStatus === 'SENT');
    expect(row).toMatchObject({ kind: 'YEAR_OPENED', mailStatus: 'SENT', mailAttempts: 1, mailError: null });
  });

  it('a stalled SMTP server holds up nothing: the change commits, the mail waits and goes out on a later attempt', async () => {
    sink.mode = 'stall';
    const before = sink.messages.length;
    const res = await system.gql('mutation($s: ID!) { requestAttestation(sheetId: $s) { id } }', { s: sheetId }, { token: token.officer });
    expect(res.errors).toBeUndefined();
    expect((await latest()).kind).toBe('ATTESTATION_REQUESTED');
    await eventually(
      async () => sink.refused,
      (n) => n > 0,
    );
    expect(sink.messages).toHaveLength(before);
    expect((await latest()).mailStatus).toBe('PENDING');
    // The server comes back (the stalled connection drops): the retry delivers, to the head only.
    sink.mode = 'accept';
    await sink.dropConnections();
    const row = await eventually(latest, (n) => n.mailStatus === 'SENT');
    expect(row.mailAttempts).toBe(2);
    expect(sink.messages.at(-1)).toMatchObject({
      to: ['giamdoc.stp@quangninh.gov.vn'],
      subject: '[Chỉ số CCHC] Đề nghị người đứng đầu xác nhận',
    });
  });

  it('a refusing server is retried with growing waits and given up after the cap', async () => {
    sink.mode = 'reject';
    const before = sink.messages.length;
    const res = await system.gql('mutation($s: ID!) { requestAttestation(sheetId: $s) { id } }', { s: sheetId }, { token: token.officer });
    expect(res.errors).toBeUndefined();
    const row = await eventually(latest, (n) => n.mailStatus === 'FAILED');
    expect(row).toMatchObject({ mailStatus: 'FAILED', mailAttempts: 3, mailNextAt: null });
    expect(row.mailError).toMatch(/451/);
    expect(sink.messages).toHaveLength(before);
    sink.mode = 'accept';
    expect(backoffMs(1, 60_000)).toBe(60_000);
    expect(backoffMs(3, 60_000)).toBe(240_000);
    expect(backoffMs(30, 60_000)).toBe(6 * 3600_000);
  });

  it('without an SMTP configuration nothing is queued or attempted', async () => {
    let attempts = 0;
    const stop = startMailSender({
      db: system.scoringDb,
      smtp: null,
      log: createLogger('silent', 'mail-test'),
      send: async () => {
        attempts++;
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(attempts).toBe(0);
  });
});
