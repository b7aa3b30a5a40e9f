import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from './assessment-year.entity';

@ObjectType('ClassificationBand', { description: 'Mức xếp loại (ví dụ Xuất sắc ≥ 90).' })
export class ClassificationBandType {
  @Field({ description: 'Stable code, e.g. EXCELLENT, GOOD, FAIR, AVERAGE, WEAK.' }) code: string;
  @Field({ description: 'Tên tiếng Việt, ví dụ "Xuất sắc".' }) labelVi: string;
  @Field() labelEn: string;
  @Field(() => Float, { description: 'Lowest index (percent, inclusive) of the band, e.g. 90.' }) minIndex: number;
  @Field({ description: 'Display colour #RRGGBB.' }) color: string;
}

@InputType('ClassificationBandInput', { description: 'One band; list bands best first, the last starting at 0.' })
export class ClassificationBandInput {
  @Field() code: string;
  @Field() labelVi: string;
  @Field() labelEn: string;
  @Field(() => Float, { description: 'Lowest index (percent, at most 2 decimals, inclusive).' }) minIndex: number;
  @Field() color: string;
}

@ObjectType('HeadRatingRule', { description: 'Mức xếp loại người đứng đầu tương ứng với một mức xếp loại.' })
export class HeadRatingRuleType {
  @Field({ description: 'Classification band code.' }) bandCode: string;
  @Field({ description: 'Rating code, e.g. EXCELLENT_COMPLETION.' }) code: string;
  @Field({ description: 'Ví dụ "Hoàn thành xuất sắc nhiệm vụ".' }) labelVi: string;
  @Field() labelEn: string;
}

@InputType('HeadRatingRuleInput')
export class HeadRatingRuleInput {
  @Field() bandCode: string;
  @Field() code: string;
  @Field() labelVi: string;
  @Field() labelEn: string;
}

@InputType('CreateAssessmentYearInput')
export class CreateAssessmentYearInput {
  @Field(() => ID, { description: 'The province (OrgUnit id).' }) provinceId: string;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field(() => GovernmentModel) model: GovernmentModel;
  @Field(() => ID, {
    nullable: true,
    description:
      "Copy this year's whole configuration (groups, criteria sets, bands, head ratings, caps, deadlines shifted by the year difference).",
  })
  copyFromYearId?: string | null;
}

@InputType('UpdateAssessmentYearInput', { description: 'Only the fields given change; null clears a deadline or cap.' })
export class UpdateAssessmentYearInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => GovernmentModel, { nullable: true, description: 'Only while PLANNING; clears a roster built for the other model.' })
  model?: GovernmentModel;
  @Field(() => DateScalar, { nullable: true }) selfAssessmentDeadline?: string | null;
  @Field(() => DateScalar, { nullable: true }) explanationDeadline?: string | null;
  @Field(() => DateScalar, { nullable: true }) appraisalDeadline?: string | null;
  @Field(() => DateScalar, { nullable: true }) publicationDeadline?: string | null;
  @Field(() => [ClassificationBandInput], { nullable: true, description: 'Replaces all bands (validated).' })
  classificationBands?: ClassificationBandInput[];
  @Field(() => [HeadRatingRuleInput], { nullable: true, description: 'Replaces the whole mapping; every band needs a rating.' })
  headRatings?: HeadRatingRuleInput[];
  @Field(() => Float, { nullable: true, description: 'Cap on bonus points (null: no cap).' }) bonusCap?: number | null;
  @Field(() => Float, { nullable: true, description: 'Cap on penalty points (null: no cap).' }) penaltyCap?: number | null;
}

@ObjectType('YearTransitionOption', { description: 'A status the year could move to next, and whether the current user may do it now.' })
export class YearTransitionOption {
  @Field(() => YearStatus) to: YearStatus;
  @Field() allowed: boolean;
  @Field({ description: 'True for a backward move, which needs a reason.' }) requiresReason: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is refused (in the caller’s language).' }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'Refusal code: FORBIDDEN, CONFLICT or BAD_USER_INPUT.' }) code: string | null;
  @Field(() => [String], { description: 'Non-blocking warnings (e.g. units that have not submitted).' }) warnings: string[];
}

@ObjectType('YearTransitionResult', { description: 'The year after a status change, with the warnings the change raised.' })
export class YearTransitionResult {
  @Field(() => AssessmentYearEntity) year: AssessmentYearEntity;
  @Field(() => YearStatus) from: YearStatus;
  @Field(() => YearStatus) to: YearStatus;
  @Field(() => [String]) warnings: string[];
}
