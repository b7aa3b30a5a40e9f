import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Leaves entered by the assessor and their records (issue 10 §2). Table API: SQLite and MySQL. */
export class AccountabilityAssessorEntries1766004100000 implements MigrationInterface {
  name = 'AccountabilityAssessorEntries1766004100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('criteria_node', [
      new TableColumn({ name: 'entered_by_assessor', type: 'boolean', default: false }),
      new TableColumn({ name: 'assessor_entry_reason', type: 'text', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'assessor_entry',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'sheet_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'criterion_id', type: 'varchar', length: '36' },
          { name: 'quantity', type: 'int' },
          { name: 'source_type', type: 'varchar', length: '16' },
          { name: 'source_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'source_label', type: 'varchar', length: '500' },
          { name: 'reference', type: 'text', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'entered_by', type: 'varchar', length: '120' },
          { name: 'entered_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_assessor_entry_sheet', columnNames: ['sheet_id', 'criterion_id'] },
          { name: 'ix_assessor_entry_source', columnNames: ['source_type', 'source_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('assessor_entry');
    await queryRunner.dropColumn('criteria_node', 'assessor_entry_reason');
    await queryRunner.dropColumn('criteria_node', 'entered_by_assessor');
  }
}
