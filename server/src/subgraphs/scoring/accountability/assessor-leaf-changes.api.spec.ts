/**
 * An assessor leaf's rule changes after records fed it (its maximum lowered or raised, a set
 * reopened for it): the leaf must equal what its records give under the new rule, and the stored
 * results a recompute from scratch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { resultDrift } from '../results/results-oracle';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';

const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id } }`;
const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa điểm tối đa") { locked } }';
const UPDATE_CRITERION = `mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id maxPoints } }`;

describe(`an assessor leaf whose rule changes after its records (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const leaf = () => f.nodes.d.get('2.5')!.id;
  const entry = () => f.system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: f.sheetOf.STP, criterionId: leaf() });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ '2.5': 'Điểm do hội đồng chấm' });
    await f.submitOwnLeaves('STP', ['2.5']);
    expect(
      (await f.gql('admin', 'mutation($y: ID!) { recomputeYearResults(yearId: $y) { __typename } }', { y: f.year.id })).errors,
    ).toBeUndefined();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('records of 6 + 6 points on a 10-point MANUAL leaf: capped at 10, then at 5 when the maximum drops, at 12 when it rises', async () => {
    for (const [n, q] of [
      [1, 6],
      [2, 6],
    ])
      expect(
        (
          await f.gql('admin', RECORD, {
            input: { sheetId: f.sheetOf.STP, criterionId: leaf(), quantity: q, reference: { documentNumber: `${n}/QĐ-HĐ` } },
          })
        ).errors,
      ).toBeUndefined();
    expect([(await entry()).declaredValue, (await entry()).selfPoints, (await entry()).finalPoints]).toEqual(['10.00', 1000, 1000]);
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);

    expect((await f.gql('admin', REOPEN_SET, { y: f.year.id, g: f.departments.id })).errors).toBeUndefined();
    const lowered = await f.gql('admin', UPDATE_CRITERION, { id: leaf(), input: { maxPoints: 5 } });
    expect(lowered.errors).toBeUndefined();
    expect([(await entry()).declaredValue, (await entry()).selfPoints, (await entry()).finalPoints]).toEqual(['5.00', 500, 500]);
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);

    const raised = await f.gql('admin', UPDATE_CRITERION, { id: leaf(), input: { maxPoints: 12 } });
    expect(raised.errors).toBeUndefined();
    expect([(await entry()).declaredValue, (await entry()).selfPoints, (await entry()).finalPoints]).toEqual(['12.00', 1200, 1200]);
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
  });
});
