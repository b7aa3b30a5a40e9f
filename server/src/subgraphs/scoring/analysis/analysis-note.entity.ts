import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The province's cause and proposed solution for one criterion (or area) of one group in one
 * year — the "phân tích nguyên nhân, đề ra giải pháp" of the directives, printed in the annual
 * report. Keyed by the criterion's code: notes outlive a criteria set's node ids. Every change is
 * in the audit trail (entity type ANALYSIS).
 */
@Entity('analysis_note')
@Index('uq_analysis_note_year_group_code', ['yearId', 'groupId', 'code'], { unique: true })
export class AnalysisNoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Column({ name: 'group_id', type: 'varchar', length: 36 }) groupId: string;
  @Column({ name: 'criterion_code', type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'text' }) cause: string;
  @Column({ type: 'text' }) solution: string;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
