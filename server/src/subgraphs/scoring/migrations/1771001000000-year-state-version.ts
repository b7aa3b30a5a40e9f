import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * assessment_year.state_version: bumped by every transaction that takes the year's row for update
 * (settings, transitions, roster, groups, criteria sets, survey import, full recompute). A sheet
 * action plans from rows it read before its transaction and reads this under the year's shared lock
 * inside it: a value that moved means the year changed in between, and the action plans again.
 * Table API: runs on SQLite and MySQL.
 */
export class YearStateVersion1771001000000 implements MigrationInterface {
  name = 'YearStateVersion1771001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('assessment_year', new TableColumn({ name: 'state_version', type: 'int', default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('assessment_year', 'state_version');
  }
}
