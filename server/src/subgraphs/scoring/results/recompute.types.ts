import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RecomputePhase } from './year-recompute';

export enum RecomputePhaseKind {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RecomputePhaseKind, {
  name: 'RecomputePhase',
  description: 'Tiến trình tính lại kết quả.',
  valuesConfig: {
    RUNNING: { description: 'Đang tính lại' },
    DONE: { description: 'Đã xong' },
    FAILED: { description: 'Không thành công (không có thay đổi nào được lưu)' },
  },
});

@ObjectType('ResultChange', {
  simpleResolvers: true,
  description: 'Một đơn vị có chỉ số, xếp loại, xếp loại người đứng đầu hoặc thứ hạng thay đổi khi tính lại.',
})
export class RecomputeChangeView {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => Float, { nullable: true, description: 'Chỉ số (%) trước khi tính lại.' }) indexBefore: number | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số (%) sau khi tính lại.' }) indexAfter: number | null;
  @Field(() => String, { nullable: true, description: 'Mã xếp loại trước.' }) classificationBefore: string | null;
  @Field(() => String, { nullable: true, description: 'Mã xếp loại sau.' }) classificationAfter: string | null;
  @Field(() => String, { nullable: true, description: 'Tên xếp loại trước (theo các mức hiện hành của kỳ).' })
  classificationBeforeLabel: string | null;
  @Field(() => String, { nullable: true, description: 'Tên xếp loại sau.' }) classificationAfterLabel: string | null;
  @Field(() => String, { nullable: true, description: 'Mã xếp loại người đứng đầu trước.' }) headRatingBefore: string | null;
  @Field(() => String, { nullable: true, description: 'Mã xếp loại người đứng đầu sau.' }) headRatingAfter: string | null;
  @Field(() => String, { nullable: true, description: 'Xếp loại người đứng đầu trước (tên theo ánh xạ hiện hành của kỳ).' })
  headRatingBeforeLabel: string | null;
  @Field(() => String, { nullable: true, description: 'Xếp loại người đứng đầu sau.' }) headRatingAfterLabel: string | null;
  @Field(() => Int, { nullable: true, description: 'Thứ hạng trong khối trước.' }) rankBefore: number | null;
  @Field(() => Int, { nullable: true, description: 'Thứ hạng trong khối sau.' }) rankAfter: number | null;
}

@ObjectType('YearRecompute', {
  simpleResolvers: true,
  description: 'Lần tính lại kết quả của một kỳ: tiến trình khi đang chạy, báo cáo thay đổi khi xong.',
})
export class YearRecomputeView {
  @Field(() => ID) yearId: string;
  @Field({ description: 'Chỉ xem trước: không lưu gì.' }) dryRun: boolean;
  @Field(() => RecomputePhaseKind) phase: RecomputePhase;
  @Field(() => Int, { description: 'Số phiếu đã tính.' }) done: number;
  @Field(() => Int, { description: 'Tổng số phiếu của kỳ.' }) total: number;
  @Field(() => Date) startedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Lý do khi không thành công.' }) error: string | null;
  @Field(() => Int, { description: 'Số phiếu được tính lại.' }) sheets: number;
  @Field(() => Int, { description: 'Số kết quả được ghi (số liệu hoặc thứ hạng thay đổi).' }) written: number;
  @Field(() => Int, { description: 'Số ô điểm tự chấm/điều tra được tính lại theo quy tắc hiện hành.' }) entriesRescored: number;
  @Field(() => Int, { description: 'Số ô điểm thẩm định được đánh dấu cần rà soát lại.' }) entriesFlagged: number;
  @Field(() => [RecomputeChangeView], { description: 'Các đơn vị có chỉ số, xếp loại hoặc thứ hạng thay đổi.' })
  changes: RecomputeChangeView[];
}
