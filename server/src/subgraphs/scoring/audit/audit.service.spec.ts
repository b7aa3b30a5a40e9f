import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Actor } from '../../../platform/auth/tokens';
import { Role } from '../../../platform/auth/roles';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../../testing/test-database';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { openScoringDatabase } from '../scoring.subgraph';
import { AuditEventEntity } from './audit-event.entity';
import { countQueries } from '../../../testing/query-counter';
import { AuditEntityType, recordAudit, recordAuditMany } from './audit.service';
import { JsonText } from './json-column';

describe(`audit trail storage (${TEST_DB_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const actor: Actor = {
    kind: 'user',
    userId: 'u-1',
    username: 'admin.qn',
    unitId: 'p-1',
    roles: [Role.PROVINCE_ADMIN],
    provinceUnitId: 'p-1',
    sessionId: null,
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openScoringDatabase(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('migrates: year settings round-trip with hundredths and JSON', async () => {
    const id = crypto.randomUUID();
    await db.getRepository(AssessmentYearEntity).save({
      id,
      provinceUnitId: 'p-1',
      year: 2025,
      name: 'Chỉ số CCHC năm 2025',
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
      bonusCap: 250,
      penaltyCap: null,
      bands: [{ code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 9000, color: '#1B5E20' }],
      selfAssessmentDeadline: '2026-01-15',
    });
    const row = await db.getRepository(AssessmentYearEntity).findOneByOrFail({ id });
    expect(row.bonusCap).toBe(250);
    expect(row.penaltyCap).toBeNull();
    expect(row.bands[0].minIndex).toBe(9000);
    expect(row.headRatings).toEqual({});
    expect(row.selfAssessmentDeadline).toBe('2026-01-15');
  });

  it('records events in order inside a transaction, and a rollback leaves none', async () => {
    await db.transaction((manager) =>
      recordAudit(
        manager,
        { actor },
        {
          yearId: 'y-1',
          entityType: AuditEntityType.SETTING,
          entityId: 'y-1',
          action: 'UPDATE',
          before: { a: 1 },
          after: { a: 2 },
          reason: ' lý do ',
        },
      ),
    );
    await expect(
      db.transaction(async (manager) => {
        await recordAudit(
          manager,
          { actor: ANONYMOUS },
          { yearId: 'y-1', entityType: AuditEntityType.SETTING, entityId: 'y-1', action: 'UPDATE' },
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await db.getRepository(AuditEventEntity).find({ where: { yearId: 'y-1' }, order: { id: 'ASC' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorName: 'admin.qn', actorUserId: 'u-1', before: { a: 1 }, after: { a: 2 }, reason: 'lý do' });
  });

  it('records many events in one INSERT per chunk, in the order given, and a rollback leaves none', async () => {
    const events = Array.from({ length: 450 }, (_, i) => ({
      yearId: 'y-many',
      entityType: AuditEntityType.SCORE,
      entityId: `e-${i}`,
      sheetId: 's-1',
      action: 'SAVE_SELF',
      before: i === 0 ? null : { points: i - 1 },
      after: { points: i },
      reason: i % 2 ? ' ghi chú ' : null,
    }));
    const { count } = await countQueries(db, () => db.transaction((manager) => recordAuditMany(manager, { actor }, events)));
    expect(count).toBe(2);
    const rows = await db.getRepository(AuditEventEntity).find({ where: { yearId: 'y-many' }, order: { id: 'ASC' } });
    expect(rows.map((r) => r.entityId)).toEqual(events.map((e) => e.entityId));
    expect(rows[0]).toMatchObject({
      actorName: 'admin.qn',
      sheetId: 's-1',
      criterionId: null,
      before: null,
      after: { points: 0 },
      reason: null,
    });
    expect(rows[1]).toMatchObject({ before: { points: 0 }, after: { points: 1 }, reason: 'ghi chú' });

    await expect(
      db.transaction(async (manager) => {
        await recordAuditMany(manager, { actor }, [{ ...events[0], yearId: 'y-rolled-back' }]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.getRepository(AuditEventEntity).countBy({ yearId: 'y-rolled-back' })).toBe(0);
  });
  it('stores a snapshot as its JSON text either way: dates as ISO text, class instances as plain objects, a writer’s JsonText as given', async () => {
    class Points {
      constructor(readonly value: number) {}
    }
    const value = {
      at: new Date('2025-03-01T02:03:04.000Z'),
      points: new Points(12.5),
      evidence: [{ title: 'Kế hoạch "năm"', fileId: null }],
    };
    const event = (entityId: string) => ({
      yearId: 'y-json',
      entityType: AuditEntityType.SCORE,
      entityId,
      action: 'SAVE_SELF',
      before: value,
      after: new JsonText('{"points":1}'),
    });
    await db.transaction(async (manager) => {
      await recordAudit(manager, { actor }, event('one'));
      await recordAuditMany(manager, { actor }, [event('many')]);
    });
    const raw = (await db.query('SELECT entity_id, before_value, after_value FROM audit_event WHERE year_id = ? ORDER BY id', [
      'y-json',
    ])) as { entity_id: string; before_value: string; after_value: string }[];
    expect(raw.map((r) => [r.entity_id, r.before_value, r.after_value])).toEqual(
      ['one', 'many'].map((id) => [id, JSON.stringify(value), '{"points":1}']),
    );
    const rows = await db.getRepository(AuditEventEntity).find({ where: { yearId: 'y-json' }, order: { id: 'ASC' } });
    expect(rows.map((r) => r.before)).toEqual(
      [0, 1].map(() => ({ at: '2025-03-01T02:03:04.000Z', points: { value: 12.5 }, evidence: value.evidence })),
    );
  });
});
