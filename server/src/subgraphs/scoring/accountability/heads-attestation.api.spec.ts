import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';

const ATTEST = (purpose = 'SUBMIT') =>
  `attestScoreSheet(sheetId: $sheetId, version: $version, purpose: ${purpose}, confirmed: true) { version attestations { purpose status sheetVersion } }`;
const SUBMIT = 'submitSelfAssessment(sheetId: $sheetId, version: $version) { version status }';
const ATTESTATIONS = `query($id: ID!) { scoreSheet(id: $id) { version status availableActions
  attestations { purpose status sheetVersion attestedByName headName statement requestedByName } } }`;
type Attestation = {
  purpose: string;
  status: string;
  sheetVersion: number | null;
  attestedByName: string | null;
  headName: string | null;
  statement: string | null;
  requestedByName: string | null;
};
type SheetView = { version: number; status: string; availableActions: string[]; attestations: Attestation[] };

const TERM = `mutation($input: HeadTermInput!) { saveHeadTerm(input: $input) { unitName canManage terms { id role fullName title fromDate toDate } head { fullName } deputy { fullName } } }`;
const HEADS_LIST = `query($y: ID!, $g: ID!) { headsList(yearId: $y, groupId: $g) { label provisional rows { unitName unitCode head { fullName } otherHeads { fullName } deputy { fullName } index rank classification { label } headRating { label } provisional } } }`;
type HeadsRow = {
  unitName: string;
  unitCode: string;
  head: { fullName: string } | null;
  otherHeads: { fullName: string }[];
  deputy: { fullName: string } | null;
  index: number | null;
  rank: number | null;
  classification: { label: string } | null;
  headRating: { label: string } | null;
};

describe(`heads and the head's attestation (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const view = async (who: string, unit: string) => {
    const res = await f.gql<{ scoreSheet: SheetView }>(who, ATTESTATIONS, { id: f.sheetOf[unit] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet;
  };
  const term = (who: string, unit: string, input: Record<string, unknown>) =>
    f.gql<{
      saveHeadTerm: {
        terms: { id: string; fullName: string }[];
        head: { fullName: string } | null;
        deputy: { fullName: string } | null;
        canManage: boolean;
      };
    }>(who, TERM, {
      input: { yearId: f.year.id, unitId: f.units[unit].id, role: 'HEAD', title: 'Chủ tịch UBND xã', fromDate: '2024-01-01', ...input },
    });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
  });
  afterAll(() => f?.system.stop());

  it('an officer alone is refused with a Vietnamese reason; the head attests the version, any change voids it', async () => {
    await f.fill('C1a');
    const alone = await f.sheetAct('officerC1a', 'C1a', SUBMIT);
    expect(code(alone)).toBe('FORBIDDEN');
    expect(reason(alone)).toBe('ATTESTATION_REQUIRED');
    expect(alone.errors![0].message).toMatch(/cần người đứng đầu đơn vị xác nhận/);
    const before = await view('officerC1a', 'C1a');
    expect(before.availableActions).toEqual(['SAVE_SELF']);

    // The officer asks; only the unit's head may attest (not the officer, not another unit's head).
    const ask = await f.gql('officerC1a', 'mutation($s: ID!) { requestAttestation(sheetId: $s, purpose: SUBMIT) { id } }', {
      s: f.sheetOf.C1a,
    });
    expect(ask.errors).toBeUndefined();
    expect((await view('headC1a', 'C1a')).attestations[0]).toMatchObject({ status: 'REQUESTED', requestedByName: 'officerc1a' });
    expect(reason(await f.sheetAct('officerC1a', 'C1a', ATTEST()))).toBe('NOT_HEAD');
    expect(code(await f.sheetAct('headC1b', 'C1a', ATTEST()))).toBe('FORBIDDEN');
    const notTicked = await f.sheetAct('headC1a', 'C1a', ATTEST().replace('confirmed: true', 'confirmed: false'));
    expect(code(notTicked)).toBe('BAD_USER_INPUT');

    const version = (await view('headC1a', 'C1a')).version;
    expect(code(await f.sheetAct('headC1a', 'C1a', ATTEST()))).toBeNull();
    const attested = await view('officerC1a', 'C1a');
    expect(attested.version).toBe(version); // attesting does not change the sheet
    expect(attested.attestations[0]).toMatchObject({
      status: 'VALID',
      sheetVersion: version,
      attestedByName: 'headc1a',
      statement: 'Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác',
    });
    expect(attested.availableActions).toEqual(['SAVE_SELF', 'SUBMIT']);

    // A change after attestation voids it.
    await f.fill('C1a', { '2.1': '3' });
    expect((await view('officerC1a', 'C1a')).attestations[0].status).toBe('STALE');
    const stale = await f.sheetAct('officerC1a', 'C1a', SUBMIT);
    expect(reason(stale)).toBe('ATTESTATION_STALE');
    expect(stale.errors![0].message).toMatch(/xác nhận lại/);
    expect(await f.system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: f.sheetOf.C1a })).toMatchObject({
      status: 'DRAFT',
    });

    expect(code(await f.sheetAct('headC1a', 'C1a', ATTEST()))).toBeNull();
    const attestedVersion = (await view('officerC1a', 'C1a')).version;
    const submitted = await f.sheetAct<{ r: { status: string } }>('officerC1a', 'C1a', SUBMIT);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.r.status).toBe('SUBMITTED');
    // On the submitted sheet the attestation stays, with the version that was sent.
    expect((await view('officerC1a', 'C1a')).attestations[0]).toMatchObject({ status: 'RECORDED', sheetVersion: attestedVersion });

    // The audit trail has who, when, which version.
    const trail = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .find({ where: { sheetId: f.sheetOf.C1a, entityType: 'ATTESTATION' as never }, order: { id: 'ASC' } });
    expect(trail.map((e) => e.action)).toEqual(['REQUEST_ATTESTATION', 'ATTEST', 'ATTEST']);
    expect(trail[2]).toMatchObject({ actorName: 'headc1a', reason: 'Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác' });
    expect(trail[2].after).toMatchObject({ sheetVersion: attestedVersion, attestedByName: 'headc1a' });
    expect(trail[1].after).toMatchObject({ sheetVersion: version });
  });

  it('the head submits himself, and his submission is recorded as his attestation with the head on record', async () => {
    expect(code(await term('chairH1', 'C1b', { fullName: 'Phạm Văn Hải' }))).toBeNull();
    await f.fill('C1b');
    const res = await f.sheetAct<{ r: { status: string } }>('headC1b', 'C1b', SUBMIT);
    expect(res.errors).toBeUndefined();
    const att = (await view('officerC1b', 'C1b')).attestations[0];
    expect(att).toMatchObject({ status: 'RECORDED', attestedByName: 'headc1b', headName: 'Phạm Văn Hải – Chủ tịch UBND xã' });
    const trail = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findBy({ sheetId: f.sheetOf.C1b, entityType: 'ATTESTATION' as never });
    expect(trail.map((e) => e.action)).toEqual(['ATTEST_BY_SUBMISSION']);
  });

  it('heads: a district chairman manages his communes only; a commune officer reads only his own; changes are audited', async () => {
    // Mid-year change of head: two terms kept; overlap refused.
    expect(code(await term('chairH1', 'C1a', { fullName: 'Nguyễn Văn An', toDate: '2024-06-30' }))).toBeNull();
    const second = await term('chairH1', 'C1a', { fullName: 'Trần Thị Bình', fromDate: '2024-07-01' });
    expect(second.errors).toBeUndefined();
    expect(second.data!.saveHeadTerm.head!.fullName).toBe('Trần Thị Bình');
    const overlap = await term('chairH1', 'C1a', { fullName: 'Lê Văn Cường', fromDate: '2024-06-01' });
    expect(code(overlap)).toBe('BAD_USER_INPUT');
    expect(overlap.errors![0].message).toMatch(/trùng thời gian với Nguyễn Văn An/);
    expect(code(await term('chairH1', 'C1a', { role: 'DEPUTY', fullName: 'Đỗ Minh Đức', title: 'Phó Chủ tịch UBND xã' }))).toBeNull();

    // Scope: another district, the province's appraiser (the district assesses communes), units themselves.
    expect(code(await term('chairH2', 'C1a', { fullName: 'X' }))).toBe('FORBIDDEN');
    expect(code(await term('chairH1', 'C2a', { fullName: 'X' }))).toBe('FORBIDDEN');
    expect(code(await term('chairH1', 'STP', { fullName: 'X' }))).toBe('FORBIDDEN');
    expect(code(await term('appraiserP', 'C1a', { fullName: 'X' }))).toBe('FORBIDDEN');
    expect(code(await term('officerC1a', 'C1a', { fullName: 'X' }))).toBe('FORBIDDEN');
    expect(code(await term('admin', 'C2a', { fullName: 'Hoàng Văn Em' }))).toBeNull();
    expect(code(await term('appraiserP', 'STP', { fullName: 'Vũ Thị Giang', title: 'Giám đốc Sở Tư pháp' }))).toBeNull();

    const read = (who: string, unit: string) =>
      f.gql<{ unitHeads: { canManage: boolean; terms: unknown[] } }>(
        who,
        'query($y: ID!, $u: ID!) { unitHeads(yearId: $y, unitId: $u) { canManage terms { id } } }',
        {
          y: f.year.id,
          u: f.units[unit].id,
        },
      );
    const own = await read('officerC1a', 'C1a');
    expect(own.data!.unitHeads).toMatchObject({ canManage: false });
    expect(own.data!.unitHeads.terms).toHaveLength(3);
    expect(code(await read('officerC1a', 'C1b'))).toBe('FORBIDDEN');
    expect(code(await read('chairH2', 'C1a'))).toBe('FORBIDDEN');
    expect((await read('viewerP', 'C1a')).data!.unitHeads.canManage).toBe(false);

    const audits = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .find({ where: { entityType: 'HEAD' as never }, order: { id: 'ASC' } });
    const change = audits.find((a) => (a.after as { fullName?: string }).fullName === 'Trần Thị Bình')!;
    expect(change).toMatchObject({ action: 'CREATE', actorName: 'chairh1', before: null });
    expect(change.after).toMatchObject({ unitId: f.units.C1a.id, role: 'HEAD', fromDate: '2024-07-01', toDate: null });
  });

  it('lists heads with the index, classification and head rating as the visibility rules allow, labelled as the basis of the rating', async () => {
    // STP: head submits; the province appraises it completely.
    await f.fill('STP');
    expect(code(await f.sheetAct('headSTP', 'STP', SUBMIT))).toBeNull();
    expect(code(await f.sheetAct('appraiserP', 'STP', 'startAppraisal(sheetId: $sheetId, version: $version) { id }'))).toBeNull();
    const leaves = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', 'T.1', 'D.1'].map((c) => ({ criterionId: f.nodes.d.get(c)!.id }));
    expect(
      code(
        await f.sheetAct(
          'appraiserP',
          'STP',
          'saveAppraisal(sheetId: $sheetId, version: $version, round: 1, entries: $e) { id }',
          '$e: [AppraisalEntryInput!]!',
          {
            e: leaves,
          },
        ),
      ),
    ).toBeNull();
    expect(code(await f.sheetAct('appraiserP', 'STP', 'completeAppraisal(sheetId: $sheetId, version: $version) { id }'))).toBeNull();

    const list = async (who: string) => {
      const res = await f.gql<{ headsList: { label: string; provisional: boolean; rows: HeadsRow[] } }>(who, HEADS_LIST, {
        y: f.year.id,
        g: f.departments.id,
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.headsList;
    };
    const province = await list('appraiserP');
    expect(province.label).toBe('Căn cứ đánh giá, xếp loại người đứng đầu');
    expect(province.provisional).toBe(true);
    const stp = province.rows.find((r) => r.unitCode === 'STP')!;
    expect(stp.head!.fullName).toBe('Vũ Thị Giang');
    // 10 + 10 + 10 + 15 + 10 + 5 + 8 (manual 2.5) = 68 of 100 (no survey imported) → 68.00 %, Trung bình → Hoàn thành nhiệm vụ.
    expect(stp).toMatchObject({
      index: 68,
      rank: 1,
      classification: { label: 'Trung bình' },
      headRating: { label: 'Hoàn thành nhiệm vụ' },
    });
    // A unit not appraised yet has no index, rank or rating.
    expect(province.rows.find((r) => r.unitCode === 'SYT')).toMatchObject({
      index: null,
      rank: null,
      classification: null,
      headRating: null,
    });

    // The unit itself sees its own row only, and no appraised index or rating before publication.
    const own = await list('officerSTP');
    expect(own.rows.map((r) => r.unitCode)).toEqual(['STP']);
    expect(own.rows[0]).toMatchObject({ index: null, classification: null, headRating: null, head: { fullName: 'Vũ Thị Giang' } });
    // A district sees no department.
    expect((await list('chairH1')).rows).toEqual([]);

    const file = await f.gql<{ exportHeadsList: { fileName: string; base64: string } }>(
      'appraiserP',
      `query($y: ID!, $g: ID!) { exportHeadsList(yearId: $y, groupId: $g) { fileName base64 } }`,
      {
        y: f.year.id,
        g: f.departments.id,
      },
    );
    expect(file.errors).toBeUndefined();
    expect(file.data!.exportHeadsList.fileName).toBe('nguoi-dung-dau-2024-khoi-so-ban-nganh.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data!.exportHeadsList.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toMatch(/^Căn cứ đánh giá, xếp loại người đứng đầu — năm 2024/);
    const values = ws
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .map(String);
    expect(values).toContain('Vũ Thị Giang – Giám đốc Sở Tư pháp');
    expect(values).toContain('Hoàn thành nhiệm vụ');
  });
});
