/**
 * A remediation progress report attaches the files it cites to the unit's sheet, in its
 * transaction, decided again on the file rows as they are then (evidence-attach.ts), as a sheet
 * save does: a file swept or attached to another sheet after the report checked it refuses the
 * report (CONFLICT EVIDENCE_FILE_CHANGED) with nothing written — before, the step was recorded
 * citing a file that was gone or another sheet's. Forced on MySQL: the change holds the file row
 * while the report starts and commits a moment later (SQLite's transactions are exclusive).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { RemediationEventEntity, RemediationItemEntity } from './remediation.entity';

const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id findings { id remediationId } } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;

describe(`a remediation report's evidence files attached under their rows' current state (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const files = () => f.system.scoringDb.getRepository(EvidenceFileEntity);
  const upload = async (): Promise<string> => {
    const id = randomUUID();
    await files().insert({
      id,
      fileName: 'bao-cao-khac-phuc.pdf',
      contentType: 'application/pdf',
      size: 1024,
      sha256: 'a'.repeat(64),
      uploadedBy: randomUUID(),
      uploaderUnitId: f.units.STP.id,
      sheetId: null,
    });
    return id;
  };
  const openItem = async (text: string): Promise<string> => {
    const res = await f.gql<{ saveInspection: { findings: { remediationId: string }[] } }>('admin', SAVE, {
      input: {
        yearId: f.year.id,
        unitId: f.units.STP.id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh',
        decisionNumber: '211/QĐ-UBND',
        findings: [{ text }],
      },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.saveInspection.findings[0].remediationId;
  };
  const report = (itemId: string, fileId: string) =>
    f.gql('officerSTP', ACT, { input: { id: itemId, action: 'REPORT', note: 'Đã khắc phục', evidence: [{ fileId }] } });
  const events = (itemId: string) => f.system.scoringDb.getRepository(RemediationEventEntity).countBy({ itemId });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('an unattached upload, and one already the unit’s sheet’s, are attached to the unit’s sheet with the report', async () => {
    const [fresh, attached] = [await upload(), await upload()];
    await files().update({ id: attached }, { sheetId: f.sheetOf.STP });
    for (const fileId of [fresh, attached]) {
      const res = await report(await openItem(`Kết luận ${fileId}`), fileId);
      expect(res.errors).toBeUndefined();
      expect((await files().findOneByOrFail({ id: fileId })).sheetId).toBe(f.sheetOf.STP);
    }
  });

  it.runIf(TEST_DB_KIND === 'mysql')(
    'the file swept, or attached to another sheet, while the report is written: refused (EVIDENCE_FILE_CHANGED), nothing written',
    async () => {
      for (const [what, change] of [
        ['swept', 'DELETE FROM evidence_file WHERE id = ?'],
        ['attached elsewhere', 'UPDATE evidence_file SET sheet_id = ? WHERE id = ?'],
      ] as const) {
        const itemId = await openItem(`Kết luận (${what})`);
        const fileId = await upload();
        const before = await events(itemId);
        const other = f.system.scoringDb.createQueryRunner();
        await other.connect();
        let pending: ReturnType<typeof report> | undefined;
        try {
          await other.startTransaction();
          await other.query(change, what === 'swept' ? [fileId] : [f.sheetOf.SYT, fileId]);
          pending = report(itemId, fileId);
          // Long enough for the report to check the file (as committed) and reach its attach.
          await sleep(700);
          await other.commitTransaction();
        } finally {
          if (other.isTransactionActive) await other.rollbackTransaction();
          await other.release();
        }
        const res = await pending!;
        expect([code(res), reason(res)], what).toEqual(['CONFLICT', 'EVIDENCE_FILE_CHANGED']);
        expect(await events(itemId), what).toBe(before);
        expect((await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id: itemId })).status, what).toBe('OPEN');
      }
    },
  );
});
