import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Inspections with findings, remediation items and their history (issue 10 §3–4). Table API: SQLite and MySQL. */
export class AccountabilityInspectionsRemediation1767001000000 implements MigrationInterface {
  name = 'AccountabilityInspectionsRemediation1767001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inspection',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'inspection_date', type: 'varchar', length: '10' },
          { name: 'team', type: 'text' },
          { name: 'decision_number', type: 'varchar', length: '120' },
          { name: 'conclusion', type: 'text', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_inspection_year_unit', columnNames: ['year_id', 'unit_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inspection_finding',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'inspection_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'int' },
          { name: 'text', type: 'text' },
          { name: 'criterion_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'quantity', type: 'int', isNullable: true },
          { name: 'assessor_entry_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'remediation_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [{ name: 'ix_inspection_finding_inspection', columnNames: ['inspection_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'remediation_item',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'source_type', type: 'varchar', length: '16' },
          { name: 'source_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'source_label', type: 'varchar', length: '500', isNullable: true },
          { name: 'criterion_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'criterion_code', type: 'varchar', length: '40', isNullable: true },
          { name: 'title', type: 'text' },
          { name: 'deadline', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'created_by', type: 'varchar', length: '120' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'closed_at', type: 'datetime', isNullable: true },
          { name: 'revision', type: 'int', default: 1 },
        ],
        indices: [
          { name: 'ix_remediation_year_unit', columnNames: ['year_id', 'unit_id'] },
          { name: 'ix_remediation_unit_status', columnNames: ['unit_id', 'status'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'remediation_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'item_id', type: 'varchar', length: '36' },
          { name: 'seq', type: 'int' },
          { name: 'action', type: 'varchar', length: '16' },
          { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '16' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'evidence', type: 'text' },
          { name: 'actor_name', type: 'varchar', length: '120' },
          { name: 'at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_remediation_event_item', columnNames: ['item_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('remediation_event');
    await queryRunner.dropTable('remediation_item');
    await queryRunner.dropTable('inspection_finding');
    await queryRunner.dropTable('inspection');
  }
}
