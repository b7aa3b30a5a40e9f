import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { YearStatus } from '../assessment-year/assessment-year.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { resultDrift } from './results-oracle';
import { UnitResultEntity } from './unit-result.entity';
import {
  ADD_UNIT,
  COMPLETE,
  type Departments,
  LOCK_SET,
  openDepartmentYear,
  REMOVE_UNIT,
  SAVE_SELF,
  seedDepartments,
  START,
  SUBMIT,
  SURVEY,
  UPDATE_CRITERION,
  UPDATE_YEAR,
} from './results-test-kit';

/**
 * Issue 8 item 1's invariant, tested the way it can break: long random sequences of the
 * operations a province really performs (declarations, appraisals, caps, bands, head ratings, a
 * reopened set's rules and maxima, survey imports, roster changes, sheet and year transitions),
 * each sent through the gateway as the admin sends it, and after EVERY step — accepted or
 * refused — every stored result (index, points, areas, rank, classification, head rating) must
 * equal a fresh recompute from the sheets with the pure domain functions (results-oracle, which
 * shares no loading code with the recompute service). A refused step must be a coded refusal,
 * never an internal error, and must leave nothing half-written (the oracle would see it).
 *
 * Bounded for CI: RUNS years of STEPS operations each (well under a minute on either database).
 * INVARIANT_RUNS / INVARIANT_STEPS / INVARIANT_SEED widen or replay a run.
 */
const RUNS = Number(process.env.INVARIANT_RUNS ?? 5);
const STEPS = Number(process.env.INVARIANT_STEPS ?? 60);
const SEED = process.env.INVARIANT_SEED === undefined ? undefined : Number(process.env.INVARIANT_SEED);

const UNITS = 5;
/** Units on the roster when a year opens; the last one can be added later. */
const ON_ROSTER = 4;
const REFUSAL_CODES = new Set(['CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']);

const WITHDRAW = 'mutation($s: ID!, $v: Int!) { withdrawSubmission(sheetId: $s, version: $v, reason: "Bổ sung hồ sơ") { version } }';
const APPRAISE = `mutation($s: ID!, $v: Int!, $r: Int!, $e: [AppraisalEntryInput!]!) { saveAppraisal(sheetId: $s, version: $v, round: $r, entries: $e) { version } }`;
const REQUEST_EXPLANATION = `mutation($s: ID!, $v: Int!, $c: ID!) { requestExplanation(sheetId: $s, version: $v, items: [{ criterionId: $c, note: "Đề nghị bổ sung tài liệu kiểm chứng" }]) { version } }`;
const CLOSE_EXPLANATION = 'mutation($s: ID!, $v: Int!) { closeExplanation(sheetId: $s, version: $v, reason: "Hết hạn") { version } }';
const APPROVE = 'mutation($s: ID!, $v: Int!) { approveScoreSheet(sheetId: $s, version: $v) { version } }';
const RETURN = 'mutation($s: ID!, $v: Int!) { returnToAppraisal(sheetId: $s, version: $v, reason: "Xem lại điểm") { version } }';
const REOPEN_SHEET = `mutation($s: ID!, $v: Int!, $t: ReopenTarget!) { reopenScoreSheet(sheetId: $s, version: $v, target: $t, reason: "Đơn vị đề nghị sửa") { version } }`;
const TRANSITION =
  'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to, reason: "Điều chỉnh kế hoạch") { to } }';
const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa theo hướng dẫn mới") { locked } }';
const DEFAULT_ZERO =
  'mutation($y: ID!, $g: ID!, $on: Boolean!) { setBonusPenaltyDefaultZero(yearId: $y, groupId: $g, enabled: $on) { locked } }';
const RECOMPUTE = 'mutation($y: ID!) { recomputeYearResults(yearId: $y, dryRun: true) { changes { unitName } } }';

// ---------------------------------------------------------------------------
// the operations

const declaredValue: Record<string, fc.Arbitrary<string | null>> = {
  '1.1': fc.constantFrom('0', '1'),
  '1.2': fc.constantFrom('tot', 'day_du', 'chua_day_du', 'khong'),
  '2.1': fc.integer({ min: 0, max: 6 }).map(String),
  // Around the tiers' edges (80, 100) and anywhere.
  '2.2': fc.oneof(fc.constantFrom('0', '79', '80', '85', '99', '100'), fc.integer({ min: 0, max: 100 }).map(String)),
  '2.3': fc.integer({ min: 0, max: 100 }).map(String),
  '2.4': fc.integer({ min: 0, max: 7 }).map(String),
  '2.5': fc.integer({ min: 0, max: 10 }).map(String),
  'T.1': fc.constantFrom('0', '0.5', '1', '1.5', '2'),
  'D.1': fc.constantFrom('0', '1', '2', '3'),
};
const SCORED_LEAVES = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', 'T.1', 'D.1'];
const LEAF_MAX: Record<string, number> = { '1.1': 10, '1.2': 10, '2.1': 10, '2.2': 15, '2.3': 10, '2.4': 5, '2.5': 10, 'T.1': 2, 'D.1': 3 };

const bandSets = [
  [90, 80, 70, 50, 0],
  [90, 80, 73, 50, 0],
  [85, 75, 65, 50, 0],
  [95, 85, 60, 40, 0],
];
const BAND_META = [
  ['EXCELLENT', 'Xuất sắc', 'Excellent', '#1B5E20'],
  ['GOOD', 'Tốt', 'Good', '#43A047'],
  ['FAIR', 'Khá', 'Fair', '#FDD835'],
  ['AVERAGE', 'Trung bình', 'Average', '#FB8C00'],
  ['WEAK', 'Yếu', 'Weak', '#E53935'],
] as const;
const RATINGS = {
  X: ['EXCELLENT_COMPLETION', 'Hoàn thành xuất sắc nhiệm vụ', 'Excellently completed duties'],
  T: ['GOOD_COMPLETION', 'Hoàn thành tốt nhiệm vụ', 'Well completed duties'],
  H: ['COMPLETION', 'Hoàn thành nhiệm vụ', 'Completed duties'],
  K: ['NON_COMPLETION', 'Không hoàn thành nhiệm vụ', 'Did not complete duties'],
} as const;
/** Head rating per band, EXCELLENT..WEAK (one letter each of RATINGS). */
const headRatingSets = ['XTHHK', 'XTTHK', 'TTHKK', 'XHHKK'];

/** Criteria edits of a reopened set: a rule (tiers, levels, rate) or maxima that keep the totals. */
const criteriaEdits: { code: string; input: Record<string, unknown> }[][] = [
  [
    {
      code: '2.2',
      input: {
        params: JSON.stringify({
          tiers: [
            { fromPercent: 0, toPercent: 80, sharePercent: 0 },
            { fromPercent: 80, toPercent: 100, sharePercent: 80 },
            { fromPercent: 100, toPercent: 100, sharePercent: 100 },
          ],
        }),
      },
    },
  ],
  [
    {
      code: '2.2',
      input: {
        params: JSON.stringify({
          tiers: [
            { fromPercent: 0, toPercent: 80, sharePercent: 0 },
            { fromPercent: 80, toPercent: 100, sharePercent: 50 },
            { fromPercent: 100, toPercent: 100, sharePercent: 100 },
          ],
        }),
      },
    },
  ],
  [{ code: '2.1', input: { params: JSON.stringify({ pointsPerItem: 2 }) } }],
  [{ code: '2.1', input: { params: JSON.stringify({ pointsPerItem: 2.5 }) } }],
  [
    { code: '2.1', input: { maxPoints: 12 } },
    { code: '2.3', input: { maxPoints: 8 } },
  ],
  [
    { code: '2.3', input: { maxPoints: 10 } },
    { code: '2.1', input: { maxPoints: 10 } },
  ],
  [{ code: '2.4', input: { params: JSON.stringify({ pointsPerViolation: 2 }) } }],
  [
    {
      code: '1.2',
      input: {
        params: JSON.stringify({
          levels: [
            { key: 'tot', labelVi: 'Tốt', sharePercent: 100 },
            { key: 'day_du', labelVi: 'Đầy đủ', sharePercent: 50 },
            { key: 'khong', labelVi: 'Không', sharePercent: 0 },
          ],
        }),
      },
    },
  ],
];

const unit = fc.integer({ min: 0, max: UNITS - 1 });
const leaf = fc.constantFrom(...SCORED_LEAVES);

type Op =
  | { k: 'declare'; u: number; values: [string, string | null][] }
  | { k: 'notApplicable'; u: number; on: boolean }
  /** The sheet's natural next step: declare everything and submit, start, appraise all and complete, approve. */
  | { k: 'advance'; u: number; values: (string | null)[]; points: number[] }
  | { k: 'submit' | 'withdraw' | 'start' | 'complete' | 'approve' | 'return' | 'closeExplanation'; u: number }
  | { k: 'explain'; u: number; leaf: string }
  | { k: 'appraise'; u: number; round: 1 | 2; points: [string, number][] }
  | { k: 'reopenSheet'; u: number; target: 'SELF_ASSESSMENT' | 'APPRAISAL' }
  | { k: 'caps'; bonus: number | null; penalty: number | null }
  | { k: 'bands'; set: number }
  | { k: 'headRatings'; set: number }
  | { k: 'criteria'; edit: number; lock: boolean }
  /** The set's "empty bonus/penalty = 0, filled" setting (issue 11 §4): moves progress and what may be submitted. */
  | { k: 'defaultZero'; on: boolean; lock: boolean }
  | { k: 'survey'; values: (number | null)[] }
  | { k: 'addUnit' | 'removeUnit'; u: number }
  | { k: 'year'; to: YearStatus }
  | { k: 'recompute' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('declare' as const),
      u: unit,
      values: fc.uniqueArray(
        leaf.chain((code) => fc.tuple(fc.constant(code), fc.option(declaredValue[code], { freq: 8 }))),
        { minLength: 1, maxLength: 9, selector: ([code]) => code },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('notApplicable' as const), u: unit, on: fc.boolean() }) },
  {
    weight: 24,
    arbitrary: fc.record({
      k: fc.constant('advance' as const),
      u: unit,
      values: fc.tuple(...SCORED_LEAVES.map((code) => declaredValue[code])),
      // Half the leaves keep the self-assessed points (null = no change sent), the others get new ones.
      points: fc.tuple(...SCORED_LEAVES.map((code) => fc.integer({ min: -LEAF_MAX[code] * 2, max: LEAF_MAX[code] * 2 }).map((h) => h / 2))),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constantFrom('submit', 'withdraw', 'start', 'complete', 'approve', 'return', 'closeExplanation'),
      u: unit,
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('explain' as const), u: unit, leaf }) },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('appraise' as const),
      u: unit,
      round: fc.constantFrom(1 as const, 1 as const, 2 as const),
      points: fc.uniqueArray(
        leaf.chain((code) =>
          fc.tuple(
            fc.constant(code),
            fc.integer({ min: 0, max: LEAF_MAX[code] * 2 }).map((h) => h / 2),
          ),
        ),
        { minLength: 1, maxLength: 5, selector: ([code]) => code },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('reopenSheet' as const), u: unit, target: fc.constantFrom('SELF_ASSESSMENT', 'APPRAISAL') }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('caps' as const),
      bonus: fc.constantFrom(null, 0, 0.5, 1, 1.5, 2),
      penalty: fc.constantFrom(null, 0, 1, 2, 3),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('bands' as const), set: fc.nat(bandSets.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('headRatings' as const), set: fc.nat(headRatingSets.length - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('criteria' as const), edit: fc.nat(criteriaEdits.length - 1), lock: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('defaultZero' as const), on: fc.boolean(), lock: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('survey' as const),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }), { minLength: UNITS, maxLength: UNITS }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constantFrom('addUnit', 'removeUnit'), u: unit }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('year' as const),
      // Forward moves more often than back; publishing (terminal) rarely.
      to: fc.constantFrom(
        YearStatus.APPRAISAL,
        YearStatus.APPRAISAL,
        YearStatus.FINALIZED,
        YearStatus.SELF_ASSESSMENT,
        YearStatus.SELF_ASSESSMENT,
        YearStatus.PUBLISHED,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ k: 'recompute' as const }) },
);

// ---------------------------------------------------------------------------

describe(`stored results equal a fresh recompute after every step of random operation sequences (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let departments: Departments;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const officers: string[] = [];
  let calendarYear = 2000;
  /** Per operation kind: accepted / refused, over every run (the test must exercise, not only be refused). */
  const tally = new Map<string, { accepted: number; refused: number }>();
  const milestones = { ranked: 0, flagged: 0 };

  beforeAll(async () => {
    system = await startTestSystem();
    departments = await seedDepartments(system, {
      province: { name: 'Tỉnh Hà Giang', code: '02' },
      departments: Array.from({ length: UNITS }, (_, i) => `Sở số ${i + 1}`),
      officerIsHead: true,
    });
    ({ admin } = departments);
    units.push(...departments.units);
    officers.push(...departments.officers);
  });
  afterAll(() => system?.stop());

  const openYear = () => openDepartmentYear(system, departments, { calendarYear: calendarYear++, rostered: ON_ROSTER });

  it(`${RUNS} years × ${STEPS} random operations: no step leaves a stored result different from a recompute`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: STEPS, maxLength: STEPS }), async (ops) => {
        const { year, group, nodes } = await openYear();
        const log: string[] = [];
        const id = (code: string) => nodes.get(code)!.id;
        const sheetOf = (u: number) => system.scoringDb.getRepository(ScoreSheetEntity).findOneBy({ yearId: year.id, unitId: units[u].id });

        /** Sends one operation; a refusal must be coded. Returns whether it was accepted. */
        const send = async (doc: string, vars: Record<string, unknown>, token: string): Promise<boolean> => {
          const res: GraphQLResponse = await system.gql(doc, vars, { token });
          if (!res.errors?.length) return true;
          if (process.env.INVARIANT_DEBUG) console.info(doc.slice(9, 40), res.errors[0].message);
          for (const e of res.errors)
            if (!REFUSAL_CODES.has(e.extensions?.code ?? ''))
              throw new Error(`internal error on ${doc.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
          return false;
        };
        const onSheet = async (u: number, doc: string, vars: Record<string, unknown>, token: string) => {
          const sheet = await sheetOf(u);
          // Not on the roster this year: nothing to act on (the step is a no-op, still checked).
          if (!sheet) return false;
          return send(doc, { s: sheet.id, v: sheet.version, ...vars }, token);
        };

        const perform = async (op: Op): Promise<boolean> => {
          switch (op.k) {
            case 'declare':
              return onSheet(
                op.u,
                SAVE_SELF,
                { e: op.values.map(([code, value]) => ({ criterionId: id(code), declaredValue: value })) },
                officers[op.u],
              );
            case 'advance': {
              const sheet = await sheetOf(op.u);
              if (!sheet) return false;
              switch (sheet.status) {
                case 'DRAFT': {
                  const e = SCORED_LEAVES.map((code, i) => ({ criterionId: id(code), declaredValue: op.values[i] ?? '0' }));
                  if (!(await onSheet(op.u, SAVE_SELF, { e }, officers[op.u]))) return false;
                  log.push(`    … declared every leaf: checked`);
                  await check(log);
                  return onSheet(op.u, SUBMIT, {}, officers[op.u]);
                }
                case 'SUBMITTED':
                  return onSheet(op.u, START, {}, admin);
                case 'UNDER_APPRAISAL':
                case 'EXPLAINED': {
                  // Every applicable leaf gets appraised (negative = accept the self points), so the appraisal can complete.
                  const na = new Set(
                    (await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: sheet.id, notApplicable: true })).map(
                      (x) => x.criterionId,
                    ),
                  );
                  const e = SCORED_LEAVES.flatMap((code, i) =>
                    na.has(id(code))
                      ? []
                      : [
                          op.points[i] < 0
                            ? { criterionId: id(code), points: null }
                            : { criterionId: id(code), points: op.points[i], note: 'Điều chỉnh theo hồ sơ kiểm chứng' },
                        ],
                  );
                  if (e.length && !(await onSheet(op.u, APPRAISE, { r: sheet.explanationRound ? 2 : 1, e }, admin))) return false;
                  log.push(`    … appraised ${e.length} leaves: checked`);
                  await check(log);
                  return onSheet(op.u, COMPLETE, {}, admin);
                }
                case 'APPRAISED':
                  return onSheet(op.u, APPROVE, {}, admin);
                default:
                  return false;
              }
            }
            case 'notApplicable':
              return onSheet(op.u, SAVE_SELF, { e: [{ criterionId: id('2.5'), notApplicable: op.on }] }, officers[op.u]);
            case 'submit':
              return onSheet(op.u, SUBMIT, {}, officers[op.u]);
            case 'withdraw':
              return onSheet(op.u, WITHDRAW, {}, officers[op.u]);
            case 'start':
              return onSheet(op.u, START, {}, admin);
            case 'complete':
              return onSheet(op.u, COMPLETE, {}, admin);
            case 'approve':
              return onSheet(op.u, APPROVE, {}, admin);
            case 'return':
              return onSheet(op.u, RETURN, {}, admin);
            case 'closeExplanation':
              return onSheet(op.u, CLOSE_EXPLANATION, {}, admin);
            case 'explain':
              return onSheet(op.u, REQUEST_EXPLANATION, { c: id(op.leaf) }, admin);
            case 'appraise':
              return onSheet(
                op.u,
                APPRAISE,
                {
                  r: op.round,
                  e: op.points.map(([code, points]) => ({ criterionId: id(code), points, note: 'Điều chỉnh theo hồ sơ kiểm chứng' })),
                },
                admin,
              );
            case 'reopenSheet':
              return onSheet(op.u, REOPEN_SHEET, { t: op.target }, admin);
            case 'caps':
              return send(UPDATE_YEAR, { id: year.id, input: { bonusCap: op.bonus, penaltyCap: op.penalty } }, admin);
            case 'bands':
              return send(
                UPDATE_YEAR,
                {
                  id: year.id,
                  input: {
                    classificationBands: BAND_META.map(([code, labelVi, labelEn, color], i) => ({
                      code,
                      labelVi,
                      labelEn,
                      color,
                      minIndex: bandSets[op.set][i],
                    })),
                  },
                },
                admin,
              );
            case 'headRatings':
              return send(
                UPDATE_YEAR,
                {
                  id: year.id,
                  input: {
                    headRatings: BAND_META.map(([bandCode], i) => {
                      const [code, labelVi, labelEn] = RATINGS[headRatingSets[op.set][i] as keyof typeof RATINGS];
                      return { bandCode, code, labelVi, labelEn };
                    }),
                  },
                },
                admin,
              );
            case 'criteria': {
              // Reopen (refused when already reopened: the edit still goes to the open set), edit, maybe lock.
              const reopened = await send(REOPEN_SET, { y: year.id, g: group.id }, admin);
              let edited = false;
              for (const edit of criteriaEdits[op.edit]) {
                edited = (await send(UPDATE_CRITERION, { id: id(edit.code), input: edit.input }, admin)) || edited;
                log.push(`    … ${edit.code} ${JSON.stringify(edit.input)}: checked`);
                await check(log);
              }
              if (op.lock) await send(LOCK_SET, { y: year.id, g: group.id }, admin);
              return reopened || edited;
            }
            case 'defaultZero': {
              // Refused while the set is locked, like any edit of the set: reopen first (or find it open).
              const reopened = await send(REOPEN_SET, { y: year.id, g: group.id }, admin);
              const changed = await send(DEFAULT_ZERO, { y: year.id, g: group.id, on: op.on }, admin);
              log.push(`    … default zero ${op.on}: checked`);
              await check(log);
              if (op.lock) await send(LOCK_SET, { y: year.id, g: group.id }, admin);
              return reopened || changed;
            }
            case 'survey': {
              // Units of this year's roster only (a file naming another unit is refused whole).
              const onRoster = new Set(
                (await system.scoringDb.getRepository(RosterEntryEntity).findBy({ yearId: year.id })).map((r) => r.unitId),
              );
              const rows = units.flatMap((u, i) => (op.values[i] === null || !onRoster.has(u.id) ? [] : [`${u.code};3.1;${op.values[i]}`]));
              if (rows.length === 0) return false;
              const csv = Buffer.from(`Mã đơn vị;Mã tiêu chí;Giá trị\n${rows.join('\n')}`).toString('base64');
              return send(SURVEY, { y: year.id, b: csv }, admin);
            }
            case 'addUnit':
              return send(ADD_UNIT, { y: year.id, g: group.id, u: units[op.u].id }, admin);
            case 'removeUnit':
              return send(REMOVE_UNIT, { y: year.id, u: units[op.u].id }, admin);
            case 'year':
              return send(TRANSITION, { id: year.id, to: op.to }, admin);
            case 'recompute': {
              const res = await system.gql<{ recomputeYearResults: { changes: { unitName: string }[] } }>(
                RECOMPUTE,
                { y: year.id },
                { token: admin },
              );
              expect(res.errors).toBeUndefined();
              // The service's own dry run agrees: nothing to change.
              expect(res.data!.recomputeYearResults.changes).toEqual([]);
              return true;
            }
          }
        };

        async function check(trail: string[]) {
          const drift = await resultDrift(system.scoringDb, year.id);
          if (drift.length) throw new Error(`stored results drifted from a recompute after:\n${trail.join('\n')}\n→ ${drift.join('\n→ ')}`);
        }

        for (const [i, op] of ops.entries()) {
          const accepted = await perform(op);
          const t = tally.get(op.k) ?? { accepted: 0, refused: 0 };
          t[accepted ? 'accepted' : 'refused'] += 1;
          tally.set(op.k, t);
          log.push(`${i + 1}. ${accepted ? 'ok     ' : 'refused'} ${JSON.stringify(op)}`);
          await check(log);
        }
        // How far the year got: ranked units and flagged appraisals must occur across the runs.
        const results = await system.scoringDb.getRepository(UnitResultEntity).findBy({ yearId: year.id });
        milestones.ranked += results.filter((r) => r.rankInGroup !== null).length;
        milestones.flagged += await system.scoringDb
          .getRepository(ScoreEntryEntity)
          .createQueryBuilder('e')
          .innerJoin(ScoreSheetEntity, 's', 's.id = e.sheet_id')
          .where('s.year_id = :y AND e.rule_review = :on', { y: year.id, on: true })
          .getCount();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.INVARIANT_SHRINK !== '1', verbose: true },
    );
    // Not a vacuous pass: the sequences reached declarations, appraisals (advance) and rule changes.
    // Only kinds accepted in practically every run are required; the seed is random on purpose.
    for (const k of ['declare', 'advance', 'caps', 'bands', 'headRatings', 'criteria', 'defaultZero', 'survey'])
      expect(tally.get(k)?.accepted ?? 0, `${k} never accepted: ${JSON.stringify([...tally])}`).toBeGreaterThan(0);
    expect(milestones.ranked, 'no unit was ever ranked').toBeGreaterThan(0);
    console.info(`results invariant (${TEST_DB_KIND}): ${JSON.stringify({ ...milestones, ...Object.fromEntries(tally) })}`);
  }, 240_000);
});
