import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { jsonColumn } from '../audit/json-column';

/** Component result of one area or criterion, stored as JSON (never queried inside). */
export interface ComponentResult {
  nodeId: string;
  code: string;
  title: string;
  maxPoints: number;
  maxApplicable: number;
  selfPoints: number;
  finalPoints: number;
  index: number | null;
  selfIndex: number | null;
}

const decimal = { type: 'decimal' as const, precision: 6, scale: 2, transformer: hundredthsTransformer };

/**
 * The stored result of one unit in one year, recomputed in the same transaction as every score
 * change (with the ranks of its group), so rankings and dashboards are plain reads.
 * Indices are hundredths of a percent and use the same DECIMAL(6,2) column (91.25 % ↔ 9125).
 */
@Entity('unit_result')
@Index('uq_unit_result_year_unit', ['yearId', 'unitId'], { unique: true })
@Index('ix_unit_result_year_group', ['yearId', 'groupId'])
@Index('uq_unit_result_sheet', ['sheetId'], { unique: true })
export class UnitResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ name: 'sheet_id', type: 'varchar', length: 36 }) sheetId: string;
  @Column({ name: 'group_id', type: 'varchar', length: 36 }) groupId: string;
  @Column({ name: 'assessor_unit_id', type: 'varchar', length: 36 }) assessorUnitId: string;
  @Column({ name: 'unit_name', type: 'varchar', length: 255 }) unitName: string;
  @Column({ name: 'max_applicable', ...decimal }) maxApplicable: number;
  @Column({ name: 'self_total', ...decimal }) selfTotal: number;
  @Column({ name: 'appraised_total', ...decimal }) appraisedTotal: number;
  @Column({ name: 'survey_points', ...decimal }) surveyPoints: number;
  @Column({ name: 'bonus_points', ...decimal }) bonusPoints: number;
  @Column({ name: 'penalty_points', ...decimal }) penaltyPoints: number;
  @Column({ name: 'index_value', ...decimal, nullable: true }) index: number | null;
  @Column({ name: 'self_index', ...decimal, nullable: true }) selfIndex: number | null;
  /** Self − appraised: points and index. */
  @Column({ name: 'gap_points', ...decimal }) gapPoints: number;
  @Column({ name: 'gap_index', ...decimal, nullable: true }) gapIndex: number | null;
  @Column({ name: 'area_results', type: 'text', nullable: true, transformer: jsonColumn<ComponentResult[]>(() => []) })
  areas: ComponentResult[];
  @Column({ name: 'criterion_results', type: 'text', nullable: true, transformer: jsonColumn<ComponentResult[]>(() => []) })
  criteria: ComponentResult[];
  @Column({ name: 'leaf_total', type: 'int', default: 0 }) leafTotal: number;
  @Column({ name: 'self_filled', type: 'int', default: 0 }) selfFilled: number;
  @Column({ name: 'appraised_filled', type: 'int', default: 0 }) appraisedFilled: number;
  /** Ranked only once appraised (APPRAISED or later); earlier indices are provisional. */
  @Column({ type: 'boolean', default: false }) rankable: boolean;
  @Column({ name: 'rank_in_group', type: 'int', nullable: true }) rankInGroup: number | null;
  @Column({ name: 'rank_in_assessor', type: 'int', nullable: true }) rankInAssessor: number | null;
  @Column({ name: 'classification_code', type: 'varchar', length: 32, nullable: true }) classificationCode: string | null;
  @Column({ name: 'head_rating_code', type: 'varchar', length: 40, nullable: true }) headRatingCode: string | null;
  @Column({ name: 'computed_at', type: 'datetime' }) computedAt: Date;
}
