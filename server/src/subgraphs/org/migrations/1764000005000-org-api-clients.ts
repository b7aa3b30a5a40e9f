import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** API clients (ứng dụng khai thác): Table API, so it runs on SQLite and MySQL (utf8mb4) alike. */
export class OrgApiClients1764000005000 implements MigrationInterface {
  name = 'OrgApiClients1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'api_client',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'province_unit_id', type: 'varchar', length: '36' },
          { name: 'key_prefix', type: 'varchar', length: '8' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'scopes', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean', default: true },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'last_used_at', type: 'datetime', isNullable: true },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
          { name: 'revoked_by', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          { name: 'uq_api_client_key_hash', columnNames: ['key_hash'], isUnique: true },
          { name: 'ix_api_client_province', columnNames: ['province_unit_id'] },
        ],
        foreignKeys: [
          { columnNames: ['province_unit_id'], referencedTableName: 'org_unit', referencedColumnNames: ['id'] },
          { columnNames: ['created_by'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_client');
  }
}
