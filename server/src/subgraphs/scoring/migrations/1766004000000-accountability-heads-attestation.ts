import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Heads of units per year (terms) and the head's attestation of a sheet (issue 10 §1). Table API: SQLite and MySQL. */
export class AccountabilityHeadsAttestation1766004000000 implements MigrationInterface {
  name = 'AccountabilityHeadsAttestation1766004000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'unit_head_term',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'role', type: 'varchar', length: '8' },
          { name: 'full_name', type: 'varchar', length: '120' },
          { name: 'title', type: 'varchar', length: '160' },
          { name: 'from_date', type: 'varchar', length: '10' },
          { name: 'to_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_unit_head_term_year_unit', columnNames: ['year_id', 'unit_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sheet_attestation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'sheet_id', type: 'varchar', length: '36' },
          { name: 'year_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'purpose', type: 'varchar', length: '16' },
          { name: 'requested_by_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'requested_at', type: 'datetime', isNullable: true },
          { name: 'sheet_version', type: 'int', isNullable: true },
          { name: 'attested_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'attested_by_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'attested_at', type: 'datetime', isNullable: true },
          { name: 'head_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'statement', type: 'varchar', length: '255', isNullable: true },
        ],
        indices: [{ name: 'uq_sheet_attestation_sheet_purpose', columnNames: ['sheet_id', 'purpose'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sheet_attestation');
    await queryRunner.dropTable('unit_head_term');
  }
}
