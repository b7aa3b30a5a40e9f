import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Periodic reports, the emulation rule and recognised initiatives (issue 10 §5–6). Table API: SQLite and MySQL. */
export class AccountabilityReportsEmulation1767002000000 implements MigrationInterface {
  name = 'AccountabilityReportsEmulation1767002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report_period',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'group_ids', type: 'text' },
          { name: 'penalty_leaf_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_report_period_year', columnNames: ['year_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_report',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'period_id', type: 'varchar', length: '36' },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '8' },
          { name: 'received_on', type: 'varchar', length: '10' },
          { name: 'summary', type: 'text', isNullable: true },
          { name: 'file_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'submitted_by', type: 'varchar', length: '120' },
          { name: 'submitted_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_unit_report_period_unit', columnNames: ['period_id', 'unit_id'], isUnique: true },
          { name: 'ix_unit_report_year', columnNames: ['year_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'emulation_rule',
        columns: [
          { name: 'year_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'min_classification', type: 'varchar', length: '32' },
          { name: 'exclude_overdue_remediation', type: 'boolean' },
          { name: 'exclude_missing_reports', type: 'boolean' },
          { name: 'exclude_late_reports', type: 'boolean' },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'initiative',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'decision_number', type: 'varchar', length: '120' },
          { name: 'decision_date', type: 'varchar', length: '10' },
          { name: 'issuer', type: 'varchar', length: '200', isNullable: true },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'bonus_leaf_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'bonus_quantity', type: 'int', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_initiative_year_unit', columnNames: ['year_id', 'unit_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('initiative');
    await queryRunner.dropTable('emulation_rule');
    await queryRunner.dropTable('unit_report');
    await queryRunner.dropTable('report_period');
  }
}
