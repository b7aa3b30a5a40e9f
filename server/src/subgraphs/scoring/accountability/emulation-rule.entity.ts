import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The year's rule for the list of units eligible for commendation (domain/accountability/emulation). */
@Entity('emulation_rule')
export class EmulationRuleEntity {
  @PrimaryColumn({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'min_classification', type: 'varchar', length: 32 }) minClassification: string;
  @Column({ name: 'exclude_overdue_remediation', type: 'boolean' }) excludeOverdueRemediation: boolean;
  @Column({ name: 'exclude_missing_reports', type: 'boolean' }) excludeMissingReports: boolean;
  @Column({ name: 'exclude_late_reports', type: 'boolean' }) excludeLateReports: boolean;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
