/**
 * Saving an inspection again can move its findings' remediation items (a new deadline, a finding's
 * new text): that is an edit of the item, as in the item's own panel (updateRemediationItem) — the
 * same rule (a moved deadline not before today), a step of the item's history with before and after
 * and the save's reason (or where it came from), the item's revision moved so the history stays one
 * line with the unit's later steps. A save that moves nothing of the item writes no step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { InspectionEntity, InspectionFindingEntity } from './inspection.entity';
import { RemediationEventEntity, RemediationItemEntity } from './remediation.entity';

const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id findings { id text remediationId remediationDeadline } } }`;
const ITEM = `query($id: ID!) { remediationItem(id: $id) { title deadline status
  events { action fromStatus toStatus note titleBefore titleAfter deadlineBefore deadlineAfter } } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;

type Saved = { id: string; findings: { id: string; text: string; remediationId: string; remediationDeadline: string }[] };
type Item = {
  title: string;
  deadline: string;
  status: string;
  events: {
    action: string;
    fromStatus: string | null;
    toStatus: string;
    note: string | null;
    titleBefore: string | null;
    titleAfter: string | null;
    deadlineBefore: string | null;
    deadlineAfter: string | null;
  }[];
};

describe(`an inspection's save that moves a remediation item is a step of the item's history (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let inspectionId: string;
  let findingId: string;
  let itemId: string;
  const save = (findings: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    f.gql<{ saveInspection: Saved }>('appraiserP', SAVE, {
      input: {
        id: inspectionId ?? null,
        yearId: f.year.id,
        unitId: f.units.STP.id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh',
        decisionNumber: '210/QĐ-UBND',
        findings,
        ...extra,
      },
    });
  const item = async (who = 'appraiserP') => {
    const res = await f.gql<{ remediationItem: Item }>(who, ITEM, { id: itemId });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.remediationItem;
  };
  const seqs = async () =>
    (await f.system.scoringDb.getRepository(RemediationEventEntity).find({ where: { itemId }, order: { seq: 'ASC' } })).map((e) => [
      e.seq,
      e.action,
    ]);

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    const first = await save([{ text: 'Chưa niêm yết thủ tục hành chính tại bộ phận một cửa', deadline: vnDay(20) }]);
    expect(first.errors).toBeUndefined();
    inspectionId = first.data!.saveInspection.id;
    findingId = first.data!.saveInspection.findings[0].id;
    itemId = first.data!.saveInspection.findings[0].remediationId;
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('a deadline moved through the inspection: an UPDATE step with before, after and the save’s reason, audited', async () => {
    const res = await save([{ id: findingId, text: 'Chưa niêm yết thủ tục hành chính tại bộ phận một cửa', deadline: vnDay(45) }], {
      reason: 'Đoàn kiểm tra đồng ý gia hạn',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveInspection.findings[0].remediationDeadline).toBe(vnDay(45));
    const shown = await item('officerSTP');
    expect(shown.deadline).toBe(vnDay(45));
    expect(shown.events).toEqual([
      expect.objectContaining({ action: 'CREATE', toStatus: 'OPEN' }),
      {
        action: 'UPDATE',
        fromStatus: 'OPEN',
        toStatus: 'OPEN',
        note: 'Đoàn kiểm tra đồng ý gia hạn',
        titleBefore: null,
        titleAfter: null,
        deadlineBefore: vnDay(20),
        deadlineAfter: vnDay(45),
      },
    ]);
    const stored = await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id: itemId });
    expect(stored.revision).toBe(2);
    const audit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityType: 'REMEDIATION' as AuditEventEntity['entityType'], entityId: itemId, action: 'UPDATE' });
    expect([audit.before, audit.after, audit.reason]).toEqual([
      expect.objectContaining({ deadline: vnDay(20) }),
      expect.objectContaining({ deadline: vnDay(45) }),
      'Đoàn kiểm tra đồng ý gia hạn',
    ]);
  });

  it('a finding’s new text without a reason: the step says it came from the inspection; the unit’s report follows in one line', async () => {
    const res = await save([{ id: findingId, text: 'Chưa niêm yết đủ 12 thủ tục hành chính', deadline: vnDay(45) }]);
    expect(res.errors).toBeUndefined();
    expect((await item()).events.at(-1)).toMatchObject({
      action: 'UPDATE',
      note: 'Sửa kết luận kiểm tra (QĐ 210/QĐ-UBND)',
      titleBefore: 'Chưa niêm yết thủ tục hành chính tại bộ phận một cửa',
      titleAfter: 'Chưa niêm yết đủ 12 thủ tục hành chính',
      deadlineBefore: null,
    });
    expect((await f.gql('officerSTP', ACT, { input: { id: itemId, action: 'REPORT', note: 'Đã niêm yết' } })).errors).toBeUndefined();
    expect(await seqs()).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
      [3, 'UPDATE'],
      [4, 'REPORT'],
    ]);
  });

  it('a save that moves nothing of the item (a conclusion added, the same deadline) writes no step', async () => {
    const before = await seqs();
    const res = await save([{ id: findingId, text: 'Chưa niêm yết đủ 12 thủ tục hành chính', deadline: vnDay(45) }], {
      conclusion: 'Đơn vị cơ bản thực hiện tốt',
    });
    expect(res.errors).toBeUndefined();
    expect(await seqs()).toEqual(before);
  });

  it('a deadline moved into the past, or a reason past 2,000 characters, refuses the whole save (coded, Vietnamese), nothing written', async () => {
    const db = f.system.scoringDb;
    const snapshot = async () => ({
      inspection: await db.getRepository(InspectionEntity).findOneByOrFail({ id: inspectionId }),
      findings: await db.getRepository(InspectionFindingEntity).findBy({ inspectionId }),
      item: await db.getRepository(RemediationItemEntity).findOneByOrFail({ id: itemId }),
      events: await seqs(),
      audits: await db.getRepository(AuditEventEntity).count(),
    });
    const before = await snapshot();
    const past = await save([{ id: findingId, text: 'Chưa niêm yết đủ 12 thủ tục hành chính', deadline: vnDay(-2) }], {
      conclusion: 'Kết luận mới',
      reason: 'Lùi hạn',
    });
    expect([code(past), reason(past)]).toEqual(['BAD_USER_INPUT', 'INVALID_REMEDIATION']);
    expect(past.errors![0].message).toMatch(/^Kết luận 1: .*đã qua/);
    const long = await save([{ id: findingId, text: 'Chưa niêm yết đủ 12 thủ tục hành chính', deadline: vnDay(60) }], {
      reason: 'x'.repeat(2001),
    });
    expect([code(long), reason(long)]).toEqual(['BAD_USER_INPUT', 'INVALID_INSPECTION']);
    expect(long.errors![0].message).toContain('lý do dài quá 2000 ký tự');
    expect(await snapshot()).toEqual(before);
  });
});
