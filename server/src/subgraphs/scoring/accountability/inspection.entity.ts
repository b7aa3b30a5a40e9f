import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { InspectionKind } from '../../../domain/accountability';
import { DATE_LENGTH } from '../../../platform/database/columns';

/**
 * An inspection of a unit's reform work or public duty for a year (kiểm tra CCHC / công vụ,
 * issue 10 §3), recorded by the unit's assessor. Keyed by year and unit (the frozen roster).
 */
@Entity('inspection')
@Index('ix_inspection_year_unit', ['yearId', 'unitId'])
export class InspectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 8 }) kind: InspectionKind;
  @Column({ name: 'inspection_date', type: 'varchar', length: DATE_LENGTH }) inspectionDate: string;
  @Column({ type: 'text' }) team: string;
  @Column({ name: 'decision_number', type: 'varchar', length: 120 }) decisionNumber: string;
  @Column({ type: 'text', nullable: true }) conclusion: string | null;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}

/**
 * One finding of an inspection: its text, an optional penalty on an assessor-entered leaf of the
 * unit's sheet (quantity in the leaf's unit, fed as the assessor record `assessorEntryId`), and
 * the remediation item it opened.
 */
@Entity('inspection_finding')
@Index('ix_inspection_finding_inspection', ['inspectionId'])
export class InspectionFindingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'inspection_id', type: 'varchar', length: 36 }) inspectionId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'criterion_id', type: 'varchar', length: 36, nullable: true }) criterionId: string | null;
  @Column({ type: 'int', nullable: true }) quantity: number | null;
  @Column({ name: 'assessor_entry_id', type: 'varchar', length: 36, nullable: true }) assessorEntryId: string | null;
  @Column({ name: 'remediation_id', type: 'varchar', length: 36, nullable: true }) remediationId: string | null;
}
