import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SheetAttestationEntity } from './sheet-attestation.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';

const ATTEST = 'attestScoreSheet(sheetId: $sheetId, version: $version, purpose: SUBMIT, confirmed: true) { version }';
const REQUEST = 'mutation($s: ID!) { requestAttestation(sheetId: $s, purpose: SUBMIT) { id } }';
const SUBMIT = 'submitSelfAssessment(sheetId: $sheetId, version: $version) { status }';
const UPDATE_YEAR = 'mutation($id: ID!, $input: UpdateAssessmentYearInput!) { updateAssessmentYear(id: $id, input: $input) { id } }';

/**
 * The head's attestation and the officer's request check the year's phase and deadline and the
 * sheet's state before their transaction. A change committed in between (a deadline moved into the
 * past, a submission) must not be missed: the transaction starts with the year's state_version
 * under its shared lock (planned again when it moved) and the sheet's row, locked. The interleaving
 * is forced: the change runs right before the writer's transaction opens.
 */
describe(`an attestation decided before a year or sheet change commits is decided under the change (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const attestations = (unit: string) => f.system.scoringDb.getRepository(SheetAttestationEntity).findBy({ sheetId: f.sheetOf[unit] });
  const attestAudits = (unit: string) =>
    f.system.scoringDb.getRepository(AuditEventEntity).countBy({ sheetId: f.sheetOf[unit], entityType: 'ATTESTATION' as never });
  const updateYear = async (input: Record<string, unknown>) => {
    const res = await f.gql('admin', UPDATE_YEAR, { id: f.year.id, input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.fill('C1a');
    await f.fill('C1b');
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('a year changed twice while the head attests: CONFLICT YEAR_CHANGED, no attestation written', async () => {
    let again = () => false;
    const first = beforeNextTransaction(f.system.scoringDb, async () => {
      await updateYear({ bonusCap: 1 });
      again = beforeNextTransaction(f.system.scoringDb, () => updateYear({ bonusCap: 1.5 }));
    });
    const res = await f.sheetAct('headC1a', 'C1a', ATTEST);
    expect([first(), again()]).toEqual([true, true]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_CHANGED' });
    expect(res.errors?.[0]?.message).toMatch(/tải lại phiếu/);
    expect(await attestations('C1a')).toEqual([]);
    expect(await attestAudits('C1a')).toBe(0);
  });

  it('the self-assessment deadline moved into the past while the head attests: refused (DEADLINE), nothing written', async () => {
    const moved = beforeNextTransaction(f.system.scoringDb, () => updateYear({ selfAssessmentDeadline: '2025-01-31' }));
    const res = await f.sheetAct('headC1a', 'C1a', ATTEST);
    expect(moved()).toBe(true);
    expect(code(res)).toBe('FORBIDDEN');
    expect(reason(res)).toBe('DEADLINE');
    expect(await attestations('C1a')).toEqual([]);
    expect(await attestAudits('C1a')).toBe(0);
    await updateYear({ selfAssessmentDeadline: null });
    // Planned under an unchanged year, the same attestation is written.
    expect(code(await f.sheetAct('headC1a', 'C1a', ATTEST))).toBeNull();
    expect(await attestations('C1a')).toEqual([expect.objectContaining({ purpose: 'SUBMIT', attestedByName: 'headc1a' })]);
  });

  it('the head submits while his officer asks him to attest: the request is refused (STATE), no request in his inbox', async () => {
    const submitted = beforeNextTransaction(f.system.scoringDb, async () => {
      const res = await f.sheetAct('headC1b', 'C1b', SUBMIT);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    });
    const res = await f.gql('officerC1b', REQUEST, { s: f.sheetOf.C1b });
    expect(submitted()).toBe(true);
    expect(code(res)).toBe('CONFLICT');
    expect(reason(res)).toBe('STATE');
    // Only the head's own submission is on record: no request over the submitted sheet.
    expect((await attestations('C1b')).map((a) => [a.requestedByName, a.attestedByName])).toEqual([[null, 'headc1b']]);
  });
});
