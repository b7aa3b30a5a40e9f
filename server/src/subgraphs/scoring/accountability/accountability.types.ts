import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import { ClassificationInfo, HeadRatingInfo } from '../results/results.types';

/*
 * Read models of the accountability cycle (issue 10), built in full by the services
 * (simpleResolvers, as the results types).
 */

export enum HeadRoleKind {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
}
registerEnumType(HeadRoleKind, {
  name: 'HeadRole',
  description: 'Người đứng đầu, hoặc cấp phó được giao phụ trách CCHC.',
  valuesConfig: {
    HEAD: { description: 'Người đứng đầu (giám đốc sở, chủ tịch UBND)' },
    DEPUTY: { description: 'Cấp phó được giao phụ trách công tác CCHC' },
  },
});

export enum AttestationPurposeKind {
  SUBMIT = 'SUBMIT',
  EXPLANATION = 'EXPLANATION',
}
registerEnumType(AttestationPurposeKind, {
  name: 'AttestationPurpose',
  description: 'What the head attests: the self-assessment before submission, or the explanation before it is sent.',
});

export enum AttestationStatusKind {
  NONE = 'NONE',
  REQUESTED = 'REQUESTED',
  VALID = 'VALID',
  STALE = 'STALE',
  RECORDED = 'RECORDED',
}
registerEnumType(AttestationStatusKind, {
  name: 'AttestationStatus',
  description: 'The attestation against the sheet’s current version.',
  valuesConfig: {
    NONE: { description: 'Chưa có xác nhận' },
    REQUESTED: { description: 'Đã đề nghị người đứng đầu xác nhận' },
    VALID: { description: 'Người đứng đầu đã xác nhận phiên bản hiện tại' },
    STALE: { description: 'Phiếu đã thay đổi sau khi xác nhận: cần xác nhận lại' },
    RECORDED: { description: 'Đã xác nhận và đã gửi (phiếu đã qua bước này)' },
  },
});

@ObjectType('HeadTerm', { simpleResolvers: true, description: 'Một nhiệm kỳ của người đứng đầu hoặc cấp phó phụ trách CCHC trong năm.' })
export class HeadTermView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field(() => HeadRoleKind) role: HeadRoleKind;
  @Field({ description: 'Họ và tên.' }) fullName: string;
  @Field({ description: 'Chức vụ.' }) title: string;
  @Field(() => DateScalar, { description: 'Từ ngày.' }) fromDate: string;
  @Field(() => DateScalar, { nullable: true, description: 'Đến ngày (trống: đến nay).' }) toDate: string | null;
  @Field() updatedBy: string;
  @Field(() => Date) updatedAt: Date;
}

@InputType({ description: 'Thêm hoặc sửa một nhiệm kỳ người đứng đầu / cấp phó phụ trách.' })
export class HeadTermInput {
  @Field(() => ID, { nullable: true, description: 'Trống: thêm mới.' }) id?: string | null;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field(() => HeadRoleKind) role: HeadRoleKind;
  @Field() fullName: string;
  @Field() title: string;
  @Field(() => DateScalar) fromDate: string;
  @Field(() => DateScalar, { nullable: true }) toDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do thay đổi (ghi vào nhật ký).' }) reason?: string | null;
}

@ObjectType('UnitHeads', { simpleResolvers: true, description: 'Người đứng đầu và cấp phó phụ trách CCHC của một đơn vị trong năm.' })
export class UnitHeadsView {
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => [HeadTermView], { description: 'Mọi nhiệm kỳ, người đứng đầu trước, theo ngày bắt đầu.' }) terms: HeadTermView[];
  @Field(() => HeadTermView, { nullable: true, description: 'Người đứng đầu chịu trách nhiệm về kết quả năm (đương nhiệm cuối năm).' })
  head: HeadTermView | null;
  @Field(() => HeadTermView, { nullable: true, description: 'Cấp phó phụ trách CCHC đương nhiệm cuối năm.' })
  deputy: HeadTermView | null;
  @Field({ description: 'Người dùng hiện tại được cập nhật (cơ quan đánh giá của đơn vị).' }) canManage: boolean;
}

@ObjectType('HeadsListRow', { simpleResolvers: true, description: 'Một đơn vị trong danh sách căn cứ đánh giá, xếp loại người đứng đầu.' })
export class HeadsListRow {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitCode: string;
  @Field(() => HeadTermView, { nullable: true }) head: HeadTermView | null;
  @Field(() => [HeadTermView], { description: 'Người đứng đầu khác trong năm (thay đổi giữa năm).' }) otherHeads: HeadTermView[];
  @Field(() => HeadTermView, { nullable: true }) deputy: HeadTermView | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số CCHC (%), khi quy định hiển thị của năm cho phép.' }) index: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => HeadRatingInfo, {
    nullable: true,
    description: 'Mức xếp loại người đứng đầu tương ứng (căn cứ, không phải kết quả xếp loại).',
  })
  headRating: HeadRatingInfo | null;
  @Field({ description: 'Tạm tính (kỳ chưa công bố hoặc chưa thẩm định xong).' }) provisional: boolean;
  @Field(() => Int, { description: 'Số nội dung khắc phục quá hạn của đơn vị (năm này và các năm trước), tính đến hôm nay.' })
  overdueRemediation: number;
}

@ObjectType('HeadsList', {
  simpleResolvers: true,
  description: 'Căn cứ đánh giá, xếp loại người đứng đầu theo kết quả Chỉ số CCHC của một khối (không phải kết quả xếp loại).',
})
export class HeadsList {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field({ description: '"Căn cứ đánh giá, xếp loại người đứng đầu" — what the list is, printed on the page and the export.' })
  label: string;
  @Field() provisional: boolean;
  @Field(() => [HeadsListRow]) rows: HeadsListRow[];
}

@ObjectType('SheetAttestation', { simpleResolvers: true, description: 'Xác nhận của người đứng đầu đối với phiếu.' })
export class SheetAttestationView {
  @Field(() => AttestationPurposeKind) purpose: AttestationPurposeKind;
  @Field(() => AttestationStatusKind) status: AttestationStatusKind;
  @Field(() => Int, { nullable: true, description: 'Phiên bản phiếu đã được xác nhận.' }) sheetVersion: number | null;
  @Field(() => String, { nullable: true }) attestedByName: string | null;
  @Field(() => Date, { nullable: true }) attestedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Người đứng đầu theo hồ sơ tại ngày xác nhận (họ tên – chức vụ).' })
  headName: string | null;
  @Field(() => String, { nullable: true, description: 'Nội dung xác nhận.' }) statement: string | null;
  @Field(() => String, { nullable: true }) requestedByName: string | null;
  @Field(() => Date, { nullable: true }) requestedAt: Date | null;
}
