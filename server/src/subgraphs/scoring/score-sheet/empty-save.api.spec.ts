import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

const SAVE =
  'mutation($id: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $id, version: $v, entries: $e) { version } }';

/** Issue 7, item 10: an empty save bumped the version with no audit row. */
describe(`a save that changes nothing (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system);
  });
  afterAll(() => system?.stop());

  it('neither bumps the version nor writes an audit row; a real change does both', async () => {
    const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
    const audit = system.scoringDb.getRepository(AuditEventEntity);
    const leaf = world.criteria.get('1.1')!.id;
    const save = (v: number, e: unknown[]) =>
      system.gql<{ saveSelfAssessment: { version: number } }>(SAVE, { id: world.sheetId, v, e }, { token: world.tokens.officer });

    const first = await save(1, [{ criterionId: leaf, declaredValue: '1', note: 'Đã ban hành' }]);
    expect(first.data?.saveSelfAssessment.version).toBe(2);
    const rows = await audit.count();
    const updatedAt = (await sheets.findOneByOrFail({ id: world.sheetId })).updatedAt;

    for (const entries of [[], [{ criterionId: leaf, declaredValue: '1', note: 'Đã ban hành' }]]) {
      const again = await save(2, entries);
      expect(again.errors).toBeUndefined();
      expect(again.data?.saveSelfAssessment.version).toBe(2);
    }
    expect(await audit.count()).toBe(rows);
    const sheet = await sheets.findOneByOrFail({ id: world.sheetId });
    expect(sheet.version).toBe(2);
    expect(sheet.updatedAt).toEqual(updatedAt);

    const changed = await save(2, [{ criterionId: leaf, declaredValue: '0' }]);
    expect(changed.data?.saveSelfAssessment.version).toBe(3);
    expect(await audit.count()).toBe(rows + 1);
  });
});
