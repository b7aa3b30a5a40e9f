import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';

@ObjectType('AssessorReference', { simpleResolvers: true, description: 'Căn cứ: văn bản kết luận, quyết định…' })
export class AssessorReferenceView {
  @Field(() => String, { nullable: true, description: 'Số ký hiệu.' }) documentNumber: string | null;
  @Field(() => DateScalar, { nullable: true }) documentDate: string | null;
  @Field(() => String, { nullable: true }) issuer: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
}

@InputType('AssessorReferenceInput', { description: 'Căn cứ ghi nhận: số ký hiệu hoặc tên văn bản là bắt buộc.' })
export class AssessorReferenceInput {
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) documentDate?: string | null;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
}

@ObjectType('AssessorRecord', {
  simpleResolvers: true,
  description: 'Một lần cơ quan đánh giá ghi nhận trên tiêu chí do mình nhập (thủ công, kết luận kiểm tra, báo cáo, sáng kiến).',
})
export class AssessorRecordView {
  @Field(() => ID) id: string;
  @Field(() => Float, { description: 'Số vi phạm / số lượng, hoặc số điểm với tiêu chí chấm thủ công.' }) quantity: number;
  @Field({ description: 'MANUAL, INSPECTION, REPORT or INITIATIVE.' }) sourceType: string;
  @Field(() => ID, { nullable: true, description: 'The inspection finding, report or initiative.' }) sourceId: string | null;
  @Field({ description: 'Nguồn, ví dụ "Kiểm tra CCHC — QĐ 12/QĐ-UBND: ...".' }) sourceLabel: string;
  @Field(() => AssessorReferenceView, { nullable: true }) reference: AssessorReferenceView | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() enteredBy: string;
  @Field(() => Date) enteredAt: Date;
}

@InputType('AssessorEntryInput', { description: 'Cơ quan đánh giá ghi nhận trên một tiêu chí do mình nhập, kèm căn cứ.' })
export class AssessorEntryInput {
  @Field(() => ID) sheetId: string;
  @Field(() => ID) criterionId: string;
  @Field(() => Float, { description: 'Số vi phạm / số lượng (số nguyên), hoặc số điểm (tiêu chí chấm thủ công).' }) quantity: number;
  @Field(() => AssessorReferenceInput) reference: AssessorReferenceInput;
  @Field(() => String, { nullable: true }) note?: string | null;
}
