import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { HeadRole } from '../../../domain/accountability';
import { DATE_LENGTH } from '../../../platform/database/columns';

/**
 * Người đứng đầu / cấp phó phụ trách CCHC of a unit in a year, one row per term: a change of head
 * mid-year is two HEAD rows. Keyed by year and unit (the frozen roster), so later merges never
 * rewrite who answered for a past year.
 */
@Entity('unit_head_term')
@Index('ix_unit_head_term_year_unit', ['yearId', 'unitId'])
export class HeadTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 8 }) role: HeadRole;
  @Column({ name: 'full_name', type: 'varchar', length: 120 }) fullName: string;
  @Column({ type: 'varchar', length: 160 }) title: string;
  @Column({ name: 'from_date', type: 'varchar', length: DATE_LENGTH }) fromDate: string;
  @Column({ name: 'to_date', type: 'varchar', length: DATE_LENGTH, nullable: true }) toDate: string | null;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
