import { Table, TableColumn, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const yearId: TableColumnOptions = { name: 'year_id', type: 'varchar', length: '36' };
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const updatedAt: TableColumnOptions = { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
/** Points: DECIMAL(6,2) in the database, integer hundredths in code (hundredthsTransformer). */
const points = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'decimal', precision: 6, scale: 2, isNullable });
/** JSON lives in TEXT: the same migration then runs on SQLite and MySQL. */
const json = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });
const date = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: true });
const yearFk = { columnNames: ['year_id'], referencedTableName: 'assessment_year', referencedColumnNames: ['id'] };

/**
 * Year settings, unit groups, criteria sets, the frozen roster, appraiser assignments and the
 * append-only audit trail. Table API so one migration serves SQLite and MySQL (utf8mb4).
 */
export class ScoringYearsCriteriaRoster1764000002100 implements MigrationInterface {
  name = 'ScoringYearsCriteriaRoster1764000002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('assessment_year', [
      new TableColumn(date('self_assessment_deadline')),
      new TableColumn(date('explanation_deadline')),
      new TableColumn(date('appraisal_deadline')),
      new TableColumn(date('publication_deadline')),
      new TableColumn(json('classification_bands')),
      new TableColumn(json('head_ratings')),
      new TableColumn(points('bonus_cap', true)),
      new TableColumn(points('penalty_cap', true)),
      new TableColumn({ name: 'copied_from_year_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'roster_frozen_at', type: 'datetime', isNullable: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'unit_group',
        columns: [
          id,
          yearId,
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'assessor_rule', type: 'varchar', length: '16' },
          points('criteria_total'),
          { name: 'sort_order', type: 'int', default: 0 },
          json('member_kinds'),
          json('member_subtypes'),
          { name: 'criteria_reopened', type: 'boolean', default: false },
          createdAt,
          updatedAt,
        ],
        indices: [{ name: 'uq_unit_group_year_code', columnNames: ['year_id', 'code'], isUnique: true }],
        foreignKeys: [yearFk],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'criteria_node',
        columns: [
          id,
          yearId,
          { name: 'group_id', type: 'varchar', length: '36' },
          { name: 'parent_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'title', type: 'varchar', length: '1000' },
          points('max_points'),
          { name: 'section', type: 'varchar', length: '16' },
          { name: 'sort_order', type: 'int', default: 0 },
          { name: 'depth', type: 'int' },
          { name: 'method', type: 'varchar', length: '16', isNullable: true },
          json('params'),
          { name: 'evidence_guidance', type: 'text', isNullable: true },
          { name: 'scoring_guidance', type: 'text', isNullable: true },
          { name: 'allow_not_applicable', type: 'boolean', default: false },
          createdAt,
          updatedAt,
        ],
        indices: [
          { name: 'uq_criteria_node_group_code', columnNames: ['group_id', 'code'], isUnique: true },
          { name: 'ix_criteria_node_year', columnNames: ['year_id'] },
          { name: 'ix_criteria_node_parent', columnNames: ['parent_id'] },
        ],
        // No FK on parent_id: a bulk replace deletes and re-inserts a whole set in one transaction,
        // and SQLite checks FKs per statement. The tree's integrity is checked by the service.
        foreignKeys: [yearFk, { columnNames: ['group_id'], referencedTableName: 'unit_group', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'roster_entry',
        columns: [
          id,
          yearId,
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'unit_name', type: 'varchar', length: '255' },
          { name: 'unit_code', type: 'varchar', length: '32' },
          { name: 'unit_kind', type: 'varchar', length: '16' },
          { name: 'unit_subtype', type: 'varchar', length: '32' },
          { name: 'group_id', type: 'varchar', length: '36' },
          { name: 'assessor_unit_id', type: 'varchar', length: '36' },
          { name: 'assessor_unit_name', type: 'varchar', length: '255' },
          { name: 'parent_district_id', type: 'varchar', length: '36', isNullable: true },
          json('predecessor_unit_ids'),
          { name: 'added_manually', type: 'boolean', default: false },
          createdAt,
        ],
        indices: [
          { name: 'uq_roster_entry_year_unit', columnNames: ['year_id', 'unit_id'], isUnique: true },
          { name: 'ix_roster_entry_year_group', columnNames: ['year_id', 'group_id'] },
          { name: 'ix_roster_entry_year_assessor', columnNames: ['year_id', 'assessor_unit_id'] },
        ],
        foreignKeys: [yearFk, { columnNames: ['group_id'], referencedTableName: 'unit_group', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'appraiser_assignment',
        columns: [
          id,
          yearId,
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'assessor_unit_id', type: 'varchar', length: '36' },
          json('unit_ids'),
          json('area_codes'),
          createdAt,
          updatedAt,
        ],
        indices: [{ name: 'uq_appraiser_assignment_year_user', columnNames: ['year_id', 'user_id'], isUnique: true }],
        foreignKeys: [yearFk],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          yearId,
          { name: 'entity_type', type: 'varchar', length: '16' },
          { name: 'entity_id', type: 'varchar', length: '36' },
          { name: 'sheet_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'criterion_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'actor_user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '255' },
          { name: 'at', type: 'datetime' },
          { name: 'before_value', type: 'text', isNullable: true },
          { name: 'after_value', type: 'text', isNullable: true },
          { name: 'reason', type: 'text', isNullable: true },
        ],
        // No FK to the year: the history must outlive anything it describes.
        indices: [
          { name: 'ix_audit_event_year', columnNames: ['year_id', 'id'] },
          { name: 'ix_audit_event_entity', columnNames: ['entity_type', 'entity_id'] },
          { name: 'ix_audit_event_sheet', columnNames: ['sheet_id'] },
          { name: 'ix_audit_event_criterion', columnNames: ['criterion_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'appraiser_assignment', 'roster_entry', 'criteria_node', 'unit_group'])
      await queryRunner.dropTable(table);
    for (const column of [
      'roster_frozen_at',
      'copied_from_year_id',
      'penalty_cap',
      'bonus_cap',
      'head_ratings',
      'classification_bands',
      'publication_deadline',
      'appraisal_deadline',
      'explanation_deadline',
      'self_assessment_deadline',
    ])
      await queryRunner.dropColumn('assessment_year', column);
  }
}
