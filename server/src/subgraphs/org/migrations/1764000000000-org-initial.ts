import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const timestamps = [
  { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
  { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
];

/** Written with TypeORM's Table API so the same migration runs on SQLite and MySQL (utf8mb4). */
export class OrgInitial1764000000000 implements MigrationInterface {
  name = 'OrgInitial1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'org_unit',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'subtype', type: 'varchar', length: '32' },
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'open_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'name_folded', type: 'varchar', length: '255' },
          { name: 'parent_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'path', type: 'varchar', length: '768' },
          { name: 'level', type: 'int' },
          { name: 'valid_from', type: 'varchar', length: '10', isNullable: true },
          { name: 'valid_to', type: 'varchar', length: '10', isNullable: true },
          { name: 'merger_text', type: 'text', isNullable: true },
          { name: 'source_key', type: 'varchar', length: '64', isNullable: true },
          ...timestamps,
        ],
        indices: [
          { name: 'uq_org_unit_open_code', columnNames: ['open_code'], isUnique: true },
          { name: 'ix_org_unit_name_folded', columnNames: ['name_folded'] },
          { name: 'ix_org_unit_parent', columnNames: ['parent_id'] },
          { name: 'ix_org_unit_path', columnNames: ['path'] },
          { name: 'uq_org_unit_source_key', columnNames: ['source_key'], isUnique: true },
        ],
        foreignKeys: [{ columnNames: ['parent_id'], referencedTableName: 'org_unit', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'org_unit_link',
        columns: [
          id,
          { name: 'predecessor_id', type: 'varchar', length: '36' },
          { name: 'successor_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'partial', type: 'boolean', default: false },
          { name: 'effective_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
          timestamps[0],
        ],
        indices: [
          { name: 'uq_org_unit_link_pair', columnNames: ['predecessor_id', 'successor_id'], isUnique: true },
          { name: 'ix_org_unit_link_predecessor', columnNames: ['predecessor_id'] },
          { name: 'ix_org_unit_link_successor', columnNames: ['successor_id'] },
        ],
        foreignKeys: [
          { columnNames: ['predecessor_id'], referencedTableName: 'org_unit', referencedColumnNames: ['id'] },
          { columnNames: ['successor_id'], referencedTableName: 'org_unit', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'full_name', type: 'varchar', length: '255' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'roles', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean', default: true },
          { name: 'failed_login_count', type: 'int', default: 0 },
          { name: 'locked_until', type: 'datetime', isNullable: true },
          { name: 'last_login_at', type: 'datetime', isNullable: true },
          ...timestamps,
        ],
        indices: [
          { name: 'uq_app_user_username', columnNames: ['username'], isUnique: true },
          { name: 'ix_app_user_unit', columnNames: ['unit_id'] },
        ],
        foreignKeys: [{ columnNames: ['unit_id'], referencedTableName: 'org_unit', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('app_user');
    await queryRunner.dropTable('org_unit_link');
    await queryRunner.dropTable('org_unit');
  }
}
