import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * remediation_event.change_detail: what an assessor's edit of an item changed — its text and/or
 * deadline, before and after (JSON) — so the item's own history shows a moved deadline next to the
 * reports and decisions, not only the audit trail. Null for every other step (and every existing
 * row). Table API: runs on SQLite and MySQL.
 */
export class RemediationEventChange1771004100000 implements MigrationInterface {
  name = 'RemediationEventChange1771004100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('remediation_event', new TableColumn({ name: 'change_detail', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('remediation_event', 'change_detail');
  }
}
