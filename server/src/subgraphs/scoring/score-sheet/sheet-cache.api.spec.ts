import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseCacheOf } from '../../../platform/http/response-cache';
import { adminDocument } from '../../../testing/admin-documents';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { clearRankingCache } from '../results/ranking-cache';
import {
  ADD_UNIT,
  APPRAISE,
  COMPLETE,
  LOCK_SET,
  ok,
  RECOMPUTE,
  SAVE_SELF,
  seedDepartmentYear,
  START,
  SURVEY,
  UPDATE_CRITERION,
  UPDATE_YEAR,
} from '../results/results-test-kit';
import type { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

/**
 * Issue 9: a whole score sheet (the admin's ScoreSheet document) is served as stored text, per
 * caller, while the sheet's version, the group's results_version and the sheet, year, group and
 * roster rows are unchanged. For every write that changes what a sheet shows: read (the cache is
 * warm for the administrator, the unit's officer and its head) → change → read again, and each
 * caller's answer equals one built with no cache at all. And one caller's view never reaches
 * another: the officer reading after the administrator gets no appraisal figures before they are
 * his to see.
 */
const REQUEST_ATTESTATION = 'mutation($s: ID!) { requestAttestation(sheetId: $s) { id } }';
const ATTEST = 'mutation($s: ID!, $v: Int!) { attestScoreSheet(sheetId: $s, version: $v, confirmed: true) { id } }';
const TRANSITION = 'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to, reason: "Điều chỉnh") { to } }';
const REOPEN_SHEET = `mutation($s: ID!, $v: Int!) { reopenScoreSheet(sheetId: $s, version: $v, target: APPRAISAL, reason: "Rà soát lại") { version } }`;
const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa nội dung") { locked } }';
const DEFAULT_ZERO =
  'mutation($y: ID!, $g: ID!, $on: Boolean!) { setBonusPenaltyDefaultZero(yearId: $y, groupId: $g, enabled: $on) { yearId } }';

interface Sheet {
  version: number;
  status: string;
  availableActions: string[];
  totals: { selfTotal: number; appraisedTotal: number | null; index: number | null; selfIndex: number | null } | null;
  attestations: { purpose: string; status: string }[];
  entries: {
    criterionId: string;
    declaredValue: string | null;
    selfPoints: number | null;
    round1Points: number | null;
    selfNote: string | null;
  }[];
  criteria: { id: string; title: string }[];
}

describe(`score sheets served from stored text per caller and version (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  let admin: string;
  let units: OrgUnitEntity[];
  let officer: string;
  let head: string;
  let stranger: string;
  let sheetId: string;
  const leaf = (code: string) => nodes.get(code)!.id;
  const sheetCache = () => responseCacheOf(system.scoringDb, 'sheets');

  const version = async () => (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetId })).version;
  const act = async (doc: string, token: string, vars: Record<string, unknown> = {}) =>
    ok(await system.gql(doc, { s: sheetId, v: await version(), ...vars }, { token }));
  const read = async (token: string) =>
    ok(await system.gql<{ scoreSheet: Sheet }>(adminDocument('ScoreSheet'), { id: sheetId }, { token })).scoreSheet;
  /** The same read with no cache: what the stored rows say now. */
  const fresh = async (token: string) => {
    clearRankingCache(system.scoringDb);
    return read(token);
  };
  const callers = () => [admin, officer, head];

  /** read (warm, for every caller) → change → read again: equals a build from nothing, for every caller. */
  async function throughCache(change: () => Promise<unknown>): Promise<{ before: Sheet; after: Sheet }> {
    const before = await read(admin);
    for (const token of callers()) await read(token);
    expect(sheetCache().size).toBeGreaterThan(0);
    // A repeated read is a hit: it equals the read before it.
    expect(await read(admin)).toEqual(before);
    await change();
    const afters: Sheet[] = [];
    for (const token of callers()) afters.push(await read(token));
    for (const [i, token] of callers().entries()) expect(afters[i]).toEqual(await fresh(token));
    return { before, after: afters[0] };
  }

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Hà Giang', code: '02' },
      departments: ['Sở Công Thương', 'Sở Du lịch', 'Sở Khoa học'],
      rostered: 2,
    });
    ({ year, group, nodes, admin, units } = seeded);
    [officer, head, stranger] = [seeded.officers[0], seeded.heads[0], seeded.officers[1]];
    sheetId = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: units[0].id })).id;
  });
  afterAll(() => system?.stop());

  const declare = (ratio: string, note: string | null) =>
    act(SAVE_SELF, officer, {
      e: [
        { criterionId: leaf('1.1'), declaredValue: '1', note },
        { criterionId: leaf('1.2'), declaredValue: 'tot' },
        { criterionId: leaf('2.1'), declaredValue: '3' },
        { criterionId: leaf('2.2'), declaredValue: ratio },
        { criterionId: leaf('2.3'), declaredValue: '90' },
        { criterionId: leaf('2.4'), declaredValue: '1' },
        { criterionId: leaf('2.5'), declaredValue: '7' },
        { criterionId: leaf('T.1'), declaredValue: '1' },
        { criterionId: leaf('D.1'), declaredValue: '0' },
      ],
    });

  it('a save, a second save and an empty-changing save are read at once', async () => {
    let step = await throughCache(() => declare('85', 'Theo báo cáo'));
    expect(step.after.version).toBeGreaterThan(step.before.version);
    expect(step.after.entries.find((e) => e.criterionId === leaf('2.2'))!.declaredValue).toBe('85');
    step = await throughCache(() => declare('60', null));
    expect(step.after.entries.find((e) => e.criterionId === leaf('2.2'))!.declaredValue).toBe('60');
    expect(step.after.totals!.selfTotal).toBeLessThan(step.before.totals!.selfTotal);
  });

  it('the save’s answer (the admin’s document: the sheet without its tree; of the saved entries, what a save writes) equals the sheet read afterwards', async () => {
    const entries = [
      {
        criterionId: leaf('1.1'),
        declaredValue: '0',
        note: 'Chưa ban hành',
        evidence: [{ documentNumber: '12/KH-UBND', documentDate: '2025-01-10', title: 'Kế hoạch' }],
      },
      { criterionId: leaf('2.2'), declaredValue: '75' },
    ];
    const saved = ok(
      await system.gql<{ saveSelfAssessment: Record<string, unknown> }>(
        adminDocument('SaveSelfAssessment'),
        { sheetId, version: await version(), entries, criterionIds: entries.map((e) => e.criterionId) },
        { token: officer },
      ),
    ).saveSelfAssessment;
    const { criteria, ...state } = (await fresh(officer)) as unknown as Record<string, unknown> & { entries: { criterionId: string }[] };
    expect(criteria).toBeDefined();
    expect(state.entries.length).toBeGreaterThan(2);
    // The header as read, and the two saved leaves' entries as read (in the sheet's order), in the
    // fields a self-assessment save writes.
    const savedIds = new Set(entries.map((e) => e.criterionId));
    const written = ['criterionId', 'declaredValue', 'notApplicable', 'selfPoints', 'selfNote', 'selfEvidence', 'updatedAt'];
    const pick = (e: Record<string, unknown>) => Object.fromEntries(written.map((k) => [k, e[k]]));
    expect(saved).toEqual({
      ...state,
      entries: state.entries.filter((e) => savedIds.has(e.criterionId)).map((e) => pick(e as Record<string, unknown>)),
    });
    expect((saved.entries as { selfEvidence: unknown[] }[])[0].selfEvidence).toHaveLength(1);
  });

  it('the officer’s request and the head’s attestation change the attestations and the officer’s actions', async () => {
    let step = await throughCache(() => system.gql(REQUEST_ATTESTATION, { s: sheetId }, { token: officer }).then(ok));
    expect(step.after.attestations.find((a) => a.purpose === 'SUBMIT')!.status).not.toBe(
      step.before.attestations.find((a) => a.purpose === 'SUBMIT')!.status,
    );
    const officerBefore = await read(officer);
    expect(officerBefore.availableActions).not.toContain('SUBMIT');
    step = await throughCache(() => act(ATTEST, head));
    expect((await read(officer)).availableActions).toContain('SUBMIT');
  });

  it('a survey import, a cap change, a set edit, the default-zero flag and a year recompute each invalidate it', async () => {
    const survey = Buffer.from('Mã đơn vị;Mã tiêu chí;Giá trị\nS0;3.1;90\nS1;3.1;60').toString('base64');
    let step = await throughCache(() => system.gql(SURVEY, { y: year.id, b: survey }, { token: admin }).then(ok));
    expect(step.after.totals!.selfIndex).not.toBe(step.before.totals!.selfIndex);
    step = await throughCache(() => system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 0.5 } }, { token: admin }).then(ok));
    expect(step.after.totals!.selfTotal).toBeLessThan(step.before.totals!.selfTotal);
    // A wording change of a leaf (no rule change) in a reopened set: the sheet's tree shows it.
    step = await throughCache(async () => {
      ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
      ok(await system.gql(UPDATE_CRITERION, { id: leaf('1.1'), input: { title: 'Ban hành kế hoạch CCHC năm (sửa)' } }, { token: admin }));
      ok(await system.gql(LOCK_SET, { y: year.id, g: group.id }, { token: admin }));
    });
    expect(step.after.criteria.find((c) => c.id === leaf('1.1'))!.title).toBe('Ban hành kế hoạch CCHC năm (sửa)');
    await throughCache(async () => {
      ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
      ok(await system.gql(DEFAULT_ZERO, { y: year.id, g: group.id, on: true }, { token: admin }));
      ok(await system.gql(LOCK_SET, { y: year.id, g: group.id }, { token: admin }));
    });
    await throughCache(async () => {
      // A change behind the API, put right by a full recompute.
      await system.scoringDb.query('UPDATE score_entry SET self_points = 0 WHERE sheet_id = ?', [sheetId]);
      ok(await system.gql(RECOMPUTE, { y: year.id }, { token: admin }));
    });
  });

  it('a roster change and deadlines moved by the administrator are read at once', async () => {
    await throughCache(() => system.gql(ADD_UNIT, { y: year.id, g: group.id, u: units[2].id }, { token: admin }).then(ok));
    await throughCache(() =>
      system.gql(UPDATE_YEAR, { id: year.id, input: { selfAssessmentDeadline: '2099-06-30' } }, { token: admin }).then(ok),
    );
  });

  it('submission, the year’s transition and the appraisal change what each caller sees; the unit never sees points not yet its to see', async () => {
    let submitted: Record<string, unknown> = {};
    await throughCache(async () => {
      submitted = ok(
        await system.gql<{ submitSelfAssessment: Record<string, unknown> }>(
          adminDocument('SubmitSelfAssessment'),
          { sheetId, version: await version() },
          { token: head },
        ),
      ).submitSelfAssessment;
    });
    // The transition's answer (status, version, submittedAt and updatedAt as written, not read back) equals the sheet read after it.
    const { criteria, ...submittedState } = (await fresh(head)) as unknown as Record<string, unknown>;
    expect(criteria).toBeDefined();
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted).toEqual(submittedState);
    await throughCache(() => system.gql(TRANSITION, { id: year.id, to: 'APPRAISAL' }, { token: admin }).then(ok));
    await throughCache(() => act(START, admin));
    const e = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', 'T.1', 'D.1'].map((code) => ({ criterionId: leaf(code), points: null }));
    const appraised = await throughCache(() => act(APPRAISE, admin, { e }));
    expect(appraised.after.entries.find((x) => x.criterionId === leaf('1.1'))!.round1Points).not.toBeNull();
    // The administrator warmed the cache with appraised points; the unit reads none of them yet.
    const own = await read(officer);
    expect(own.entries.every((x) => x.round1Points === null)).toBe(true);
    expect(own.totals!.appraisedTotal).toBeNull();
    expect(own).toEqual(await fresh(officer));
    const completed = await throughCache(() => act(COMPLETE, admin));
    expect(completed.after.status).toBe('APPRAISED');
    expect((await read(officer)).entries.some((x) => x.round1Points !== null)).toBe(true);
    await throughCache(() => act(REOPEN_SHEET, admin));
  });

  it('another unit’s officer is refused, from a warm cache too', async () => {
    await read(admin);
    // The second department's officer: same province, not his sheet (the year is not published).
    const other = await system.gql(adminDocument('ScoreSheet'), { id: sheetId }, { token: stranger });
    expect(other.data?.scoreSheet ?? null).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a repeated read costs only the statements of its key', async () => {
    const statements = async () => (await countQueries(system.scoringDb, () => read(admin))).count;
    await statements();
    const warm = await statements();
    clearRankingCache(system.scoringDb);
    const cold = await statements();
    expect(warm).toBeLessThan(cold);
    expect(warm).toBeLessThanOrEqual(5);
  });
});
