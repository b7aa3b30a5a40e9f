import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeLockOrder } from '../../../testing/lock-order-observer';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import {
  APPRAISE,
  APPROVE,
  COMPLETE,
  type DepartmentsInAppraisal,
  ok,
  RECOMPUTE,
  seedDepartmentsInAppraisal,
  START,
  SURVEY,
  UPDATE_YEAR,
} from './results-test-kit';
import { resultDrift } from './results-oracle';
import { UnitResultEntity } from './unit-result.entity';

const RETURN = 'mutation($s: ID!, $v: Int!) { returnToAppraisal(sheetId: $s, version: $v, reason: "Xem lại tiêu chí 2.5") { version } }';

const N = 10;

/**
 * Writes on different units of one group at the same moment, each moving the group's ranks (a
 * sheet becomes ranked or unranked, its appraised index moves). Each write re-ranks the whole
 * group from the stored results inside its own transaction: on MySQL (REPEATABLE READ) each read
 * the other units' rows from its own snapshot, so the last to commit stored ranks computed
 * without the others' new figures — ranks that disagreed with the indexes until the next write.
 * After every burst the stored results must equal a recompute from scratch (resultDrift: index,
 * classification, rank in group and in assessor), and no write may fail (a deadlock is a failure).
 */
describe(`parallel result-changing writes on one group keep its ranks consistent (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let lockOrder: ReturnType<typeof observeLockOrder>;
  let kit: DepartmentsInAppraisal;
  let year: AssessmentYearEntity;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const leaf = (code: string) => kit.leaf(code);
  const act: DepartmentsInAppraisal['act'] = (...args) => kit.act(...args);
  /** Every answer of a burst, refusals and errors included (a deadlock shows up here). */
  const burst = async (calls: (() => Promise<{ errors?: unknown[] }>)[]) => {
    const answers = await Promise.all(calls.map((call) => call()));
    expect(answers.map((a) => a.errors ?? null)).toEqual(answers.map(() => null));
  };
  const ranks = async () =>
    (await system.scoringDb.getRepository(UnitResultEntity).findBy({ yearId: year.id }))
      .filter((r) => r.rankInGroup !== null)
      .map((r) => r.rankInGroup)
      .sort((a, b) => a! - b!);
  /** Appraisal points of the manual leaf 2.5 (0..10) that give unit i its place. */
  const appraise = (i: number, points: number) =>
    act(APPRAISE, i, admin, {
      e: [
        ...['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', 'T.1', 'D.1'].map((code) => ({ criterionId: leaf(code), points: null })),
        { criterionId: leaf('2.5'), points, note: `Hội đồng chấm lại: ${points} điểm` },
      ],
    }).then(ok);

  beforeAll(async () => {
    system = await startTestSystem();
    lockOrder = observeLockOrder(system.scoringDb);
    kit = await seedDepartmentsInAppraisal(system, {
      province: { name: 'Tỉnh Hà Giang', code: '02' },
      departments: Array.from({ length: N }, (_, i) => `Sở Số ${String.fromCharCode(65 + i)}`),
      declared: (i) => ({ '2.1': String(i % 5), '2.5': '5' }),
    });
    ({ year, admin } = kit);
    units.push(...kit.units);
    for (let i = 0; i < N; i++) {
      ok(await act(START, i, admin));
      // Ties on purpose (equal indices share a rank, the next skips).
      await appraise(i, (i * 3) % 7);
    }
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  }, 180_000);
  afterAll(() => {
    lockOrder?.stop();
    return system?.stop();
  });

  it(`${N} appraisals completed at once rank every unit of the group`, async () => {
    await burst(Array.from({ length: N }, (_, i) => () => act(COMPLETE, i, admin)));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    expect(await ranks()).toHaveLength(N);
  });

  it('half returned for re-appraisal (unranked) while the other half is approved, at once', async () => {
    await burst(Array.from({ length: N }, (_, i) => () => act(i % 2 ? RETURN : APPROVE, i, admin)));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    expect(await ranks()).toHaveLength(N / 2);
  });

  it('the returned half re-appraised in reverse order and completed at once move the ranked units', async () => {
    for (let i = 1; i < N; i += 2) await appraise(i, 10 - i);
    await burst(Array.from({ length: N / 2 }, (_, k) => () => act(COMPLETE, 2 * k + 1, admin)));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    expect(await ranks()).toHaveLength(N);
  });

  it('a full recompute and a cap change running beside completions leave nothing stale', async () => {
    for (let i = 1; i < N; i += 2) ok(await act(RETURN, i, admin));
    for (let i = 1; i < N; i += 2) await appraise(i, (i * 5) % 11);
    await burst([
      ...Array.from({ length: N / 2 }, (_, k) => () => act(COMPLETE, 2 * k + 1, admin)),
      () => system.gql(RECOMPUTE, { y: year.id }, { token: admin }),
      () => system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1 } }, { token: admin }),
    ]);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    expect(await ranks()).toHaveLength(N);
  });

  it('a survey import running beside completions stores results from the entries the completions committed', async () => {
    for (let i = 1; i < N; i += 2) ok(await act(RETURN, i, admin));
    for (let i = 1; i < N; i += 2) await appraise(i, (i * 2) % 9);
    const csv = units.map((u, i) => `${u.code};3.1;${50 + ((i * 13) % 50)}`).join('\n');
    const answers = await Promise.all(
      [
        ...Array.from({ length: N / 2 }, (_, k) => () => act(COMPLETE, 2 * k + 1, admin)),
        () =>
          system.gql(SURVEY, { y: year.id, b: Buffer.from(`Mã đơn vị;Mã tiêu chí;Giá trị\n${csv}`).toString('base64') }, { token: admin }),
      ].map((call) => call()),
    );
    // The import bumps every sheet's version: a completion that read its version before may be told to reload — nothing else.
    const refusals = answers.flatMap((a) => a.errors ?? []).map((e) => (e as { extensions?: { reason?: string } }).extensions?.reason);
    expect(refusals.filter((r) => r !== 'STALE_VERSION')).toEqual([]);
    expect(answers[N / 2].errors).toBeUndefined();
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('every write took the year first and locked no score entry row (lock-order; MySQL)', () => {
    expect(lockOrder.violations()).toEqual([]);
  });
});
