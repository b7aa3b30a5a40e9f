import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { InitiativeLevel } from '../../../domain/accountability';
import { DATE_LENGTH } from '../../../platform/database/columns';

/**
 * A recognised initiative or model (sáng kiến, mô hình hay) of a unit in a year, with the
 * recognition decision. With a bonus leaf code and value it feeds that assessor-entered leaf of the
 * unit's sheet (assessor_entry sourceType INITIATIVE, sourceId = this id).
 */
@Entity('initiative')
@Index('ix_initiative_year_unit', ['yearId', 'unitId'])
export class InitiativeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 500 }) title: string;
  @Column({ type: 'varchar', length: 16 }) level: InitiativeLevel;
  @Column({ name: 'decision_number', type: 'varchar', length: 120 }) decisionNumber: string;
  @Column({ name: 'decision_date', type: 'varchar', length: DATE_LENGTH }) decisionDate: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) issuer: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'bonus_leaf_code', type: 'varchar', length: 32, nullable: true }) bonusLeafCode: string | null;
  /** The bonus value in hundredths (a count of 1 is 100; 1.5 points of a MANUAL leaf 150). */
  @Column({ name: 'bonus_quantity', type: 'int', nullable: true }) bonusQuantity: number | null;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
