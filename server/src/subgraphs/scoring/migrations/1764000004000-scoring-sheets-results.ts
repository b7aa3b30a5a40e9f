import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
/** Points (and indices, in hundredths of a percent) are DECIMAL(6,2): exact on both databases. */
const points = (name: string, nullable = true): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision: 6,
  scale: 2,
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });

/** Score sheets, their entries and the stored results. Table API: runs on SQLite and MySQL. */
export class ScoringSheetsResults1764000004000 implements MigrationInterface {
  name = 'ScoringSheetsResults1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'score_sheet',
        columns: [
          id,
          ref('year_id'),
          ref('unit_id'),
          ref('roster_entry_id'),
          ref('group_id'),
          ref('assessor_unit_id'),
          ref('district_unit_id', true),
          { name: 'unit_name', type: 'varchar', length: '255' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'version', type: 'int', default: 1 },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          ref('submitted_by', true),
          { name: 'approved_at', type: 'datetime', isNullable: true },
          ref('approved_by', true),
          { name: 'locked_at', type: 'datetime', isNullable: true },
          ref('locked_by', true),
          { name: 'explanation_round', type: 'boolean', default: false },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          { name: 'uq_score_sheet_year_unit', columnNames: ['year_id', 'unit_id'], isUnique: true },
          { name: 'ix_score_sheet_year_group', columnNames: ['year_id', 'group_id'] },
          { name: 'ix_score_sheet_year_assessor', columnNames: ['year_id', 'assessor_unit_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'score_entry',
        columns: [
          id,
          ref('sheet_id'),
          ref('criterion_id'),
          { name: 'declared_value', type: 'varchar', length: '255', isNullable: true },
          { name: 'not_applicable', type: 'boolean', default: false },
          points('self_points'),
          text('self_note'),
          text('self_evidence'),
          points('round1_points'),
          text('round1_note'),
          { name: 'explanation_requested', type: 'boolean', default: false },
          text('explanation_request_note'),
          text('explanation_text'),
          text('supplementary_evidence'),
          points('round2_points'),
          text('round2_note'),
          points('final_points'),
          points('survey_points'),
          ref('updated_by', true),
          { name: 'updated_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'uq_score_entry_sheet_criterion', columnNames: ['sheet_id', 'criterion_id'], isUnique: true }],
        foreignKeys: [
          { columnNames: ['sheet_id'], referencedTableName: 'score_sheet', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_result',
        columns: [
          id,
          ref('year_id'),
          ref('unit_id'),
          ref('sheet_id'),
          ref('group_id'),
          ref('assessor_unit_id'),
          { name: 'unit_name', type: 'varchar', length: '255' },
          points('max_applicable', false),
          points('self_total', false),
          points('appraised_total', false),
          points('survey_points', false),
          points('bonus_points', false),
          points('penalty_points', false),
          points('index_value'),
          points('self_index'),
          points('gap_points', false),
          points('gap_index'),
          text('area_results'),
          text('criterion_results'),
          { name: 'leaf_total', type: 'int', default: 0 },
          { name: 'self_filled', type: 'int', default: 0 },
          { name: 'appraised_filled', type: 'int', default: 0 },
          { name: 'rankable', type: 'boolean', default: false },
          { name: 'rank_in_group', type: 'int', isNullable: true },
          { name: 'rank_in_assessor', type: 'int', isNullable: true },
          { name: 'classification_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'head_rating_code', type: 'varchar', length: '40', isNullable: true },
          { name: 'computed_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_unit_result_year_unit', columnNames: ['year_id', 'unit_id'], isUnique: true },
          { name: 'ix_unit_result_year_group', columnNames: ['year_id', 'group_id'] },
          { name: 'uq_unit_result_sheet', columnNames: ['sheet_id'], isUnique: true },
        ],
        foreignKeys: [
          { columnNames: ['sheet_id'], referencedTableName: 'score_sheet', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('unit_result');
    await queryRunner.dropTable('score_entry');
    await queryRunner.dropTable('score_sheet');
  }
}
