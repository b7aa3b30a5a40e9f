import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * audit_event loses its index on criterion_id alone. Every sheet action writes one audit row per
 * leaf it changed (77 in a whole-sheet save), and each secondary index keyed by a random id costs
 * that insert a B-tree insertion per row: on MariaDB this one was ~0.5 ms of a ~4 ms insert
 * (bench/profile-sheet.ts; a scratch table with and without it). No reader needs it alone: the
 * history screen always filters a sheet (ix_audit_event_sheet, then its rows by criterion), and a
 * province-wide trail by criterion walks the year's index newest first (ix_audit_event_year).
 */
export class AuditEventNoCriterionIndex1772000000000 implements MigrationInterface {
  name = 'AuditEventNoCriterionIndex1772000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_event', 'ix_audit_event_criterion');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('audit_event', new TableIndex({ name: 'ix_audit_event_criterion', columnNames: ['criterion_id'] }));
  }
}
