import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Causes and solutions per criterion, group and year (criteria analysis). Table API: SQLite and MySQL. */
export class ScoringAnalysisNotes1765008000000 implements MigrationInterface {
  name = 'ScoringAnalysisNotes1765008000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'analysis_note',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'group_id', type: 'varchar', length: '36' },
          { name: 'criterion_code', type: 'varchar', length: '32' },
          { name: 'cause', type: 'text' },
          { name: 'solution', type: 'text' },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_analysis_note_year_group_code', columnNames: ['year_id', 'group_id', 'criterion_code'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('analysis_note');
  }
}
