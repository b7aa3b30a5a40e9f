import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ClassificationBand, HeadRatingMapping } from '../../../domain/scoring/ranking';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { DateScalar } from '../../../platform/graphql/scalars';
import { jsonColumn } from '../audit/json-column';

export enum GovernmentModel {
  TWO_LEVEL = 'TWO_LEVEL',
  THREE_LEVEL = 'THREE_LEVEL',
}
registerEnumType(GovernmentModel, {
  name: 'GovernmentModel',
  description: 'Hai cấp (tỉnh → xã, từ 1/7/2025) hoặc ba cấp (tỉnh → huyện → xã).',
});

export enum YearStatus {
  PLANNING = 'PLANNING',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  APPRAISAL = 'APPRAISAL',
  FINALIZED = 'FINALIZED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(YearStatus, {
  name: 'YearStatus',
  description: 'Trạng thái kỳ đánh giá.',
  valuesConfig: {
    PLANNING: { description: 'Chuẩn bị: cấu hình khối, bộ chỉ số, thời hạn' },
    SELF_ASSESSMENT: { description: 'Tự đánh giá: danh sách đơn vị đã chốt, bộ chỉ số đã khóa' },
    APPRAISAL: { description: 'Thẩm định' },
    FINALIZED: { description: 'Đã chốt kết quả' },
    PUBLISHED: { description: 'Đã công bố' },
  },
});

/** Kỳ đánh giá: one province's PAR index for one year, with its settings. */
@ObjectType('AssessmentYear', { description: 'Kỳ đánh giá Chỉ số CCHC của một tỉnh trong một năm.' })
@Entity('assessment_year')
@Index('uq_assessment_year_province_year', ['provinceUnitId', 'year'], { unique: true })
export class AssessmentYearEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field(() => ID, { description: 'The province (OrgUnit id) running this assessment.' })
  @Column({ name: 'province_unit_id', type: 'varchar', length: 36 })
  provinceUnitId: string;
  @Field(() => Int, { description: 'The year assessed (results are usually published the following spring).' })
  @Column({ type: 'int' })
  year: number;
  @Field({ description: 'Tên kỳ đánh giá, ví dụ "Chỉ số CCHC năm 2025".' }) @Column({ type: 'varchar', length: 255 }) name: string;
  @Field(() => GovernmentModel) @Column({ type: 'varchar', length: 16 }) model: GovernmentModel;
  @Field(() => YearStatus) @Column({ type: 'varchar', length: 20 }) status: YearStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Hạn tự đánh giá (inclusive, Vietnam time).' })
  @Column({ name: 'self_assessment_deadline', type: 'varchar', length: 10, nullable: true })
  selfAssessmentDeadline: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hạn giải trình.' })
  @Column({ name: 'explanation_deadline', type: 'varchar', length: 10, nullable: true })
  explanationDeadline: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hạn thẩm định.' })
  @Column({ name: 'appraisal_deadline', type: 'varchar', length: 10, nullable: true })
  appraisalDeadline: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hạn công bố kết quả.' })
  @Column({ name: 'publication_deadline', type: 'varchar', length: 10, nullable: true })
  publicationDeadline: string | null;

  /** Classification bands, best first (domain ClassificationBand: minIndex in hundredths of a percent). Exposed via a field resolver. */
  @Column({ name: 'classification_bands', type: 'text', nullable: true, transformer: jsonColumn<ClassificationBand[]>(() => []) })
  bands: ClassificationBand[];
  /** Band code → head rating (domain HeadRatingMapping). Exposed via a field resolver. */
  @Column({ name: 'head_ratings', type: 'text', nullable: true, transformer: jsonColumn<HeadRatingMapping>(() => ({})) })
  headRatings: HeadRatingMapping;
  /** Cap on bonus points (hundredths); null = only the leaves' maxima limit it. Exposed as points via a field resolver. */
  @Column({ name: 'bonus_cap', type: 'decimal', precision: 6, scale: 2, nullable: true, transformer: hundredthsTransformer })
  bonusCap: number | null;
  /** Cap on penalty points (hundredths); null = no cap beyond the leaves' maxima. */
  @Column({ name: 'penalty_cap', type: 'decimal', precision: 6, scale: 2, nullable: true, transformer: hundredthsTransformer })
  penaltyCap: number | null;

  @Field(() => ID, { nullable: true, description: 'The year whose configuration this one was copied from.' })
  @Column({ name: 'copied_from_year_id', type: 'varchar', length: 36, nullable: true })
  copiedFromYearId: string | null;
  @Field(() => Date, { nullable: true, description: 'When the roster was frozen (the year opened self-assessment).' })
  @Column({ name: 'roster_frozen_at', type: 'datetime', nullable: true })
  rosterFrozenAt: Date | null;
  /**
   * Bumped by every transaction that takes the year for update (getYearForUpdate, lock-order level 1 X):
   * a sheet action planned from an older value plans again (its rules or the year's state moved). Not exposed.
   */
  @Column({ name: 'state_version', type: 'int', default: 0 })
  stateVersion: number;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
