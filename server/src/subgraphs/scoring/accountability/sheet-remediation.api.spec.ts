import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { RemediationItemEntity } from './remediation.entity';

const ROWS = `query SheetLeafRemediation($id: ID!) { scoreSheet(id: $id) { id leafRemediation {
  criterionCode lostPoints canAssign suggestedTitle item { id sourceType status deadline daysLeft overdue } } } }`;
const CREATE = `mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id status criterionCode sourceLabel } }`;

type Row = {
  criterionCode: string;
  lostPoints: number | null;
  canAssign: boolean;
  suggestedTitle: string | null;
  item: { id: string; sourceType: string; status: string; deadline: string; daysLeft: number; overdue: boolean } | null;
};

/** The Vietnam calendar day `days` from today. */
const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * "Giao khắc phục" from the appraised sheet: the assessor sees the leaves that lost points with
 * a suggested content and may give each one item; the row then shows the item's state to all who
 * read the unit; the rows cost the same statements whatever the number of items.
 */
describe(`remediation rows of the score sheet (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const leaf = (unit: string, c: string) => (['STP', 'SYT', 'SNV'].includes(unit) ? f.nodes.d : f.nodes.c).get(c)!.id;
  const rows = async (who: string, unit: string) => {
    const res = await f.gql<{ scoreSheet: { leafRemediation: Row[] } }>(who, ROWS, { id: f.sheetOf[unit] });
    if (res.errors) return code(res);
    return res.data!.scoreSheet.leafRemediation;
  };
  const create = (who: string, unit: string, c: string, extra: Record<string, unknown> = {}) =>
    f.gql<{ createRemediationItem: { id: string; status: string; criterionCode: string; sourceLabel: string } }>(who, CREATE, {
      input: {
        yearId: f.year.id,
        unitId: f.units[unit].id,
        sourceType: 'APPRAISAL',
        criterionId: leaf(unit, c),
        title: 'Khắc phục',
        deadline: vnDay(30),
        ...extra,
      },
    });
  /** Appraisal of a unit: round 1 points (hundredths) and notes on some leaves, then the sheet's state. */
  const appraise = async (unit: string, points: Record<string, [number, string | null]>, status: ScoreSheetEntity['status']) => {
    const repo = f.system.scoringDb.getRepository(ScoreEntryEntity);
    for (const [c, [p, note]] of Object.entries(points))
      await repo.update({ sheetId: f.sheetOf[unit], criterionId: leaf(unit, c) }, { round1Points: p, round1Note: note, finalPoints: p });
    await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf[unit] }, { status });
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    for (const unit of ['STP', 'C1a']) await f.fill(unit);
    // 1.1 (YES_NO, 10 points) and 2.2 (15 points) lose points; 1.2 is appraised as declared.
    await appraise(
      'STP',
      { '1.1': [0, 'Kế hoạch ban hành sau thời hạn quy định'], '1.2': [1000, null], '2.2': [1250, null] },
      'UNDER_APPRAISAL',
    );
    await appraise('C1a', { '2.3': [500, 'Tỷ lệ hồ sơ trực tuyến chưa có số liệu kiểm chứng'] }, 'APPRAISED');
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('during appraisal the server refuses an appraisal item: its label would show the unit provisional points', async () => {
    // Before: created while UNDER_APPRAISAL, and the unit read "Thẩm định: tiêu chí 1.1 từ 10 xuống 0 điểm" at once.
    const early = await create('appraiserP', 'STP', '1.1');
    expect(code(early)).toBe('CONFLICT');
    expect(reason(early)).toBe('APPRAISAL_INCOMPLETE');
    expect(early.errors![0].message).toMatch(/chưa thẩm định xong/);
    expect(await f.system.scoringDb.getRepository(RemediationItemEntity).count()).toBe(0);
    const seen = await f.gql<{ remediationItems: unknown[] }>(
      'officerSTP',
      'query($y: ID!) { remediationItems(yearId: $y) { sourceLabel } }',
      {
        y: f.year.id,
      },
    );
    expect(seen.data!.remediationItems).toEqual([]);
  });

  it('the assessor sees the reduced leaves; the action comes once the appraisal is complete', async () => {
    const during = (await rows('appraiserP', 'STP')) as Row[];
    expect(during.map((r) => [r.criterionCode, r.lostPoints, r.canAssign, r.item])).toEqual([
      ['1.1', 10, false, null],
      ['2.2', 2.5, false, null],
    ]);
    await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf.STP }, { status: 'APPRAISED' });
    const done = (await rows('appraiserP', 'STP')) as Row[];
    expect(done.map((r) => [r.criterionCode, r.canAssign, r.suggestedTitle])).toEqual([
      ['1.1', true, 'Khắc phục hạn chế tại tiêu chí 1.1: Kế hoạch ban hành sau thời hạn quy định'],
      ['2.2', true, 'Khắc phục hạn chế tại tiêu chí 2.2 (Tỷ lệ hồ sơ giải quyết đúng hạn), bị trừ 2,5 điểm khi thẩm định'],
    ]);
    // The unit, the province's viewer and another district see no action and no lost points.
    expect(await rows('officerSTP', 'STP')).toEqual([]);
    expect(await rows('viewerP', 'STP')).toEqual([]);
    // The commune: its district manages it; the province only reads it; the other district cannot open the sheet.
    expect(((await rows('chairH1', 'C1a')) as Row[]).map((r) => [r.criterionCode, r.lostPoints, r.canAssign])).toEqual([['2.3', 5, true]]);
    expect(await rows('appraiserP', 'C1a')).toEqual([]);
    expect(await rows('chairH2', 'C1a')).toBe('FORBIDDEN');
    // The server refuses those who may not give items whatever the admin shows.
    expect(code(await create('officerSTP', 'STP', '1.1'))).toBe('FORBIDDEN');
    expect(code(await create('appraiserP', 'C1a', '2.3'))).toBe('FORBIDDEN');
    expect(reason(await create('appraiserP', 'STP', '1.2'))).toBe('NOT_REDUCED');
  });

  it('after "Giao khắc phục" the row shows the item’s state to the assessor and the unit; a second item is refused', async () => {
    const before = await countQueries(f.system.scoringDb, () => rows('appraiserP', 'STP'));
    const first = await create('appraiserP', 'STP', '1.1', { title: 'Ban hành kế hoạch CCHC đúng thời hạn', deadline: vnDay(20) });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createRemediationItem.sourceLabel).toBe('Thẩm định: tiêu chí 1.1 từ 10 xuống 0 điểm');
    const again = await create('appraiserP', 'STP', '1.1');
    expect(code(again)).toBe('CONFLICT');
    expect(reason(again)).toBe('ALREADY_ASSIGNED');
    expect(again.errors![0].message).toMatch(/đã được giao khắc phục/);
    // An overdue one on 2.2 (the deadline was yesterday, Vietnam time).
    expect((await create('appraiserP', 'STP', '2.2', { title: 'Giải quyết hồ sơ đúng hạn', deadline: vnDay(-1) })).errors).toBeUndefined();

    const after = await countQueries(f.system.scoringDb, () => rows('appraiserP', 'STP'));
    const mine = after.result as Row[];
    expect(mine.map((r) => [r.criterionCode, r.canAssign, r.suggestedTitle, r.item?.status, r.item?.deadline, r.item?.overdue])).toEqual([
      ['1.1', false, null, 'OPEN', vnDay(20), false],
      ['2.2', false, null, 'OPEN', vnDay(-1), true],
    ]);
    expect(mine[1].item!.daysLeft).toBe(-1);
    // Same statements with no items and with two: the rows read the unit's items in one statement.
    expect(after.count).toBe(before.count);

    const unit = (await rows('officerSTP', 'STP')) as Row[];
    expect(unit.map((r) => [r.criterionCode, r.lostPoints, r.canAssign, r.item?.status, r.item?.overdue])).toEqual([
      ['1.1', null, false, 'OPEN', false],
      ['2.2', null, false, 'OPEN', true],
    ]);

    // Cancelled, the leaf may be given again; closed, it stays on the row.
    const cancel = await f.gql('appraiserP', 'mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { status } }', {
      input: { id: first.data!.createRemediationItem.id, action: 'CANCEL', note: 'Giao nhầm nội dung' },
    });
    expect(cancel.errors).toBeUndefined();
    const reopened = ((await rows('appraiserP', 'STP')) as Row[]).find((r) => r.criterionCode === '1.1')!;
    expect([reopened.canAssign, reopened.item]).toEqual([true, null]);
  });
});
