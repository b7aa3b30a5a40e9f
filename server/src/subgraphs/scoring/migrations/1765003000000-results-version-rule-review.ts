import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * unit_group.results_version: bumped by every transaction that changes a stored result of the
 * group, so cached rankings are keyed by it. score_entry.rule_review: the leaf's rule changed
 * after the appraiser scored it (his points stay, he is asked to review them).
 * Table API: runs on SQLite and MySQL.
 */
export class ResultsVersionRuleReview1765003000000 implements MigrationInterface {
  name = 'ResultsVersionRuleReview1765003000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('unit_group', new TableColumn({ name: 'results_version', type: 'int', default: 0 }));
    await queryRunner.addColumn('score_entry', new TableColumn({ name: 'rule_review', type: 'boolean', default: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('score_entry', 'rule_review');
    await queryRunner.dropColumn('unit_group', 'results_version');
  }
}
