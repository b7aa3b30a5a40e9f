import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { nullableJsonColumn } from '../audit/json-column';

/** Where an assessor's record comes from (its source record, shown to the unit beside the leaf). */
export type AssessorSourceType = 'MANUAL' | 'INSPECTION' | 'REPORT' | 'INITIATIVE';

export interface AssessorReference {
  documentNumber?: string | null;
  documentDate?: string | null;
  issuer?: string | null;
  title?: string | null;
}

/**
 * One record the assessor entered on a leaf marked "entered by the assessor" (issue 10 §2): a
 * quantity (violations, items, or points in hundredths for MANUAL leaves) with its reference and
 * source. The leaf's score entry is the aggregate of its records, scored by the leaf's rule.
 */
@Entity('assessor_entry')
@Index('ix_assessor_entry_sheet', ['sheetId', 'criterionId'])
@Index('ix_assessor_entry_source', ['sourceType', 'sourceId'])
export class AssessorEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'sheet_id', type: 'varchar', length: 36 }) sheetId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ name: 'criterion_id', type: 'varchar', length: 36 }) criterionId: string;
  @Column({ type: 'int' }) quantity: number;
  @Column({ name: 'source_type', type: 'varchar', length: 16 }) sourceType: AssessorSourceType;
  @Column({ name: 'source_id', type: 'varchar', length: 36, nullable: true }) sourceId: string | null;
  @Column({ name: 'source_label', type: 'varchar', length: 500 }) sourceLabel: string;
  @Column({ type: 'text', nullable: true, transformer: nullableJsonColumn }) reference: AssessorReference | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'entered_by', type: 'varchar', length: 120 }) enteredBy: string;
  @Column({ name: 'entered_at', type: 'datetime' }) enteredAt: Date;
}
