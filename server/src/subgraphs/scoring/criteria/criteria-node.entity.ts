import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SCORING_METHODS } from '../../../domain/scoring/scoring-methods';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { nullableJsonColumn } from '../audit/json-column';

export enum CriteriaSection {
  SCORED = 'SCORED',
  SURVEY = 'SURVEY',
  BONUS = 'BONUS',
  PENALTY = 'PENALTY',
}
registerEnumType(CriteriaSection, {
  name: 'CriteriaSection',
  description: 'Part of a criteria set a node belongs to.',
  valuesConfig: {
    SCORED: { description: 'Phần chấm điểm (tự đánh giá và thẩm định).' },
    SURVEY: { description: 'Phần điều tra xã hội học (điểm nhập từ kết quả khảo sát).' },
    BONUS: { description: 'Điểm thưởng (giới hạn bởi mức trần của kỳ).' },
    PENALTY: { description: 'Điểm trừ (giới hạn bởi mức trần của kỳ).' },
  },
});

/** Mirrors domain SCORING_METHODS (checked at load below) so GraphQL and the rules never drift. */
export enum ScoringMethod {
  YES_NO = 'YES_NO',
  COUNT = 'COUNT',
  RATIO_TIERS = 'RATIO_TIERS',
  PROPORTIONAL = 'PROPORTIONAL',
  LEVELS = 'LEVELS',
  DEDUCTION = 'DEDUCTION',
  MANUAL = 'MANUAL',
  SURVEY = 'SURVEY',
}
registerEnumType(ScoringMethod, {
  name: 'ScoringMethod',
  description: 'How a leaf turns the declared value into points (parameters in `params`, see docs/criteria-template.md).',
  valuesConfig: {
    YES_NO: { description: 'Có → đủ điểm, không → 0.' },
    COUNT: { description: 'Số lượng × điểm mỗi mục, tối đa bằng điểm tối đa. params: {"pointsPerItem": hundredths}' },
    RATIO_TIERS: { description: 'Tỷ lệ % theo các mức. params: {"tiers": [{"fromPercent","toPercent","sharePercent"|"points"}]}' },
    PROPORTIONAL: { description: 'Tỷ lệ % × điểm tối đa.' },
    LEVELS: { description: 'Mức định tính. params: {"levels": [{"key","labelVi","sharePercent"}]}' },
    DEDUCTION: { description: 'Trừ điểm mỗi vi phạm, thấp nhất 0. params: {"pointsPerViolation": hundredths}' },
    MANUAL: { description: 'Chấm trực tiếp 0..tối đa theo bước (mặc định 0,25). params: {"step"?: hundredths}' },
    SURVEY: { description: 'Từ kết quả điều tra xã hội học. params: {"basis": "PERCENT"|"POINTS"}' },
  },
});
for (const method of SCORING_METHODS) {
  if (!(method in ScoringMethod)) throw new Error(`ScoringMethod enum lacks domain method ${method}`);
}

/**
 * One node of a criteria set (bộ chỉ số), stored flat with parentId; the tree and its
 * validation come from domain/scoring/criteria-tree.
 */
@ObjectType('CriteriaNode', { description: 'Lĩnh vực / tiêu chí / tiêu chí thành phần của bộ chỉ số.' })
@Entity('criteria_node')
@Index('uq_criteria_node_group_code', ['groupId', 'code'], { unique: true })
@Index('ix_criteria_node_year', ['yearId'])
export class CriteriaNodeEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID) @Column({ name: 'year_id', type: 'varchar', length: 36 }) yearId: string;
  @Field(() => ID, { description: 'The unit group whose set this node belongs to.' })
  @Column({ name: 'group_id', type: 'varchar', length: 36 })
  groupId: string;
  @Field(() => ID, { nullable: true, description: 'Parent node; null for an area (lĩnh vực) or a bonus/penalty block.' })
  @Index('ix_criteria_node_parent')
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;
  @Field({ description: 'Mã: "1", "1.2", "1.2.3".' }) @Column({ type: 'varchar', length: 32 }) code: string;
  @Field({ description: 'Nội dung tiêu chí.' }) @Column({ type: 'varchar', length: 1000 }) title: string;
  /** Điểm tối đa in hundredths; exposed as decimal points by a field resolver. */
  @Column({ name: 'max_points', type: 'decimal', precision: 6, scale: 2, transformer: hundredthsTransformer })
  maxPoints: number;
  @Field(() => CriteriaSection) @Column({ type: 'varchar', length: 16 }) section: CriteriaSection;
  @Field(() => Int, { description: 'Order among siblings.' }) @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  @Field(() => Int, { description: '1 = area (lĩnh vực), 2 = criterion, 3 = sub-criterion, …' }) @Column({ type: 'int' }) depth: number;
  @Field(() => ScoringMethod, { nullable: true, description: 'Scoring method (leaves only).' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  method: ScoringMethod | null;
  /** Method parameters as JSON (see domain scoring-methods); exposed as a JSON string by a field resolver. */
  @Column({ type: 'text', nullable: true, transformer: nullableJsonColumn })
  params: unknown;
  @Field(() => String, { nullable: true, description: 'Hướng dẫn tài liệu kiểm chứng.' })
  @Column({ name: 'evidence_guidance', type: 'text', nullable: true })
  evidenceGuidance: string | null;
  @Field(() => String, { nullable: true, description: 'Hướng dẫn chấm điểm.' })
  @Column({ name: 'scoring_guidance', type: 'text', nullable: true })
  scoringGuidance: string | null;
  @Field({ description: 'Đơn vị được chọn "không áp dụng" cho tiêu chí này.' })
  @Column({ name: 'allow_not_applicable', type: 'boolean', default: false })
  allowNotApplicable: boolean;
  /** Computed when a whole set is read (not stored): Σ children's maximum, null on a leaf. */
  childrenTotal?: number | null;
  @Field({
    description:
      'Do cơ quan đánh giá nhập (điểm trừ do chậm báo cáo, vi phạm qua kiểm tra; điểm thưởng sáng kiến): the unit sees it read-only.',
  })
  @Column({ name: 'entered_by_assessor', type: 'boolean', default: false })
  enteredByAssessor: boolean;
  @Field(() => String, { nullable: true, description: 'Vì sao tiêu chí do cơ quan đánh giá nhập (hiện cho đơn vị).' })
  @Column({ name: 'assessor_entry_reason', type: 'text', nullable: true })
  assessorEntryReason: string | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
