import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { jsonColumn } from '../audit/json-column';

export enum AssessorRule {
  PROVINCE = 'PROVINCE',
  PARENT_DISTRICT = 'PARENT_DISTRICT',
}
registerEnumType(AssessorRule, {
  name: 'AssessorRule',
  description: 'Who assesses the units of a group.',
  valuesConfig: {
    PROVINCE: { description: 'UBND tỉnh đánh giá (sở, ngành; huyện; xã ở mô hình hai cấp).' },
    PARENT_DISTRICT: { description: 'UBND cấp huyện đánh giá các xã của mình (mô hình ba cấp).' },
  },
});

/**
 * Khối: a ranking block of one year with its assessor rule and criteria set. Membership is data
 * (unit kinds + Vietnamese subtypes) so a province can, e.g., rank phường apart from xã.
 */
@ObjectType('UnitGroup', { description: 'Khối đơn vị được đánh giá trong một kỳ (ví dụ "Khối sở, ban, ngành").' })
@Entity('unit_group')
@Index('uq_unit_group_year_code', ['yearId', 'code'], { unique: true })
export class UnitGroupEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field({ description: 'Stable code within the year: DEPARTMENTS, DISTRICTS, WARDS, COMMUNES, …' })
  @Column({ type: 'varchar', length: 32 })
  code: string;
  @Field({ description: 'Tên khối, ví dụ "Khối sở, ban, ngành".' }) @Column({ type: 'varchar', length: 255 }) name: string;
  @Field(() => AssessorRule) @Column({ name: 'assessor_rule', type: 'varchar', length: 16 }) assessorRule: AssessorRule;
  /** Maximum of the scored + survey parts (hundredths; usually 10 000 = 100 points). Exposed as points by a field resolver. */
  @Column({ name: 'criteria_total', type: 'decimal', precision: 6, scale: 2, transformer: hundredthsTransformer })
  criteriaTotal: number;
  @Field(() => Int) @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @Field(() => [OrgUnitKind], { description: 'Unit kinds this group takes.' })
  @Column({ name: 'member_kinds', type: 'text', nullable: true, transformer: jsonColumn<OrgUnitKind[]>(() => []) })
  memberKinds: OrgUnitKind[];
  @Field(() => [String], { description: 'Vietnamese subtypes it takes (e.g. ["phường"]); empty = every subtype of those kinds.' })
  @Column({ name: 'member_subtypes', type: 'text', nullable: true, transformer: jsonColumn<string[]>(() => []) })
  memberSubtypes: string[];
  /**
   * The criteria set is locked once the year leaves PLANNING; an audited reopen sets this until
   * the administrator locks it again.
   */
  @Field({ description: 'True while the criteria set was explicitly reopened for edits after the year opened.' })
  @Column({ name: 'criteria_reopened', type: 'boolean', default: false })
  criteriaReopened: boolean;
  /**
   * Setting of the group's criteria set (issue 11 §4, domain default-zero): a bonus or penalty
   * leaf the unit leaves empty counts as 0 points, filled, instead of blocking the submission.
   */
  @Field({
    description:
      'Tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai: such leaves left empty count as filled at 0 (submission, progress); assessor-entered leaves excepted.',
  })
  @Column({ name: 'bonus_penalty_default_zero', type: 'boolean', default: false })
  bonusPenaltyDefaultZero: boolean;
  /**
   * Grows with every transaction that changes a stored result (or rank) of the group: cached
   * rankings are keyed by it, so a read after a change never serves the old table.
   */
  @Column({ name: 'results_version', type: 'int', default: 0 })
  resultsVersion: number;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
