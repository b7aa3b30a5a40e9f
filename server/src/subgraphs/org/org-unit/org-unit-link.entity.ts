import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type OrgUnitLinkKindValue = 'MERGE' | 'SPLIT' | 'REORGANIZATION';

/** "predecessor became (part of) successor": the edges that let history follow merges and splits. */
@Entity('org_unit_link')
@Index('uq_org_unit_link_pair', ['predecessorId', 'successorId'], { unique: true })
export class OrgUnitLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index('ix_org_unit_link_predecessor')
  @Column({ name: 'predecessor_id', type: 'varchar', length: 36 })
  predecessorId: string;
  @Index('ix_org_unit_link_successor')
  @Column({ name: 'successor_id', type: 'varchar', length: 36 })
  successorId: string;
  @Column({ type: 'varchar', length: 16 }) kind: OrgUnitLinkKindValue;
  /** Only part of the predecessor went into the successor ("một phần"). */
  @Column({ type: 'boolean', default: false }) partial: boolean;
  @Column({ name: 'effective_date', type: 'varchar', length: 10, nullable: true }) effectiveDate: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
}
