import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * unit_group.bonus_penalty_default_zero: the criteria set's setting that an empty bonus/penalty
 * leaf counts as 0, filled (issue 11 §4). Off for every existing set, so no result moves.
 * Table API: runs on SQLite and MySQL.
 */
export class BonusPenaltyDefaultZero1768001000000 implements MigrationInterface {
  name = 'BonusPenaltyDefaultZero1768001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('unit_group', new TableColumn({ name: 'bonus_penalty_default_zero', type: 'boolean', default: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('unit_group', 'bonus_penalty_default_zero');
  }
}
