import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SheetState } from '../../../domain/scoring';

/**
 * Phiếu tự đánh giá và thẩm định: one per roster unit and year. Unit, group and assessor are
 * copied from the frozen roster so scope filters are one indexed WHERE. `version` grows with
 * every write: clients send the version they read and a stale one gets CONFLICT.
 * FINALIZED and PUBLISHED are not stored: they follow the year (domain sheetStateForYear).
 */
@ObjectType('ScoreSheet', { description: 'Phiếu tự đánh giá và thẩm định của một đơn vị trong một kỳ.' })
@Entity('score_sheet')
@Index('uq_score_sheet_year_unit', ['yearId', 'unitId'], { unique: true })
@Index('ix_score_sheet_year_group', ['yearId', 'groupId'])
@Index('ix_score_sheet_year_assessor', ['yearId', 'assessorUnitId'])
export class ScoreSheetEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => ID, { description: 'The assessed OrgUnit.' }) @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ name: 'roster_entry_id', type: 'varchar', length: 36 }) rosterEntryId: string;
  @Field(() => ID) @Column({ name: 'group_id', type: 'varchar', length: 36 }) groupId: string;
  @Field(() => ID, { description: 'The unit that appraises this sheet.' })
  @Column({ name: 'assessor_unit_id', type: 'varchar', length: 36 })
  assessorUnitId: string;
  /** The commune's district in a three-level year (it sees its communes' sheets). */
  @Column({ name: 'district_unit_id', type: 'varchar', length: 36, nullable: true }) districtUnitId: string | null;
  @Field({ description: 'Tên đơn vị (theo danh sách đã chốt của kỳ).' })
  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName: string;
  @Column({ type: 'varchar', length: 24 }) status: Exclude<SheetState, 'FINALIZED' | 'PUBLISHED'>;
  @Field(() => Int, { description: 'Send it back with every change: a stale version gets CONFLICT.' })
  @Column({ type: 'int', default: 1 })
  version: number;
  @Field(() => Date, { nullable: true }) @Column({ name: 'submitted_at', type: 'datetime', nullable: true }) submittedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'User who submitted.' })
  @Column({ name: 'submitted_by', type: 'varchar', length: 36, nullable: true })
  submittedBy: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'approved_at', type: 'datetime', nullable: true }) approvedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'Assessor chair who approved.' })
  @Column({ name: 'approved_by', type: 'varchar', length: 36, nullable: true })
  approvedBy: string | null;
  /** When the unit lost the right to edit (submission); cleared by withdraw or an admin reopen. */
  @Field(() => Date, { nullable: true, description: 'When the unit’s self-assessment was locked (submission).' })
  @Column({ name: 'locked_at', type: 'datetime', nullable: true })
  lockedAt: Date | null;
  @Column({ name: 'locked_by', type: 'varchar', length: 36, nullable: true }) lockedBy: string | null;
  /** True once an explanation round happened: round-2 appraisal points become possible. */
  @Column({ name: 'explanation_round', type: 'boolean', default: false }) explanationRound: boolean;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
