/**
 * Removing an evidence file from a leaf (removeEvidence), through the gateway: the unit's own
 * officer and head, in the states where the unit still edits that list; refused with a coded
 * Vietnamese error for everyone and everything else, with nothing written; the bytes deleted only
 * once nothing references the file (another leaf, an archived copy of the sheet), after the commit;
 * audited with the file's name.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UPDATE_YEAR } from '../results/results-test-kit';
import { EvidenceFileEntity } from './evidence-file.entity';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { bytesStored } from './evidence-test-kit';

const pdf = (tag: string) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(tag.padEnd(200, 'x')), Buffer.from('\n%%EOF')]);
const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
  saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id version } }`;
const SAVE_EXPLANATION = `mutation($s: ID!, $v: Int!, $i: [ExplanationEntryInput!]!) {
  saveExplanation(sheetId: $s, version: $v, items: $i) { id version } }`;
const REMOVE = `mutation($s: ID!, $v: Int!, $c: ID!, $f: ID!) {
  removeEvidence(sheetId: $s, version: $v, criterionId: $c, fileId: $f) {
    id version entries { code selfEvidence { fileId documentNumber file { fileName } } supplementaryEvidence { fileId } } } }`;

type Evidence = { fileId: string | null; documentNumber?: string | null; file?: { fileName: string } | null };
type Removed = {
  removeEvidence: { version: number; entries: { code: string; selfEvidence: Evidence[]; supplementaryEvidence: Evidence[] }[] };
};
const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
const reasonOf = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.reason as string | undefined) ?? null;

describe(`removing an evidence file (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  const tokens: Record<string, string> = {};
  let apiKey: string;

  const leaf = (code: string) => world.criteria.get(code)!.id;
  const sheet = () => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId });
  const fileRow = (id: string) => system.scoringDb.getRepository(EvidenceFileEntity).findOneBy({ id });
  const bytes = async (id: string) =>
    (await fetch(`${base}/files/${id}`, { headers: { authorization: `Bearer ${tokens.officer}` } })).status;
  const upload = async (name: string): Promise<string> => {
    const res = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.officer}`, 'x-file-name': encodeURIComponent(name) },
      body: pdf(name),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const gql = <T>(who: string, query: string, variables: Record<string, unknown>) =>
    system.gql<T>(query, variables, { token: tokens[who] }) as Promise<GraphQLResponse<T>>;
  const saveSelf = async (entries: Record<string, unknown>[]) => {
    const res = await gql('officer', SAVE_SELF, { s: world.sheetId, v: (await sheet()).version, e: entries });
    expect(res.errors).toBeUndefined();
  };
  const remove = async (who: string, code: string, fileId: string, version?: number) =>
    gql<Removed>(who, REMOVE, { s: world.sheetId, v: version ?? (await sheet()).version, c: leaf(code), f: fileId });
  const setStates = async (year: YearStatus, status: ScoreSheetEntity['status']) => {
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: world.year.id }, { status: year });
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ id: world.sheetId }, { status });
  };
  /** Whatever the refusal, nothing was written: the sheet's version, the entries, the file and the audit trail. */
  const unchanged = async (attempt: () => Promise<GraphQLResponse<unknown>>) => {
    const audits = await system.scoringDb.getRepository(AuditEventEntity).count();
    const before = await sheet();
    const entries = await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: world.sheetId });
    const res = await attempt();
    expect((await sheet()).version).toBe(before.version);
    expect(await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: world.sheetId })).toEqual(entries);
    expect(await system.scoringDb.getRepository(AuditEventEntity).count()).toBe(audits);
    return res;
  };

  beforeAll(async () => {
    system = await startTestSystem({ config: { sessionCacheSeconds: 0 } });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    world = await buildSecurityWorld(system);
    Object.assign(tokens, world.tokens);
    const syt = await insertUnit(system.orgDb, {
      name: 'Sở Y tế',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'SYT',
      subtype: 'sở',
      parent: world.province,
    });
    tokens.neighbour = (await system.createUser({ username: 'rm.neighbour', unitId: syt.id, roles: [Role.UNIT_OFFICER] })).token;
    tokens.head = (await system.createUser({ username: 'rm.head', unitId: world.department.id, roles: [Role.UNIT_HEAD] })).token;
    apiKey = (
      await system.gql<{ createApiClient: { key: string } }>(
        'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
        { n: 'Cổng thông tin' },
        { token: tokens.admin },
      )
    ).data!.createApiClient.key;
  }, 120_000);
  afterAll(() => system?.stop());
  beforeEach(() => setStates(YearStatus.SELF_ASSESSMENT, 'DRAFT'));

  it('the officer removes a wrong file from a draft: unlinked, the citation beside it kept, bytes and row gone, audited with its name', async () => {
    const wrong = await upload('CCCD nhân viên.pdf');
    const kept = await upload('Kế hoạch CCHC 2025.pdf');
    await saveSelf([
      {
        criterionId: leaf('1.1'),
        declaredValue: '1',
        evidence: [{ fileId: wrong }, { fileId: kept, documentNumber: '12/KH-STP' }],
      },
    ]);
    const before = (await sheet()).version;
    const res = await remove('officer', '1.1', wrong);
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeEvidence.version).toBe(before + 1);
    const row = res.data!.removeEvidence.entries.find((e) => e.code === '1.1')!;
    expect(row.selfEvidence).toEqual([{ fileId: kept, documentNumber: '12/KH-STP', file: { fileName: 'Kế hoạch CCHC 2025.pdf' } }]);
    expect(await fileRow(wrong)).toBeNull();
    expect(await bytes(wrong)).toBe(404);
    expect(await bytes(kept)).toBe(200);
    const audit = await system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ action: 'REMOVE_EVIDENCE', sheetId: world.sheetId, criterionId: leaf('1.1') });
    expect(audit.actorName).toBe('sec.officer');
    expect(audit.before).toMatchObject({ fileName: 'CCCD nhân viên.pdf' });
    expect(audit.after).toMatchObject({ fileName: null, fileDeleted: true, selfEvidence: [{ fileId: kept }] });

    // A file that is also a citation elsewhere: taking the file off keeps the document reference.
    const res2 = await remove('officer', '1.1', kept);
    expect(res2.data!.removeEvidence.entries.find((e) => e.code === '1.1')!.selfEvidence).toEqual([
      { fileId: null, documentNumber: '12/KH-STP', file: null },
    ]);
  });

  it('the unit head may remove too; a file on another leaf of the sheet keeps its bytes until the last reference goes', async () => {
    const shared = await upload('Báo cáo chung.pdf');
    await saveSelf([
      { criterionId: leaf('1.1'), declaredValue: '1', evidence: [{ fileId: shared }] },
      { criterionId: leaf('2.1'), declaredValue: '2', evidence: [{ fileId: shared }] },
    ]);
    expect((await remove('head', '1.1', shared)).errors).toBeUndefined();
    expect(await fileRow(shared)).not.toBeNull();
    expect(await bytes(shared)).toBe(200);
    expect((await remove('officer', '2.1', shared)).errors).toBeUndefined();
    expect(await fileRow(shared)).toBeNull();
    expect(await bytes(shared)).toBe(404);
  });

  it('an archived copy of the sheet keeps the bytes', async () => {
    const archived = await upload('Lưu trữ.pdf');
    await saveSelf([{ criterionId: leaf('2.2'), declaredValue: '100', evidence: [{ fileId: archived }] }]);
    const entry = await system.scoringDb
      .getRepository(ScoreEntryEntity)
      .findOneByOrFail({ sheetId: world.sheetId, criterionId: leaf('2.2') });
    // The unit was once taken off the roster and added back: the archive still cites the file.
    const archiveId = '00000000-0000-4000-8000-00000000a1c0';
    await system.scoringDb.query(
      `INSERT INTO sheet_archive (id, year_id, unit_id, unit_name, group_id, roster_entry, reason, archived_by, archived_by_name, archived_at, filled_leaves)
       VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, 'admin', ?, 1)`,
      [archiveId, world.year.id, world.department.id, 'Sở Tư pháp', (await sheet()).groupId, '{}', '2025-11-01 08:00:00'],
    );
    await system.scoringDb.query('INSERT INTO sheet_archive_entry (archive_id, criterion_id, entry) VALUES (?, ?, ?)', [
      archiveId,
      entry.criterionId,
      JSON.stringify(entry),
    ]);
    const res = await remove('officer', '2.2', archived);
    expect(res.errors).toBeUndefined();
    expect(await fileRow(archived)).not.toBeNull();
    expect(await bytes(archived)).toBe(200);
    const audit = await system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ action: 'REMOVE_EVIDENCE', sheetId: world.sheetId, criterionId: leaf('2.2') });
    expect(audit.after).toMatchObject({ fileDeleted: false });
  });

  it('during an explanation the unit removes supplementary evidence, not the submitted self-assessment evidence', async () => {
    const self = await upload('Tự đánh giá.pdf');
    await saveSelf([{ criterionId: leaf('1.2'), declaredValue: 'tot', evidence: [{ fileId: self }] }]);
    await setStates(YearStatus.APPRAISAL, 'EXPLANATION_REQUESTED');
    await system.scoringDb
      .getRepository(ScoreEntryEntity)
      .update({ sheetId: world.sheetId, criterionId: leaf('1.2') }, { explanationRequested: true, explanationRequestNote: 'Bổ sung' });
    const extra = await upload('Bổ sung.pdf');
    const saved = await gql('officer', SAVE_EXPLANATION, {
      s: world.sheetId,
      v: (await sheet()).version,
      i: [{ criterionId: leaf('1.2'), explanation: 'Đã bổ sung', evidence: [{ fileId: extra }] }],
    });
    expect(saved.errors).toBeUndefined();
    const locked = await unchanged(() => remove('officer', '1.2', self));
    expect([codeOf(locked), reasonOf(locked)]).toEqual(['CONFLICT', 'EVIDENCE_LOCKED']);
    expect(locked.errors![0].message).toContain('minh chứng bổ sung');
    const res = await remove('officer', '1.2', extra);
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeEvidence.entries.find((e) => e.code === '1.2')!.supplementaryEvidence).toEqual([]);
    expect(await bytes(extra)).toBe(404);
    expect(await bytes(self)).toBe(200);
  });

  describe('a year-wide write committed between the removal’s checks and its transaction', () => {
    const updateYear = async (input: Record<string, unknown>) =>
      expect((await gql('admin', UPDATE_YEAR, { id: world.year.id, input })).errors).toBeUndefined();
    const onLeaf = async (code: string, name: string) => {
      const id = await upload(name);
      await saveSelf([{ criterionId: leaf(code), declaredValue: code === '1.1' ? '1' : '2', evidence: [{ fileId: id }] }]);
      return id;
    };
    const removals = () => system.scoringDb.getRepository(AuditEventEntity).countBy({ action: 'REMOVE_EVIDENCE', sheetId: world.sheetId });
    /** The removal wrote nothing (the year's own change is audited as such): version, entries, no removal audited. */
    const unchanged = async (attempt: () => Promise<GraphQLResponse<unknown>>) => {
      const audits = await removals();
      const before = await sheet();
      const entries = await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: world.sheetId });
      const res = await attempt();
      expect((await sheet()).version).toBe(before.version);
      expect(await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: world.sheetId })).toEqual(entries);
      expect(await removals()).toBe(audits);
      return res;
    };

    it('a change the removal does not depend on (a cap): checked again from fresh rows, removed once', async () => {
      const id = await onLeaf('1.1', 'Giữa hai lần kiểm tra.pdf');
      const audits = await removals();
      const before = await sheet();
      const changed = beforeNextTransaction(system.scoringDb, () => updateYear({ bonusCap: 3 }));
      const res = await remove('officer', '1.1', id, before.version);
      expect(changed()).toBe(true);
      expect(res.errors).toBeUndefined();
      expect(res.data!.removeEvidence.version).toBe(before.version + 1);
      expect((await sheet()).version).toBe(before.version + 1);
      expect(await removals()).toBe(audits + 1);
      expect(await fileRow(id)).toBeNull();
      expect(bytesStored(system.config.uploadDir, id)).toBe(false);
    });

    it('the deadline moved into the past, or the year moved on to appraisal: refused as checked again, nothing written', async () => {
      const id = await onLeaf('2.1', 'Hết hạn giữa chừng.pdf');
      try {
        const late = await unchanged(async () => {
          const version = (await sheet()).version;
          const moved = beforeNextTransaction(system.scoringDb, () => updateYear({ selfAssessmentDeadline: '2025-01-31' }));
          const res = await remove('officer', '2.1', id, version);
          expect(moved()).toBe(true);
          return res;
        });
        expect([codeOf(late), reasonOf(late)]).toEqual(['FORBIDDEN', 'DEADLINE']);
        expect(late.errors![0].message).toMatch(/hạn/);
      } finally {
        await updateYear({ selfAssessmentDeadline: '2099-12-31' });
      }
      const appraisal = await unchanged(async () => {
        const version = (await sheet()).version;
        const moved = beforeNextTransaction(system.scoringDb, () =>
          system.scoringDb.transaction(async (manager) => {
            // A transition as the year's service commits one: the year row for update (state_version moves).
            await manager.query('UPDATE assessment_year SET state_version = state_version + 1, status = ? WHERE id = ?', [
              YearStatus.APPRAISAL,
              world.year.id,
            ]);
          }),
        );
        const res = await remove('officer', '2.1', id, version);
        expect(moved()).toBe(true);
        return res;
      });
      expect(codeOf(appraisal)).toBe('CONFLICT');
      expect(appraisal.errors![0].message).toContain('đã kết thúc giai đoạn tự đánh giá');
      expect(await fileRow(id)).not.toBeNull();
      expect(await bytes(id)).toBe(200);
    });

    it('a year that moves again before the second check: CONFLICT YEAR_CHANGED in Vietnamese, nothing written', async () => {
      const id = await onLeaf('1.1', 'Hai lần thay đổi.pdf');
      let again = () => false;
      const res = await unchanged(async () => {
        const version = (await sheet()).version;
        const first = beforeNextTransaction(system.scoringDb, async () => {
          await updateYear({ bonusCap: 2 });
          again = beforeNextTransaction(system.scoringDb, () => updateYear({ bonusCap: 2.5 }));
        });
        const answer = await remove('officer', '1.1', id, version);
        expect([first(), again()]).toEqual([true, true]);
        return answer;
      });
      expect([codeOf(res), reasonOf(res)]).toEqual(['CONFLICT', 'YEAR_CHANGED']);
      expect(res.errors![0].message).toMatch(/tải lại phiếu/);
      expect(await fileRow(id)).not.toBeNull();
      expect(await bytes(id)).toBe(200);
    });
  });

  it('refuses, with a coded Vietnamese reason and nothing written: other units, read-only and assessor roles, other provinces, apps, locked sheets, stale versions, files not on the leaf', async () => {
    const file = await upload('Minh chứng.pdf');
    await saveSelf([{ criterionId: leaf('2.1'), declaredValue: '2', evidence: [{ fileId: file }] }]);
    for (const [who, code] of [
      ['neighbour', 'FORBIDDEN'],
      ['viewer', 'FORBIDDEN'],
      ['appraiser', 'FORBIDDEN'],
      ['admin', 'FORBIDDEN'],
      ['otherAdmin', 'FORBIDDEN'],
      ['otherViewer', 'FORBIDDEN'],
    ] as const) {
      const res = await unchanged(() => remove(who, '2.1', file));
      expect(codeOf(res), who).toBe(code);
      expect(res.errors![0].message, who).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    }
    const app = await unchanged(
      async () =>
        (await (
          await fetch(system.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
            body: JSON.stringify({ query: REMOVE, variables: { s: world.sheetId, v: (await sheet()).version, c: leaf('2.1'), f: file } }),
          })
        ).json()) as GraphQLResponse<unknown>,
    );
    expect(codeOf(app)).toBe('FORBIDDEN');

    const stale = await unchanged(async () => remove('officer', '2.1', file, (await sheet()).version - 1));
    expect([codeOf(stale), reasonOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    const elsewhere = await upload('Chưa gắn.pdf');
    const missing = await unchanged(() => remove('officer', '2.1', elsewhere));
    expect([codeOf(missing), reasonOf(missing)]).toEqual(['NOT_FOUND', 'NOT_ATTACHED']);
    const badId = await unchanged(() => gql('officer', REMOVE, { s: world.sheetId, v: 1, c: leaf('2.1'), f: 'x' }));
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    const notLeaf = await unchanged(async () => remove('officer', '2', file));
    expect([codeOf(notLeaf), reasonOf(notLeaf)]).toEqual(['BAD_USER_INPUT', 'NOT_A_LEAF']);

    for (const [year, status, message] of [
      [YearStatus.SELF_ASSESSMENT, 'SUBMITTED', 'Phiếu đã khóa vì đã nộp'],
      [YearStatus.APPRAISAL, 'UNDER_APPRAISAL', 'đã kết thúc giai đoạn tự đánh giá'],
      [YearStatus.APPRAISAL, 'EXPLAINED', 'đã kết thúc giai đoạn tự đánh giá'],
      [YearStatus.APPRAISAL, 'APPROVED', 'đã kết thúc giai đoạn tự đánh giá'],
      [YearStatus.FINALIZED, 'APPROVED', 'chốt kết quả'],
      [YearStatus.PUBLISHED, 'APPROVED', 'công bố'],
    ] as const) {
      await setStates(year, status);
      const res = await unchanged(() => remove('officer', '2.1', file));
      expect(codeOf(res), `${year} ${status}`).toBe('CONFLICT');
      expect(res.errors![0].message, `${year} ${status}`).toContain(message);
    }
    expect(await bytes(file)).toBe(200);
  });
});
