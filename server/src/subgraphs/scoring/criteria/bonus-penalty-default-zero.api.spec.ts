import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import {
  code,
  FULL_VALUES,
  reason,
  startAccountabilityFixture,
  type AccountabilityFixture,
} from '../accountability/accountability-fixture';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { resultDrift } from '../results/results-oracle';
import { UnitResultEntity } from '../results/unit-result.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';

/*
 * Issue 11 §4: "bonus and penalty leaves default to 0 where the criteria set says so". The
 * departments' set of the fixture has one bonus leaf (T.1) and one penalty leaf (D.1) besides
 * seven scored leaves and a survey leaf: 9 leaves for the unit's progress.
 */
const SET_DEFAULT = `mutation($y: ID!, $g: ID!, $on: Boolean!) {
  setBonusPenaltyDefaultZero(yearId: $y, groupId: $g, enabled: $on) { locked group { id bonusPenaltyDefaultZero } } }`;
const REOPEN = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Áp dụng mặc định 0 điểm") { locked } }';
const SET = 'query($y: ID!, $g: ID!) { criteriaSet(yearId: $y, groupId: $g) { group { bonusPenaltyDefaultZero } } }';
const PROGRESS = 'query($id: ID!) { scoreSheet(id: $id) { status progress { total filled appraised } } }';
const TASKS = '{ myTasks { kind sheetId detail } }';

type Progress = { total: number; filled: number; appraised: number };

describe(`bonus and penalty leaves default to 0 where the set says so (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const toggle = (who: string, on: boolean, groupId = f.departments.id) => f.gql(who, SET_DEFAULT, { y: f.year.id, g: groupId, on });
  const progress = async (unit: string, who = unit.startsWith('C1') ? 'chairH1' : 'chairP') => {
    const res = await f.gql<{ scoreSheet: { status: string; progress: Progress } }>(who, PROGRESS, { id: f.sheetOf[unit] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet.progress;
  };
  const submit = (unit: string) => f.sheetAct(`head${unit}`, unit, 'submitSelfAssessment(sheetId: $sheetId, version: $version) { status }');
  const resultsVersion = async () =>
    (await f.system.scoringDb.getRepository(UnitGroupEntity).findOneByOrFail({ id: f.departments.id })).resultsVersion;
  /** Every stored result (progress included) equals a recompute from scratch (issue 8). */
  const expectNoDrift = async () => expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
  // The unit fills its seven scored leaves and leaves the bonus and the penalty empty.
  const scoredOnly = Object.fromEntries(Object.entries(FULL_VALUES).filter(([k]) => k !== 'T.1' && k !== 'D.1'));

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    const res = await f.sheetAct(
      'officerSTP',
      'STP',
      'saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) { version }',
      '$entries: [SelfAssessmentEntryInput!]!',
      { entries: Object.entries(scoredOnly).map(([k, v]) => ({ criterionId: f.nodes.d.get(k)!.id, declaredValue: v })) },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });
  afterAll(() => f?.system.stop());

  it('only the province administrator changes the setting, and only while the set is editable', async () => {
    for (const who of ['officerSTP', 'headSTP', 'appraiserP', 'chairP', 'viewerP', 'chairH1']) {
      const res = await toggle(who, true);
      expect(code(res), who).toBe('FORBIDDEN');
      expect(res.errors![0].message).toBe('Chỉ quản trị viên cấp tỉnh của tỉnh này mới được thay đổi kỳ đánh giá.');
    }
    expect(code(await f.gql(undefined, SET_DEFAULT, { y: f.year.id, g: f.departments.id, on: true }))).toBe('UNAUTHENTICATED');
    // The year has opened self-assessment: the set is locked like its nodes.
    const locked = await toggle('admin', true);
    expect(code(locked)).toBe('CONFLICT');
    expect(reason(locked)).toBe('CRITERIA_LOCKED');
    expect(locked.errors![0].message).toBe('Bộ tiêu chí đã khóa vì kỳ đánh giá đã mở tự đánh giá');
    expect(code(await f.gql('admin', SET_DEFAULT, { y: f.year.id, g: 'not-an-id', on: true }))).toBe('BAD_USER_INPUT');
    const read = await f.gql<{ criteriaSet: { group: { bonusPenaltyDefaultZero: boolean } } }>('admin', SET, {
      y: f.year.id,
      g: f.departments.id,
    });
    expect(read.data!.criteriaSet.group.bonusPenaltyDefaultZero).toBe(false);
  });

  it('without the setting the empty bonus and penalty block the submission; with it they count as 0, filled', async () => {
    expect(await progress('STP')).toEqual({ total: 9, filled: 7, appraised: 0 });
    const refused = await submit('STP');
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(reason(refused)).toBe('INCOMPLETE');
    expect([...(refused.errors![0].extensions!.criteria as string[])].sort()).toEqual(['D.1', 'T.1']);
    expect(refused.errors![0].message).toMatch(/^Chưa thể nộp: còn 2 tiêu chí chưa tự chấm \((T\.1, D\.1|D\.1, T\.1)\)\.$/);

    const resultRepo = f.system.scoringDb.getRepository(UnitResultEntity);
    const before = await resultRepo.findOneByOrFail({ sheetId: f.sheetOf.STP });
    const versionBefore = await resultsVersion();
    expect(code(await f.gql('admin', REOPEN, { y: f.year.id, g: f.departments.id }))).toBeNull();
    const on = await toggle('admin', true);
    expect(on.errors).toBeUndefined();
    expect(on.data).toMatchObject({ setBonusPenaltyDefaultZero: { locked: false, group: { bonusPenaltyDefaultZero: true } } });

    // The stored results followed in the same request (the inbox and progress pages read them).
    expect(await progress('STP')).toEqual({ total: 9, filled: 9, appraised: 2 });
    expect(await progress('SYT')).toEqual({ total: 9, filled: 2, appraised: 2 });
    // Another group's set keeps its own setting.
    expect(await progress('C1a')).toEqual({ total: 9, filled: 0, appraised: 0 });
    const after = await resultRepo.findOneByOrFail({ sheetId: f.sheetOf.STP });
    expect(after).toMatchObject({ selfTotal: before.selfTotal, appraisedTotal: before.appraisedTotal, index: before.index });
    expect(await resultsVersion()).toBeGreaterThan(versionBefore);
    await expectNoDrift();
    const audit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findBy({ entityId: f.departments.id, action: 'SET_BONUS_PENALTY_DEFAULT_ZERO' });
    expect(audit.map((a) => [a.before, a.after])).toEqual([[{ bonusPenaltyDefaultZero: false }, { bonusPenaltyDefaultZero: true }]]);

    // The same value again changes nothing: no audit, no recompute.
    const versionOn = await resultsVersion();
    expect((await toggle('admin', true)).errors).toBeUndefined();
    expect(await resultsVersion()).toBe(versionOn);

    // The officer's inbox now says "submit", with every criterion filled.
    const tasks = await f.gql<{ myTasks: { kind: string; sheetId: string | null; detail: string | null }[] }>('officerSTP', TASKS);
    expect(tasks.data!.myTasks.find((t) => t.sheetId === f.sheetOf.STP)).toMatchObject({ kind: 'SUBMIT', detail: 'Đã nhập đủ 9 tiêu chí' });

    const submitted = await submit('STP');
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data).toEqual({ r: { status: 'SUBMITTED' } });
    await expectNoDrift();
  });

  it('the appraiser completes without scoring the defaulted leaves, but must appraise a bonus the unit claimed', async () => {
    // SYT claims a bonus (T.1 = 1.5 points) and leaves the penalty empty.
    await f.fill('SYT', { 'T.1': '1.5', 'D.1': null });
    expect(await progress('SYT')).toEqual({ total: 9, filled: 9, appraised: 1 });
    expect((await submit('SYT')).errors).toBeUndefined();
    for (const unit of ['STP', 'SYT']) {
      expect(
        (await f.sheetAct('appraiserP', unit, 'startAppraisal(sheetId: $sheetId, version: $version) { status }')).errors,
      ).toBeUndefined();
      const scored = Object.keys(scoredOnly).map((k) => ({ criterionId: f.nodes.d.get(k)!.id, points: null as number | null }));
      // Points equal to the unit's own: no note needed.
      const sheet = await f.gql<{ scoreSheet: { entries: { code: string; selfPoints: number | null }[] } }>(
        'appraiserP',
        'query($id: ID!) { scoreSheet(id: $id) { entries { code selfPoints } } }',
        { id: f.sheetOf[unit] },
      );
      for (const s of scored) {
        const c = [...f.nodes.d.values()].find((n) => n.id === s.criterionId)!.code;
        s.points = sheet.data!.scoreSheet.entries.find((e) => e.code === c)!.selfPoints;
      }
      const saved = await f.sheetAct(
        'appraiserP',
        unit,
        'saveAppraisal(sheetId: $sheetId, version: $version, round: 1, entries: $entries) { version }',
        '$entries: [AppraisalEntryInput!]!',
        { entries: scored },
      );
      expect(saved.errors).toBeUndefined();
    }
    expect(await progress('STP')).toEqual({ total: 9, filled: 9, appraised: 9 });
    expect(await progress('SYT')).toEqual({ total: 9, filled: 9, appraised: 8 });
    const complete = (unit: string) => f.sheetAct('appraiserP', unit, 'completeAppraisal(sheetId: $sheetId, version: $version) { status }');
    expect((await complete('STP')).errors).toBeUndefined();
    const open = await complete('SYT');
    expect(reason(open)).toBe('INCOMPLETE');
    expect(open.errors![0].extensions!.criteria).toEqual(['T.1']);
    await expectNoDrift();
  });

  it('turning it off again is recomputed too: the empty leaves are open again', async () => {
    const versionBefore = await resultsVersion();
    const off = await toggle('admin', false);
    expect(off.data).toMatchObject({ setBonusPenaltyDefaultZero: { group: { bonusPenaltyDefaultZero: false } } });
    expect(await resultsVersion()).toBeGreaterThan(versionBefore);
    expect(await progress('STP')).toEqual({ total: 9, filled: 7, appraised: 7 });
    expect(await progress('SNV')).toEqual({ total: 9, filled: 0, appraised: 0 });
    await expectNoDrift();
  });

  it('copying a set carries its setting, recomputed for the target group', async () => {
    expect((await toggle('admin', true)).errors).toBeUndefined();
    expect(code(await f.gql('admin', REOPEN, { y: f.year.id, g: f.communes.id }))).toBeNull();
    const copied = await f.gql(
      'admin',
      'mutation($y: ID!, $from: ID!, $to: ID!) { copyCriteriaSet(fromYearId: $y, fromGroupId: $from, toYearId: $y, toGroupId: $to) { group { bonusPenaltyDefaultZero } } }',
      { y: f.year.id, from: f.departments.id, to: f.communes.id },
    );
    expect(copied.errors).toBeUndefined();
    expect(copied.data).toEqual({ copyCriteriaSet: { group: { bonusPenaltyDefaultZero: true } } });
    expect(await progress('C1a')).toEqual({ total: 9, filled: 2, appraised: 2 });
    await expectNoDrift();
  });
});
