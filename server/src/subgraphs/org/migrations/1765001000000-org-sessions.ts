import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Revocable sign-in sessions (see session.entity.ts). Table API: SQLite and MySQL alike. */
export class OrgSessions1765001000000 implements MigrationInterface {
  name = 'OrgSessions1765001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
          { name: 'revoked_reason', type: 'varchar', length: '32', isNullable: true },
          { name: 'client_ip', type: 'varchar', length: '64' },
        ],
        indices: [{ name: 'ix_user_session_user', columnNames: ['user_id', 'revoked_at'] }],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('user_session');
  }
}
