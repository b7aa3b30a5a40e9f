import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReportPeriodKind } from '../../../domain/accountability';
import { DATE_LENGTH } from '../../../platform/database/columns';
import { jsonColumn } from '../audit/json-column';

/**
 * A reporting period of a year (báo cáo CCHC định kỳ, issue 10 §5): quarterly, 6-month or
 * yearly, with its due day (Vietnam calendar day, inclusive) and the unit groups that must report.
 * The penalty leaf (a criteria code, resolved in each unit's set) is where a late or missing report
 * may cost points, at the assessor's click.
 */
@Entity('report_period')
@Index('ix_report_period_year', ['yearId'])
export class ReportPeriodEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ type: 'varchar', length: 16 }) kind: ReportPeriodKind;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'due_date', type: 'varchar', length: DATE_LENGTH }) dueDate: string;
  @Column({ name: 'group_ids', type: 'text', transformer: jsonColumn<string[]>(() => []) }) groupIds: string[];
  @Column({ name: 'penalty_leaf_code', type: 'varchar', length: 32, nullable: true }) penaltyLeafCode: string | null;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
