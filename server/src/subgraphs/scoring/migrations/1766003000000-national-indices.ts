import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The province's national indices (PAR INDEX, SIPAS, PAPI, PCI) and its units' DDCI per year. Table API: SQLite and MySQL. */
export class NationalIndices1766003000000 implements MigrationInterface {
  name = 'NationalIndices1766003000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'national_index',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'province_unit_id', type: 'varchar', length: '36' },
          { name: 'year', type: 'int' },
          { name: 'index_kind', type: 'varchar', length: '16' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'unit_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'unit_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'value', type: 'decimal', precision: 6, scale: 2 },
          { name: 'rank_value', type: 'int', isNullable: true },
          { name: 'rank_of', type: 'int', isNullable: true },
          { name: 'published', type: 'boolean', default: false },
          { name: 'source', type: 'varchar', length: '500', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '120' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_national_index', columnNames: ['province_unit_id', 'year', 'index_kind', 'unit_id'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('national_index');
  }
}
