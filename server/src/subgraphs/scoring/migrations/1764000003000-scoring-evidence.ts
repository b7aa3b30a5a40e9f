import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Evidence file metadata (the bytes live in the FileStorage). Table API: runs on SQLite and MySQL. */
export class ScoringEvidence1764000003000 implements MigrationInterface {
  name = 'ScoringEvidence1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'evidence_file',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '128' },
          { name: 'size_bytes', type: 'int' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'uploaded_by', type: 'varchar', length: '36' },
          { name: 'uploader_unit_id', type: 'varchar', length: '36' },
          { name: 'sheet_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [{ name: 'ix_evidence_file_sheet', columnNames: ['sheet_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('evidence_file');
  }
}
