import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DATE_LENGTH } from '../../../platform/database/columns';

export type ReportChannel = 'ONLINE' | 'PAPER';

/**
 * One unit's report for one period: sent online by the unit (summary and an optional file, the
 * evidence upload mechanism: the file row's sheet_id holds this report's id, as an archived sheet's
 * files hold the archive's), or recorded on paper by the assessor with the day it was received.
 * `receivedOn` is the Vietnam calendar day the report first arrived; sending a new version later
 * keeps it (a corrected report is not a late one).
 */
@Entity('unit_report')
@Index('uq_unit_report_period_unit', ['periodId', 'unitId'], { unique: true })
@Index('ix_unit_report_year', ['yearId'])
export class UnitReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'period_id', type: 'varchar', length: 36 }) periodId: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 8 }) channel: ReportChannel;
  @Column({ name: 'received_on', type: 'varchar', length: DATE_LENGTH }) receivedOn: string;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'file_id', type: 'varchar', length: 36, nullable: true }) fileId: string | null;
  @Column({ name: 'submitted_by', type: 'varchar', length: 120 }) submittedBy: string;
  @Column({ name: 'submitted_at', type: 'datetime' }) submittedAt: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
