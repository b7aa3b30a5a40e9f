import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** In-app notifications addressed to (unit, roles) audiences, and per-user read marks. */
export class Notifications1767003000000 implements MigrationInterface {
  name = 'Notifications1767003000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'sheet_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'subject_unit_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'audience_unit_id', type: 'varchar', length: '36' },
          { name: 'role_mask', type: 'int' },
          { name: 'params', type: 'text' },
          { name: 'actor_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'mail_status', type: 'varchar', length: '10', isNullable: true },
          { name: 'mail_attempts', type: 'int', default: 0 },
          { name: 'mail_next_at', type: 'datetime', isNullable: true },
          { name: 'mail_error', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          { name: 'ix_notification_audience', columnNames: ['audience_unit_id', 'id'] },
          { name: 'ix_notification_mail', columnNames: ['mail_status', 'mail_next_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_read',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'notification_id', type: 'int', isPrimary: true },
          { name: 'read_at', type: 'datetime' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification_read');
    await queryRunner.dropTable('notification');
  }
}
