/**
 * The commendation rule (điều kiện xét khen thưởng) may change only until the year is published.
 * A publication landing while a rule is being saved must not be missed: the save takes the year's
 * shared lock first (lock-order level 1 S) and decides "not published" under it. Forced twice: the
 * publication committed right before the save's transaction opens, and (MySQL) a publication
 * holding the year's X lock while the save starts, committed a moment later — a plain read of the
 * year would not wait for it and would save the rule under a published list.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { EmulationRuleEntity } from './emulation-rule.entity';

const RULE = `mutation($input: EmulationRuleInput!) { saveEmulationRule(input: $input) { minClassification } }`;

describe(`a commendation rule saved while the year is being published is refused (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const rules = () => f.system.scoringDb.getRepository(EmulationRuleEntity).findBy({ yearId: f.year.id });
  const save = () =>
    f.gql('admin', RULE, {
      input: {
        yearId: f.year.id,
        minClassification: 'AVERAGE',
        excludeOverdueRemediation: true,
        excludeMissingReports: true,
        excludeLateReports: false,
        reason: 'Theo hướng dẫn thi đua của tỉnh',
      },
    });
  const refusedAsPublished = (res: Awaited<ReturnType<typeof save>>) => {
    expect([code(res), reason(res)]).toEqual(['CONFLICT', 'YEAR_STATUS']);
    expect(res.errors![0].message).toBe('Kết quả năm đã công bố: không thể đổi điều kiện xét khen thưởng.');
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture(YearStatus.APPRAISAL);
  }, 120_000);
  afterAll(() => f?.system.stop());
  beforeEach(async () => {
    await f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.APPRAISAL });
    await f.system.scoringDb.getRepository(EmulationRuleEntity).delete({ yearId: f.year.id });
  });

  it('the publication committed between the request and the save’s transaction: refused (YEAR_STATUS), no rule written', async () => {
    const published = beforeNextTransaction(f.system.scoringDb, () =>
      f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.PUBLISHED }),
    );
    const res = await save();
    expect(published()).toBe(true);
    refusedAsPublished(res);
    expect(await rules()).toEqual([]);
  });

  it.runIf(TEST_DB_KIND === 'mysql')(
    'a publication holding the year while the save starts: the save waits for it, then is refused; no rule written',
    async () => {
      const publication = f.system.scoringDb.createQueryRunner();
      await publication.connect();
      let pending: ReturnType<typeof save> | undefined;
      try {
        await publication.startTransaction();
        await publication.query('UPDATE assessment_year SET state_version = state_version + 1, status = ? WHERE id = ?', [
          YearStatus.PUBLISHED,
          f.year.id,
        ]);
        pending = save();
        // Long enough for a save that does not wait for the year to finish (it did, before the fix).
        await sleep(700);
        await publication.commitTransaction();
      } finally {
        if (publication.isTransactionActive) await publication.rollbackTransaction();
        await publication.release();
      }
      refusedAsPublished(await pending!);
      expect(await rules()).toEqual([]);
    },
  );

  it('before publication the same save goes through (the refusals above are the publication’s doing)', async () => {
    const res = await save();
    expect(res.errors).toBeUndefined();
    expect((await rules()).map((r) => r.minClassification)).toEqual(['AVERAGE']);
  });
});
