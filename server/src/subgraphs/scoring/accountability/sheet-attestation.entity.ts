import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttestationPurpose } from '../../../domain/accountability';

/**
 * The head's attestation of a sheet, one row per sheet and purpose (submission, explanation):
 * an officer's request creates it, the head's attestation fills it with the version attested,
 * a later request after a change starts it over. Its history is in the audit trail.
 */
@Entity('sheet_attestation')
@Index('uq_sheet_attestation_sheet_purpose', ['sheetId', 'purpose'], { unique: true })
export class SheetAttestationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'sheet_id', type: 'varchar', length: 36 }) sheetId: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 16 }) purpose: AttestationPurpose;
  @Column({ name: 'requested_by_name', type: 'varchar', length: 120, nullable: true }) requestedByName: string | null;
  @Column({ name: 'requested_at', type: 'datetime', nullable: true }) requestedAt: Date | null;
  @Column({ name: 'sheet_version', type: 'int', nullable: true }) sheetVersion: number | null;
  @Column({ name: 'attested_by', type: 'varchar', length: 36, nullable: true }) attestedBy: string | null;
  @Column({ name: 'attested_by_name', type: 'varchar', length: 120, nullable: true }) attestedByName: string | null;
  @Column({ name: 'attested_at', type: 'datetime', nullable: true }) attestedAt: Date | null;
  /** The head on record (head term) on the day of the attestation, as printed on the sheet. */
  @Column({ name: 'head_name', type: 'varchar', length: 255, nullable: true }) headName: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) statement: string | null;
}
