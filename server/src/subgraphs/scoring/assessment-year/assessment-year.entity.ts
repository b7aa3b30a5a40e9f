import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
registerEnumType(YearStatus, { name: 'YearStatus', description: 'Trạng thái kỳ đánh giá.' });

/** Kỳ đánh giá: one province's PAR index for one year. */
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
  @Field() @Column({ type: 'varchar', length: 255 }) name: string;
  @Field(() => GovernmentModel) @Column({ type: 'varchar', length: 16 }) model: GovernmentModel;
  @Field(() => YearStatus) @Column({ type: 'varchar', length: 20 }) status: YearStatus;
  @CreateDateColumn({ name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at' }) updatedAt: Date;
}
