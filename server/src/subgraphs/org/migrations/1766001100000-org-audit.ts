import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Append-only audit of user, role, API-key and org-unit changes (see org-audit-event.entity.ts). */
export class OrgAudit1766001100000 implements MigrationInterface {
  name = 'OrgAudit1766001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'org_audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'province_unit_id', type: 'varchar', length: '36' },
          { name: 'entity_type', type: 'varchar', length: '16' },
          { name: 'entity_id', type: 'varchar', length: '36' },
          { name: 'entity_label', type: 'varchar', length: '255' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'actor_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '255' },
          { name: 'at', type: 'datetime' },
          { name: 'before_value', type: 'text', isNullable: true },
          { name: 'after_value', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'ix_org_audit_province', columnNames: ['province_unit_id', 'id'] },
          { name: 'ix_org_audit_entity', columnNames: ['entity_type', 'entity_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('org_audit_event');
  }
}
