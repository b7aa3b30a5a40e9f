import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankUnits } from '../../../domain/scoring';
import { ANONYMOUS } from '../../../platform/auth/tokens';
import { OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, UnitGroupEntity } from '../unit-group/unit-group.entity';
import { recomputeResults } from './recompute.service';
import { computeResult, resultFields } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

/**
 * Issue 9 §4: the set-based recompute (raw rows, one pass over a year's sheets, stored rows
 * compared and only the moved ones written — whole rows, or without their JSON when only scalar
 * figures or ranks moved) must store exactly what the per-sheet path computes: for every sheet,
 * resultFields(computeResult(year, group, nodes, its entries)) read through the entities, ranks
 * from rankUnits per group and per (group, assessor). Random entries (points, appraisal rounds,
 * not applicable, survey points), random sheet states, random caps, and random damage to the
 * stored rows first (index, JSON, ranks, classification, missing rows); every column compared,
 * the component JSON included. A second recompute then writes nothing.
 */
const RUNS = Number(process.env.EQUIVALENCE_RUNS ?? 12);
const SHEETS = 14;
const STATES = ['DRAFT', 'SUBMITTED', 'UNDER_APPRAISAL', 'APPRAISED', 'APPROVED'] as const;

interface EntryPlan {
  self: number | null;
  round1: number | null;
  round2: number | null;
  notApplicable: boolean;
}
const entryArb = fc.record({
  self: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  round1: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  round2: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  notApplicable: fc.boolean(),
});
const damageArb = fc.constantFrom('none', 'index', 'areas', 'criteria', 'rank', 'classification', 'delete', 'selfTotal');
const sheetArb = fc.record({
  state: fc.constantFrom(...STATES),
  entries: fc.array(entryArb, { minLength: 16, maxLength: 16 }),
  damage: damageArb,
});
const planArb = fc.record({
  sheets: fc.array(sheetArb, { minLength: SHEETS, maxLength: SHEETS }),
  bonusCap: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  penaltyCap: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
});

describe(`the set-based year recompute stores what the per-sheet computation gives (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  const groups: UnitGroupEntity[] = [];

  beforeAll(async () => {
    system = await startTestSystem();
    const db = system.scoringDb;
    year = await insertYear(db, {
      provinceUnitId: randomUUID(),
      year: 2031,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.APPRAISAL,
    });
    for (const [g, code] of ['SO', 'XA'].entries()) {
      const group = await insertGroup(db, year.id, {
        code,
        name: `Khối ${code}`,
        rule: AssessorRule.PROVINCE,
        kinds: [g ? OrgUnitKind.COMMUNE : OrgUnitKind.DEPARTMENT],
      });
      groups.push(group);
      await insertCriteria(db, year.id, group.id, TEST_CRITERIA);
      // Two assessors per group: ranks per group and per (group, assessor).
      for (let a = 0; a < 2; a++)
        await insertRoster(
          db,
          year.id,
          group,
          { id: randomUUID(), name: `Đoàn ${code}-${a}` },
          Array.from({ length: g ? 5 - a : 2 + a }, (_, i) => ({
            id: randomUUID(),
            name: `Đơn vị ${code}-${a}-${i}`,
            code: `${code}${a}${i}`,
            kind: g ? OrgUnitKind.COMMUNE : OrgUnitKind.DEPARTMENT,
            subtype: g ? 'xã' : 'sở',
          })),
        );
    }
    await createSheetsForYear(db, year.id);
  });
  afterAll(() => system?.stop());

  it(`${RUNS} random years: every stored column equals the per-sheet result, then a second recompute writes nothing`, async () => {
    const db = system.scoringDb;
    const sheets = await db.getRepository(ScoreSheetEntity).find({ where: { yearId: year.id }, order: { unitName: 'ASC' } });
    expect(sheets.length).toBe(SHEETS);
    const nodes = await db.getRepository(CriteriaNodeEntity).findBy({ yearId: year.id });
    const leavesOf = (groupId: string) => {
      const own = nodes.filter((n) => n.groupId === groupId);
      const parents = new Set(own.map((n) => n.parentId));
      return own.filter((n) => !parents.has(n.id)).sort((a, b) => a.code.localeCompare(b.code));
    };
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        await db.getRepository(AssessmentYearEntity).update({ id: year.id }, { bonusCap: plan.bonusCap, penaltyCap: plan.penaltyCap });
        await db.getRepository(ScoreEntryEntity).delete({ sheetId: sheets[0].id });
        for (const s of sheets) await db.getRepository(ScoreEntryEntity).delete({ sheetId: s.id });
        for (const [i, sheet] of sheets.entries()) {
          const p = plan.sheets[i];
          await db.getRepository(ScoreSheetEntity).update({ id: sheet.id }, { status: p.state as ScoreSheetEntity['status'] });
          const scaled = (max: number, share: number | null) => (share === null ? null : Math.round((max * share) / 100));
          const entries = leavesOf(sheet.groupId).map((leaf, k) => {
            const e: EntryPlan = p.entries[k % p.entries.length];
            const survey = leaf.section === 'SURVEY';
            return newScoreEntry({
              id: randomUUID(),
              sheetId: sheet.id,
              criterionId: leaf.id,
              notApplicable: !survey && leaf.allowNotApplicable && e.notApplicable,
              selfPoints: survey ? null : scaled(leaf.maxPoints, e.self),
              round1Points: survey ? null : scaled(leaf.maxPoints, e.round1),
              round2Points: survey ? null : scaled(leaf.maxPoints, e.round1 === null ? null : e.round2),
              surveyPoints: survey ? scaled(leaf.maxPoints, e.self) : null,
            });
          });
          await db.getRepository(ScoreEntryEntity).insert(entries);
        }
        // Bring every stored row up to date, then damage some.
        await db.transaction((m) => recomputeResults(m, { actor: ANONYMOUS }, { yearId: year.id, scope: { kind: 'YEAR' } }));
        for (const [i, sheet] of sheets.entries()) {
          const where = { sheetId: sheet.id };
          const results = db.getRepository(UnitResultEntity);
          switch (plan.sheets[i].damage) {
            case 'index':
              await results.update(where, { index: 1234 });
              break;
            case 'areas':
              await results.update(where, { areas: [] });
              break;
            case 'criteria':
              await db.query('UPDATE unit_result SET criterion_results = ? WHERE sheet_id = ?', ['[{"nodeId":"x"}]', sheet.id]);
              break;
            case 'rank':
              await results.update(where, { rankInGroup: 99, rankInAssessor: null });
              break;
            case 'classification':
              await results.update(where, { classificationCode: 'WEAK', headRatingCode: null });
              break;
            case 'selfTotal':
              await results.update(where, { selfTotal: 1, leafTotal: 77 });
              break;
            case 'delete':
              await results.delete(where);
              break;
          }
        }

        const outcome = await db.transaction((m) =>
          recomputeResults(m, { actor: ANONYMOUS }, { yearId: year.id, scope: { kind: 'YEAR' }, rescoreDeclared: true }),
        );
        expect(outcome.sheets).toBe(SHEETS);

        // The per-sheet path: entities, computeResult, resultFields, rankUnits.
        const freshYear = await db.getRepository(AssessmentYearEntity).findOneByOrFail({ id: year.id });
        const expected = new Map<string, Record<string, unknown>>();
        for (const sheet of await db.getRepository(ScoreSheetEntity).findBy({ yearId: year.id })) {
          const group = groups.find((g) => g.id === sheet.groupId)!;
          const entries = await db.getRepository(ScoreEntryEntity).findBy({ sheetId: sheet.id });
          const result = computeResult(
            freshYear,
            group,
            nodes.filter((n) => n.groupId === sheet.groupId),
            entries,
          );
          expected.set(sheet.id, {
            unitId: sheet.unitId,
            groupId: sheet.groupId,
            assessorUnitId: sheet.assessorUnitId,
            unitName: sheet.unitName,
            ...resultFields(freshYear, sheet.status, result),
            rankInGroup: null,
            rankInAssessor: null,
          });
        }
        const rank = (key: (e: Record<string, unknown>) => string, field: 'rankInGroup' | 'rankInAssessor') => {
          const blocks = new Map<string, Record<string, unknown>[]>();
          for (const e of expected.values()) if (e.rankable) blocks.set(key(e), [...(blocks.get(key(e)) ?? []), e]);
          for (const block of blocks.values())
            for (const r of rankUnits(
              block.map((e) => ({ unitId: e.unitId as string, unitName: e.unitName as string, index: e.index as number | null, e })),
            ))
              r.item.e[field] = r.rank;
        };
        rank((e) => String(e.groupId), 'rankInGroup');
        rank((e) => `${String(e.groupId)}|${String(e.assessorUnitId)}`, 'rankInAssessor');

        const stored = await db.getRepository(UnitResultEntity).findBy({ yearId: year.id });
        expect(stored.length).toBe(SHEETS);
        for (const row of stored) {
          const { id: _id, yearId: _year, sheetId, computedAt: _at, ...got } = row;
          expect({ sheetId, ...got }).toEqual({ sheetId, ...expected.get(sheetId) });
        }

        const again = await db.transaction((m) =>
          recomputeResults(m, { actor: ANONYMOUS }, { yearId: year.id, scope: { kind: 'YEAR' }, rescoreDeclared: true }),
        );
        expect(again.written).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
