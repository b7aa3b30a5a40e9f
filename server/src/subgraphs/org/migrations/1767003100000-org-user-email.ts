import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** An optional e-mail address per user: where notifications are copied when SMTP is configured. */
export class OrgUserEmail1767003100000 implements MigrationInterface {
  name = 'OrgUserEmail1767003100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('app_user', new TableColumn({ name: 'email', type: 'varchar', length: '255', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('app_user', 'email');
  }
}
