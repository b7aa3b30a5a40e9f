import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { jsonColumn } from '../audit/json-column';

/**
 * Limits an appraiser of an assessor unit to some units and some areas in one year. Without an
 * assignment an appraiser acts on every unit his assessor unit assesses (domain delegation.scopeOf).
 */
@ObjectType('AppraiserAssignment', { description: 'Phân công thành viên tổ thẩm định: đơn vị và lĩnh vực được thẩm định.' })
@Entity('appraiser_assignment')
@Index('uq_appraiser_assignment_year_user', ['yearId', 'userId'], { unique: true })
export class AppraiserAssignmentEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => ID, { description: 'The appraiser (User id).' }) @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId: string;
  @Field(() => ID, { description: 'The assessor unit the appraiser works for.' })
  @Column({ name: 'assessor_unit_id', type: 'varchar', length: 36 })
  assessorUnitId: string;
  @Field(() => [ID], { description: 'Units he may appraise; empty = every unit of the assessor unit.' })
  @Column({ name: 'unit_ids', type: 'text', nullable: true, transformer: jsonColumn<string[]>(() => []) })
  unitIds: string[];
  @Field(() => [String], { description: 'Criteria codes (areas, e.g. "1", "3.2") he may appraise; empty = all.' })
  @Column({ name: 'area_codes', type: 'text', nullable: true, transformer: jsonColumn<string[]>(() => []) })
  areaCodes: string[];
  @Field(() => Date) @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
