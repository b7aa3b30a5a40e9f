/**
 * A finding withdrawn while its unit reports on the item, or while the assessor accepts it: each
 * side must act on what the other committed (MySQL), so an item's history stays one line — every
 * step numbered once, each starting where the previous one ended — and a closed item stays closed
 * (only pending items are cancelled with their finding).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { code, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { RemediationEventEntity, RemediationItemEntity } from './remediation.entity';

const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id findings { id text remediationId } } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;

describe(`remediation steps racing a finding's withdrawal (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const input = (findings: Record<string, unknown>[], id?: string) => ({
    input: {
      id,
      yearId: f.year.id,
      unitId: f.units.STP.id,
      kind: 'CCHC',
      date: '2024-10-15',
      team: 'Đoàn kiểm tra CCHC tỉnh',
      decisionNumber: '210/QĐ-UBND',
      findings,
    },
  });
  /** The item's history is one line: seq 1..n once each, each step from the previous step's status, ending at the item's. */
  const assertOneLine = async (itemId: string) => {
    const item = await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id: itemId });
    const events = (await f.system.scoringDb.getRepository(RemediationEventEntity).findBy({ itemId })).sort((a, b) => a.seq - b.seq);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    for (let i = 1; i < events.length; i++) expect([i, events[i].fromStatus]).toEqual([i, events[i - 1].toStatus]);
    expect([item.status, item.revision]).toEqual([events[events.length - 1].toStatus, events.length]);
    return { item, events };
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the unit reports while the finding is withdrawn: one history, the item cancelled or the report refused', async () => {
    for (let round = 0; round < 6; round++) {
      const saved = await f.gql<{ saveInspection: { id: string; findings: { id: string; text: string; remediationId: string }[] } }>(
        'admin',
        SAVE,
        input([{ text: `Kết luận giữ lại ${round}` }, { text: `Kết luận sẽ rút ${round}` }]),
      );
      expect(saved.errors).toBeUndefined();
      const [kept, dropped] = saved.data!.saveInspection.findings;
      const [withdraw, report] = await Promise.all([
        f.gql('admin', SAVE, input([{ id: kept.id, text: kept.text }], saved.data!.saveInspection.id)),
        f.gql('officerSTP', ACT, { input: { id: dropped.remediationId, action: 'REPORT', note: 'Đã khắc phục', evidence: [] } }),
      ]);
      expect(withdraw.errors).toBeUndefined();
      if (report.errors) expect(code(report)).toBe('CONFLICT');
      const { item } = await assertOneLine(dropped.remediationId);
      expect(item.status).toBe('CANCELLED');
    }
  });

  it('the assessor accepts while the finding is withdrawn: a closed item stays closed, a cancelled one is not accepted', async () => {
    for (let round = 0; round < 6; round++) {
      const saved = await f.gql<{ saveInspection: { id: string; findings: { id: string; text: string; remediationId: string }[] } }>(
        'admin',
        SAVE,
        input([{ text: `Giữ ${round}` }, { text: `Rút ${round}` }]),
      );
      const [kept, dropped] = saved.data!.saveInspection.findings;
      expect(
        (await f.gql('officerSTP', ACT, { input: { id: dropped.remediationId, action: 'REPORT', note: 'Đã khắc phục', evidence: [] } }))
          .errors,
      ).toBeUndefined();
      const [withdraw, accept] = await Promise.all([
        f.gql('admin', SAVE, input([{ id: kept.id, text: kept.text }], saved.data!.saveInspection.id)),
        f.gql('appraiserP', ACT, { input: { id: dropped.remediationId, action: 'ACCEPT' } }),
      ]);
      expect(withdraw.errors).toBeUndefined();
      const { item } = await assertOneLine(dropped.remediationId);
      if (accept.errors) {
        expect(code(accept)).toBe('CONFLICT');
        expect(item.status).toBe('CANCELLED');
      } else expect(item.status).toBe('CLOSED');
    }
  });

  it('the item’s deadline edited in its panel while the inspection moves it: one history, each step from the other’s result', async () => {
    const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
    for (let round = 0; round < 6; round++) {
      const saved = await f.gql<{ saveInspection: { id: string; findings: { id: string; text: string; remediationId: string }[] } }>(
        'admin',
        SAVE,
        input([{ text: `Hạn ${round}`, deadline: vnDay(10) }]),
      );
      const [finding] = saved.data!.saveInspection.findings;
      const [moved, edited] = await Promise.all([
        f.gql('admin', SAVE, input([{ id: finding.id, text: finding.text, deadline: vnDay(30) }], saved.data!.saveInspection.id)),
        f.gql('appraiserP', `mutation($id: ID!, $d: Date) { updateRemediationItem(id: $id, deadline: $d, reason: "Gia hạn") { id } }`, {
          id: finding.remediationId,
          d: vnDay(20),
        }),
      ]);
      expect(moved.errors).toBeUndefined();
      if (edited.errors) expect(code(edited)).toBe('CONFLICT');
      const { item, events } = await assertOneLine(finding.remediationId);
      // The last step's "after" is the deadline the item has.
      expect(events.at(-1)!.change?.deadline?.after).toBe(item.deadline);
      for (let i = 2; i < events.length; i++) expect(events[i].change?.deadline?.before).toBe(events[i - 1].change?.deadline?.after);
    }
  });

  it('an item’s text edited by the assessor survives a later save of its inspection; a changed finding still carries its new text over', async () => {
    const saved = await f.gql<{ saveInspection: { id: string; findings: { id: string; text: string; remediationId: string }[] } }>(
      'admin',
      SAVE,
      input([{ text: 'Chưa niêm yết TTHC' }]),
    );
    const [finding] = saved.data!.saveInspection.findings;
    const edited = await f.gql(
      'admin',
      `mutation($id: ID!, $title: String, $reason: String!) { updateRemediationItem(id: $id, title: $title, reason: $reason) { id } }`,
      {
        id: finding.remediationId,
        title: 'Niêm yết đầy đủ TTHC tại bộ phận một cửa và trên cổng dịch vụ công',
        reason: 'Nêu rõ việc phải làm',
      },
    );
    expect(edited.errors).toBeUndefined();
    // The inspection is saved again (its conclusion added), the finding unchanged.
    const again = await f.gql('admin', SAVE, {
      input: {
        ...input([{ id: finding.id, text: finding.text }], saved.data!.saveInspection.id).input,
        conclusion: 'Đơn vị cần khắc phục',
      },
    });
    expect(again.errors).toBeUndefined();
    const items = f.system.scoringDb.getRepository(RemediationItemEntity);
    expect((await items.findOneByOrFail({ id: finding.remediationId })).title).toBe(
      'Niêm yết đầy đủ TTHC tại bộ phận một cửa và trên cổng dịch vụ công',
    );
    const changed = await f.gql(
      'admin',
      SAVE,
      input([{ id: finding.id, text: 'Chưa niêm yết TTHC (sửa kết luận)' }], saved.data!.saveInspection.id),
    );
    expect(changed.errors).toBeUndefined();
    expect((await items.findOneByOrFail({ id: finding.remediationId })).title).toBe('Chưa niêm yết TTHC (sửa kết luận)');
    await assertOneLine(finding.remediationId);
  });
});
