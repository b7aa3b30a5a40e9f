import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Per-address sign-in attempts shared by every process (see sign-in-address.entity.ts). */
export class OrgSignInAddress1766001000000 implements MigrationInterface {
  name = 'OrgSignInAddress1766001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_address',
        columns: [
          { name: 'address', type: 'varchar', length: '64', isPrimary: true },
          { name: 'attempts', type: 'int' },
          { name: 'window_started_at', type: 'datetime' },
        ],
      }),
    );
    // "Known-good from this address" looks up a user's sessions by address.
    await queryRunner.createIndex(
      'user_session',
      new TableIndex({ name: 'ix_user_session_user_ip', columnNames: ['user_id', 'client_ip'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('user_session', 'ix_user_session_user_ip');
    await queryRunner.dropTable('sign_in_address');
  }
}
