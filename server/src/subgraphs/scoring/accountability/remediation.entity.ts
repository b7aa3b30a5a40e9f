import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RemediationAction, RemediationEditChange, RemediationSource, RemediationStatus } from '../../../domain/accountability';
import { DATE_LENGTH } from '../../../platform/database/columns';
import { jsonColumn, nullableJsonColumn } from '../audit/json-column';

/**
 * A remediation item (khắc phục hạn chế, issue 10 §4): what a unit must fix by a deadline
 * (inclusive ISO day, Vietnam time), from a leaf that lost points in appraisal, an inspection
 * finding, or by hand. The leaf is kept by id and by code, so next year's sheet of the unit can
 * show the item beside the leaf of the same code.
 */
@Entity('remediation_item')
@Index('ix_remediation_year_unit', ['yearId', 'unitId'])
@Index('ix_remediation_unit_status', ['unitId', 'status'])
export class RemediationItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ name: 'source_type', type: 'varchar', length: 16 }) sourceType: RemediationSource;
  /** The inspection finding (INSPECTION), or null. */
  @Column({ name: 'source_id', type: 'varchar', length: 36, nullable: true }) sourceId: string | null;
  @Column({ name: 'source_label', type: 'varchar', length: 500, nullable: true }) sourceLabel: string | null;
  @Column({ name: 'criterion_id', type: 'varchar', length: 36, nullable: true }) criterionId: string | null;
  @Column({ name: 'criterion_code', type: 'varchar', length: 40, nullable: true }) criterionCode: string | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'varchar', length: DATE_LENGTH }) deadline: string;
  @Column({ type: 'varchar', length: 16 }) status: RemediationStatus;
  @Column({ name: 'created_by', type: 'varchar', length: 120 }) createdBy: string;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
  @Column({ name: 'closed_at', type: 'datetime', nullable: true }) closedAt: Date | null;
  /** Bumped by every step; the step's event takes the new value (orders the history, guards concurrent steps). */
  @Column({ type: 'int', default: 1 }) revision: number;
}

export interface RemediationEvidence {
  fileId: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string | null;
  title: string | null;
}

/** One step of an item's history: the unit's progress report (with evidence), acceptance, return… */
@Entity('remediation_event')
@Index('ix_remediation_event_item', ['itemId'])
export class RemediationEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'item_id', type: 'varchar', length: 36 }) itemId: string;
  /** The item's revision this step produced (1: creation). */
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 16 }) action: RemediationAction | 'CREATE' | 'UPDATE';
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true }) fromStatus: RemediationStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus: RemediationStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text', transformer: jsonColumn<RemediationEvidence[]>(() => []) }) evidence: RemediationEvidence[];
  /** An assessor's edit (action UPDATE): the text and/or deadline before and after; null for other steps. */
  @Column({ name: 'change_detail', type: 'text', nullable: true, transformer: nullableJsonColumn })
  change: RemediationEditChange | null;
  @Column({ name: 'actor_name', type: 'varchar', length: 120 }) actorName: string;
  @Column({ type: 'datetime' }) at: Date;
}
