import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import { EvidenceReference, EvidenceInput } from '../score-sheet/score-sheet.types';

/*
 * Inspections and remediation items (issue 10 §3–4). Read models built in full by the services
 * (simpleResolvers). Internal records: readable by signed-in users within the delegation rules,
 * never by external apps (requireUser refuses API keys) nor anonymously.
 */

export enum InspectionKindEnum {
  CCHC = 'CCHC',
  CONG_VU = 'CONG_VU',
}
registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind',
  description: 'Loại kiểm tra.',
  valuesConfig: { CCHC: { description: 'Kiểm tra cải cách hành chính' }, CONG_VU: { description: 'Kiểm tra công vụ' } },
});

export enum RemediationStatusEnum {
  OPEN = 'OPEN',
  REPORTED = 'REPORTED',
  RETURNED = 'RETURNED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RemediationStatusEnum, {
  name: 'RemediationStatus',
  description: 'Tình trạng nội dung khắc phục.',
  valuesConfig: {
    OPEN: { description: 'Đang khắc phục' },
    REPORTED: { description: 'Đơn vị đã báo cáo, chờ cơ quan đánh giá chấp nhận' },
    RETURNED: { description: 'Cơ quan đánh giá trả lại, đơn vị cần báo cáo lại' },
    CLOSED: { description: 'Đã hoàn thành (được chấp nhận)' },
    CANCELLED: { description: 'Đã hủy (kết luận nguồn bị xóa hoặc rút lại)' },
  },
});

export enum RemediationActionEnum {
  REPORT = 'REPORT',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
  CANCEL = 'CANCEL',
}
registerEnumType(RemediationActionEnum, { name: 'RemediationAction', description: 'Thao tác trên nội dung khắc phục.' });

export enum RemediationSourceEnum {
  APPRAISAL = 'APPRAISAL',
  INSPECTION = 'INSPECTION',
  MANUAL = 'MANUAL',
}
registerEnumType(RemediationSourceEnum, {
  name: 'RemediationSource',
  description: 'Nguồn phát sinh nội dung khắc phục.',
  valuesConfig: {
    APPRAISAL: { description: 'Tiêu chí bị trừ điểm khi thẩm định' },
    INSPECTION: { description: 'Kết luận kiểm tra' },
    MANUAL: { description: 'Cơ quan đánh giá giao trực tiếp' },
  },
});

@ObjectType('InspectionFinding', { simpleResolvers: true, description: 'Một nội dung kết luận của đoàn kiểm tra.' })
export class InspectionFindingView {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() text: string;
  @Field(() => ID, { nullable: true, description: 'Tiêu chí bị trừ điểm (do cơ quan đánh giá nhập).' }) criterionId: string | null;
  @Field(() => String, { nullable: true }) criterionCode: string | null;
  @Field(() => String, { nullable: true }) criterionTitle: string | null;
  @Field(() => Float, { nullable: true, description: 'Số vi phạm, hoặc số điểm với tiêu chí chấm thủ công.' }) quantity: number | null;
  @Field(() => ID, { nullable: true }) remediationId: string | null;
  @Field(() => RemediationStatusEnum, { nullable: true }) remediationStatus: RemediationStatusEnum | null;
  @Field(() => DateScalar, { nullable: true }) remediationDeadline: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Nội dung khắc phục quá hạn (giờ Việt Nam); trống khi không có.' })
  remediationOverdue: boolean | null;
}

@ObjectType('Inspection', { simpleResolvers: true, description: 'Một cuộc kiểm tra CCHC / công vụ đối với một đơn vị trong năm.' })
export class InspectionView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => InspectionKindEnum) kind: InspectionKindEnum;
  @Field(() => DateScalar) date: string;
  @Field({ description: 'Đoàn kiểm tra.' }) team: string;
  @Field({ description: 'Số quyết định kiểm tra / kết luận.' }) decisionNumber: string;
  @Field(() => String, { nullable: true }) conclusion: string | null;
  @Field(() => [InspectionFindingView]) findings: InspectionFindingView[];
  @Field(() => Float, { description: 'Tổng số vi phạm / điểm trừ ghi nhận từ cuộc kiểm tra.' }) penaltyCount: number;
  @Field({ description: 'Người dùng hiện tại được sửa (cơ quan đánh giá của đơn vị).' }) canManage: boolean;
  @Field({
    description:
      'Cuộc kiểm tra của một đơn vị tiền thân (trước sáp nhập), trên trang Kiểm tra của đơn vị hình thành sau sáp nhập (unitInspections); unitName là tên đơn vị tiền thân.',
  })
  viaPredecessor: boolean;
  @Field() updatedBy: string;
  @Field(() => Date) updatedAt: Date;
}

@InputType('InspectionFindingInput')
export class InspectionFindingInput {
  @Field(() => ID, { nullable: true, description: 'Trống: kết luận mới.' }) id?: string | null;
  @Field() text: string;
  @Field(() => ID, { nullable: true, description: 'Tiêu chí lá do cơ quan đánh giá nhập trên phiếu năm đó của đơn vị.' })
  criterionId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Số vi phạm (số nguyên), hoặc số điểm với tiêu chí chấm thủ công.' })
  quantity?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Thời hạn khắc phục (mặc định: 60 ngày sau ngày kiểm tra).' })
  deadline?: string | null;
}

@InputType('InspectionInput', { description: 'Ghi nhận hoặc sửa một cuộc kiểm tra và các kết luận.' })
export class InspectionInput {
  @Field(() => ID, { nullable: true, description: 'Trống: thêm mới.' }) id?: string | null;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field(() => InspectionKindEnum) kind: InspectionKindEnum;
  @Field(() => DateScalar) date: string;
  @Field() team: string;
  @Field() decisionNumber: string;
  @Field(() => String, { nullable: true }) conclusion?: string | null;
  @Field(() => [InspectionFindingInput]) findings: InspectionFindingInput[];
  @Field(() => String, { nullable: true, description: 'Lý do thay đổi (ghi vào nhật ký).' }) reason?: string | null;
}

@ObjectType('RemediationEvent', { simpleResolvers: true, description: 'Một bước xử lý nội dung khắc phục.' })
export class RemediationEventView {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field(() => RemediationStatusEnum, { nullable: true }) fromStatus: RemediationStatusEnum | null;
  @Field(() => RemediationStatusEnum) toStatus: RemediationStatusEnum;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Sửa nội dung (action UPDATE): nội dung trước khi sửa.' }) titleBefore: string | null;
  @Field(() => String, { nullable: true, description: 'Sửa nội dung (action UPDATE): nội dung sau khi sửa.' }) titleAfter: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Đổi thời hạn (action UPDATE): thời hạn cũ.' }) deadlineBefore: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Đổi thời hạn (action UPDATE): thời hạn mới.' }) deadlineAfter: string | null;
  @Field(() => [EvidenceReference]) evidence: EvidenceReference[];
  @Field() actorName: string;
  @Field(() => Date) at: Date;
}

@ObjectType('RemediationItem', { simpleResolvers: true, description: 'Nội dung khắc phục hạn chế của một đơn vị.' })
export class RemediationItemView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => RemediationSourceEnum) sourceType: RemediationSourceEnum;
  @Field(() => ID, { nullable: true }) sourceId: string | null;
  @Field(() => String, { nullable: true }) sourceLabel: string | null;
  @Field(() => ID, { nullable: true }) criterionId: string | null;
  @Field(() => String, { nullable: true, description: 'Mã tiêu chí (khớp với phiếu năm sau).' }) criterionCode: string | null;
  @Field() title: string;
  @Field(() => DateScalar, { description: 'Thời hạn (hết ngày, giờ Việt Nam).' }) deadline: string;
  @Field(() => Int, { description: 'Số ngày còn lại (0: hôm nay; âm: quá hạn).' }) daysLeft: number;
  @Field({ description: 'Quá hạn: chưa hoàn thành khi đã hết ngày hạn (giờ Việt Nam).' }) overdue: boolean;
  @Field(() => RemediationStatusEnum) status: RemediationStatusEnum;
  @Field(() => [RemediationActionEnum], { description: 'Thao tác người dùng hiện tại được thực hiện.' })
  availableActions: RemediationActionEnum[];
  @Field({
    description:
      'Người dùng hiện tại được sửa nội dung và thời hạn (updateRemediationItem): cơ quan đánh giá của đơn vị, khi nội dung chưa hoàn thành, chưa hủy.',
  })
  canEdit: boolean;
  @Field(() => [RemediationEventView], { description: 'Lịch sử: giao, báo cáo, chấp nhận, trả lại, sửa nội dung/thời hạn (UPDATE)…' })
  events: RemediationEventView[];
  @Field() createdBy: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType('RemediationUnitSummary', { simpleResolvers: true, description: 'Số nội dung khắc phục của một đơn vị.' })
export class RemediationUnitSummary {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int, { description: 'Chưa hoàn thành.' }) pending: number;
  @Field(() => Int, { description: 'Quá hạn.' }) overdue: number;
  @Field(() => Int, { description: 'Chờ chấp nhận.' }) reported: number;
  @Field(() => Int) closed: number;
}

@InputType('RemediationItemInput', { description: 'Giao một nội dung khắc phục.' })
export class RemediationItemInput {
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field(() => RemediationSourceEnum, { description: 'APPRAISAL (tiêu chí bị trừ điểm khi thẩm định) hoặc MANUAL.' })
  sourceType: RemediationSourceEnum;
  @Field(() => ID, { nullable: true, description: 'Tiêu chí nguồn (bắt buộc với APPRAISAL).' }) criterionId?: string | null;
  @Field() title: string;
  @Field(() => DateScalar) deadline: string;
}

@InputType('RemediationActionInput')
export class RemediationActionInput {
  @Field(() => ID) id: string;
  @Field(() => RemediationActionEnum) action: RemediationActionEnum;
  @Field(() => String, { nullable: true, description: 'Kết quả khắc phục (REPORT) hoặc lý do (RETURN, REOPEN, CANCEL).' })
  note?: string | null;
  @Field(() => [EvidenceInput], { nullable: true, description: 'Minh chứng kèm báo cáo (REPORT).' }) evidence?: EvidenceInput[] | null;
}

@ObjectType('LeafRemediationItem', { simpleResolvers: true, description: 'Nội dung khắc phục đang gắn với một tiêu chí lá của phiếu.' })
export class LeafRemediationItemView {
  @Field(() => ID) id: string;
  @Field(() => RemediationSourceEnum) sourceType: RemediationSourceEnum;
  @Field() title: string;
  @Field(() => RemediationStatusEnum) status: RemediationStatusEnum;
  @Field(() => DateScalar, { description: 'Thời hạn (hết ngày, giờ Việt Nam).' }) deadline: string;
  @Field(() => Int, { description: 'Số ngày còn lại (0: hôm nay; âm: quá hạn).' }) daysLeft: number;
  @Field({ description: 'Quá hạn: chưa hoàn thành khi đã hết ngày hạn (giờ Việt Nam).' }) overdue: boolean;
}

@ObjectType('SheetLeafRemediation', {
  simpleResolvers: true,
  description:
    'Khắc phục theo một tiêu chí lá của phiếu (năm của phiếu): tiêu chí bị trừ điểm khi thẩm định (với cơ quan đánh giá) và nội dung khắc phục đang gắn với tiêu chí.',
})
export class SheetLeafRemediationView {
  @Field(() => ID) criterionId: string;
  @Field() criterionCode: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Số điểm bị trừ khi thẩm định (tự chấm − điểm thẩm định cuối); chỉ cơ quan đánh giá của đơn vị thấy.',
  })
  lostPoints: number | null;
  @Field({
    description:
      'Người dùng hiện tại được "Giao khắc phục" từ dòng này: quản lý đơn vị, phiếu đã thẩm định xong, tiêu chí bị trừ điểm, chưa giao khắc phục theo thẩm định.',
  })
  canAssign: boolean;
  @Field(() => String, { nullable: true, description: 'Nội dung gợi ý (ý kiến thẩm định của tiêu chí); chỉ khi được giao.' })
  suggestedTitle: string | null;
  @Field(() => LeafRemediationItemView, {
    nullable: true,
    description: 'Nội dung dòng hiển thị: đang thực hiện trước, nếu không thì nội dung đã hoàn thành gần nhất.',
  })
  item: LeafRemediationItemView | null;
}
