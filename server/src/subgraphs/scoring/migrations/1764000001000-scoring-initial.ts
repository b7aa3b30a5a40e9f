import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Written with TypeORM's Table API so the same migration runs on SQLite and MySQL (utf8mb4). */
export class ScoringInitial1764000001000 implements MigrationInterface {
  name = 'ScoringInitial1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'assessment_year',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'province_unit_id', type: 'varchar', length: '36' },
          { name: 'year', type: 'int' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'model', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [{ name: 'uq_assessment_year_province_year', columnNames: ['province_unit_id', 'year'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('assessment_year');
  }
}
