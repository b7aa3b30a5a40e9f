import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isMysql } from '../../../platform/database/dialect';

/**
 * Archived draft sheets of units removed from a roster (see sheet-archive.ts). An entry's
 * snapshot holds its notes and evidence list (each up to a TEXT column in score_entry), so it is
 * MEDIUMTEXT on MySQL; SQLite's TEXT has no such limit.
 */
export class ScoringSheetArchive1766001200000 implements MigrationInterface {
  name = 'ScoringSheetArchive1766001200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = isMysql(queryRunner) ? 'mediumtext' : 'text';
    await queryRunner.createTable(
      new Table({
        name: 'sheet_archive',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'unit_name', type: 'varchar', length: '255' },
          { name: 'group_id', type: 'varchar', length: '36' },
          { name: 'roster_entry', type: 'text' },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'archived_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'archived_by_name', type: 'varchar', length: '255' },
          { name: 'archived_at', type: 'datetime' },
          { name: 'filled_leaves', type: 'int' },
          { name: 'restored_at', type: 'datetime', isNullable: true },
          { name: 'restored_sheet_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [{ name: 'ix_sheet_archive_year_unit', columnNames: ['year_id', 'unit_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sheet_archive_entry',
        columns: [
          { name: 'archive_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'criterion_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'entry', type: longText },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sheet_archive_entry');
    await queryRunner.dropTable('sheet_archive');
  }
}
