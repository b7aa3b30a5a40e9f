/**
 * Editing a remediation item's text and deadline (updateRemediationItem): the assessor side of the
 * unit, on a pending item, with a reason; the item's history keeps the step with before and after,
 * the audit trail too; canEdit tells the admin whether to offer the form. Every refusal is coded,
 * Vietnamese, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import type { GraphQLResponse } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { RemediationEventEntity, RemediationItemEntity } from './remediation.entity';

const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const FIELDS = `id title deadline status canEdit
  events { action fromStatus toStatus note actorName titleBefore titleAfter deadlineBefore deadlineAfter }`;
const UPDATE = `mutation($id: ID!, $r: String!, $t: String, $d: Date) {
  updateRemediationItem(id: $id, reason: $r, title: $t, deadline: $d) { ${FIELDS} } }`;
const ITEM = `query($id: ID!) { remediationItem(id: $id) { ${FIELDS} } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;

type Event = {
  action: string;
  note: string | null;
  actorName: string;
  titleBefore: string | null;
  titleAfter: string | null;
  deadlineBefore: string | null;
  deadlineAfter: string | null;
};
type Item = { id: string; title: string; deadline: string; status: string; canEdit: boolean; events: Event[] };

describe(`editing a remediation item's text and deadline (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const create = async (title: string) => {
    const res = await f.gql<{ createRemediationItem: { id: string } }>(
      'appraiserP',
      'mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id } }',
      { input: { yearId: f.year.id, unitId: f.units.STP.id, sourceType: 'MANUAL', title, deadline: vnDay(10) } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createRemediationItem.id;
  };
  const update = (who: string, id: string, vars: { r?: string; t?: string | null; d?: string | null }) =>
    f.gql<{ updateRemediationItem: Item }>(who, UPDATE, { id, r: vars.r ?? '', t: vars.t ?? null, d: vars.d ?? null });
  const read = async (who: string, id: string) => (await f.gql<{ remediationItem: Item }>(who, ITEM, { id })).data!.remediationItem;
  /** Nothing written by a refusal: the item, its history, the audit trail. */
  const unchanged = async (id: string, attempt: () => Promise<GraphQLResponse<unknown>>) => {
    const db = f.system.scoringDb;
    const item = await db.getRepository(RemediationItemEntity).findOneByOrFail({ id });
    const events = await db.getRepository(RemediationEventEntity).countBy({ itemId: id });
    const audits = await db.getRepository(AuditEventEntity).count();
    const res = await attempt();
    expect(await db.getRepository(RemediationItemEntity).findOneByOrFail({ id })).toEqual(item);
    expect(await db.getRepository(RemediationEventEntity).countBy({ itemId: id })).toBe(events);
    expect(await db.getRepository(AuditEventEntity).count()).toBe(audits);
    return res;
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the appraiser moves the deadline with a reason: the history shows before and after, the audit the reason', async () => {
    const id = await create('Cập nhật quy chế làm việc');
    expect((await read('appraiserP', id)).canEdit).toBe(true);
    expect((await read('officerSTP', id)).canEdit).toBe(false);
    expect((await read('viewerP', id)).canEdit).toBe(false);
    const res = await update('appraiserP', id, { r: 'Chờ hướng dẫn của Bộ Nội vụ', d: vnDay(40) });
    expect(res.errors).toBeUndefined();
    const item = res.data!.updateRemediationItem;
    expect(item).toMatchObject({ deadline: vnDay(40), title: 'Cập nhật quy chế làm việc', status: 'OPEN', canEdit: true });
    expect(item.events.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(item.events[1]).toEqual({
      action: 'UPDATE',
      fromStatus: 'OPEN',
      toStatus: 'OPEN',
      note: 'Chờ hướng dẫn của Bộ Nội vụ',
      actorName: expect.any(String),
      titleBefore: null,
      titleAfter: null,
      deadlineBefore: vnDay(10),
      deadlineAfter: vnDay(40),
    });
    // The unit reads the same history.
    expect((await read('officerSTP', id)).events[1]).toMatchObject({ deadlineBefore: vnDay(10), deadlineAfter: vnDay(40) });
    const audit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityType: 'REMEDIATION' as AuditEventEntity['entityType'], entityId: id, action: 'UPDATE' });
    expect(audit.before).toMatchObject({ deadline: vnDay(10) });
    expect(audit.after).toMatchObject({ deadline: vnDay(40) });
    expect(audit.reason).toBe('Chờ hướng dẫn của Bộ Nội vụ');

    // The province administrator rewrites the text of an item already reported.
    const reported = await f.gql('officerSTP', ACT, { input: { id, action: 'REPORT', note: 'Đang dự thảo' } });
    expect(reported.errors).toBeUndefined();
    const text = await update('admin', id, { r: 'Nêu rõ phạm vi', t: '  Cập nhật quy chế làm việc năm 2026  ' });
    expect(text.errors).toBeUndefined();
    expect(text.data!.updateRemediationItem.title).toBe('Cập nhật quy chế làm việc năm 2026');
    expect(text.data!.updateRemediationItem.events.at(-1)).toMatchObject({
      action: 'UPDATE',
      fromStatus: 'REPORTED',
      toStatus: 'REPORTED',
      titleBefore: 'Cập nhật quy chế làm việc',
      titleAfter: 'Cập nhật quy chế làm việc năm 2026',
      deadlineBefore: null,
    });
  });

  it('refuses the unit, readers, another assessor, a missing reason, a blank text, a past day, no change, and closed or cancelled items — nothing written', async () => {
    const id = await create('Công khai thủ tục hành chính');
    for (const who of ['officerSTP', 'headSTP', 'viewerP', 'chairH1', 'officerSYT']) {
      const res = await unchanged(id, () => update(who, id, { r: 'Gia hạn', d: vnDay(30) }));
      expect(code(res), who).toBe('FORBIDDEN');
      expect(res.errors![0].message, who).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    }
    const cases: [{ r?: string; t?: string | null; d?: string | null }, string, string][] = [
      [{ r: '   ', d: vnDay(30) }, 'REASON_REQUIRED', 'Cần nêu lý do'],
      [{ r: 'Sửa', t: '   ' }, 'INVALID_REMEDIATION', 'cần nêu nội dung phải khắc phục'],
      [{ r: 'Lùi', d: vnDay(-1) }, 'INVALID_REMEDIATION', 'đã qua'],
      [{ r: 'Không đổi', t: 'Công khai thủ tục hành chính', d: vnDay(10) }, 'NO_CHANGE', 'không thay đổi'],
      [{ r: 'Không đổi' }, 'NO_CHANGE', 'không thay đổi'],
    ];
    for (const [vars, why, text] of cases) {
      const res = await unchanged(id, () => update('appraiserP', id, vars));
      expect([code(res), reason(res)], why).toEqual(['BAD_USER_INPUT', why]);
      expect(res.errors![0].message, why).toContain(text);
    }
    // Closed (reported, then accepted): history now; reopen first.
    expect((await f.gql('officerSTP', ACT, { input: { id, action: 'REPORT', note: 'Đã công khai' } })).errors).toBeUndefined();
    expect((await f.gql('appraiserP', ACT, { input: { id, action: 'ACCEPT' } })).errors).toBeUndefined();
    expect((await read('appraiserP', id)).canEdit).toBe(false);
    const closed = await unchanged(id, () => update('appraiserP', id, { r: 'Gia hạn', d: vnDay(30) }));
    expect([code(closed), reason(closed)]).toEqual(['CONFLICT', 'REMEDIATION_STATE']);
    expect(closed.errors![0].message).toContain('mở lại trước');
    const cancelledId = await create('Rà soát quy trình nội bộ');
    expect(
      (await f.gql('appraiserP', ACT, { input: { id: cancelledId, action: 'CANCEL', note: 'Trùng nội dung' } })).errors,
    ).toBeUndefined();
    const cancelled = await unchanged(cancelledId, () => update('appraiserP', cancelledId, { r: 'Gia hạn', d: vnDay(30) }));
    expect([code(cancelled), reason(cancelled)]).toEqual(['CONFLICT', 'REMEDIATION_STATE']);
  });
});
