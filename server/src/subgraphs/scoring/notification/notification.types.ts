import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_KINDS, type NotificationKind as DomainKind } from '../../../domain/scoring';
import { DateScalar } from '../../../platform/graphql/scalars';

/** GraphQL enum of the domain's notification kinds. */
export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in DomainKind]: K };
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Loại thông báo.',
  valuesConfig: {
    YEAR_OPENED: { description: 'Đã mở kỳ tự đánh giá (gửi đơn vị trong danh sách)' },
    SHEET_SUBMITTED: { description: 'Đơn vị đã nộp phiếu (gửi tổ thẩm định của đơn vị đánh giá)' },
    EXPLANATION_REQUESTED: { description: 'Đề nghị giải trình (gửi cán bộ và người đứng đầu đơn vị)' },
    EXPLANATION_SUBMITTED: { description: 'Đơn vị đã gửi giải trình (gửi tổ thẩm định)' },
    APPRAISAL_COMPLETED: { description: 'Đã hoàn thành thẩm định (gửi đơn vị)' },
    APPROVAL_REQUESTED: { description: 'Kết quả thẩm định chờ phê duyệt (gửi chủ tịch đơn vị đánh giá)' },
    RESULT_APPROVED: { description: 'Kết quả đã được phê duyệt (gửi đơn vị)' },
    RETURNED_TO_APPRAISAL: { description: 'Trả lại để thẩm định lại (gửi tổ thẩm định)' },
    SHEET_REOPENED: { description: 'Phiếu được mở lại để tự đánh giá (gửi đơn vị)' },
    RESULTS_PUBLISHED: { description: 'Đã công bố kết quả (gửi đơn vị)' },
    ATTESTATION_REQUESTED: { description: 'Đề nghị người đứng đầu xác nhận' },
  },
});

@ObjectType('Notification', { description: 'Một thông báo của người dùng hiện tại: việc vừa đến bàn làm việc của họ.' })
export class NotificationView {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: DomainKind;
  @Field({ description: 'Tiêu đề, theo ngôn ngữ của yêu cầu.' }) title: string;
  @Field({ description: 'Nội dung một dòng, theo ngôn ngữ của yêu cầu.' }) body: string;
  @Field(() => ID) yearId: string;
  @Field(() => ID, { nullable: true, description: 'The score sheet it opens.' }) sheetId: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit it is about.' }) unitId: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hạn của việc được giao (inclusive, Vietnam time).' })
  deadline: string | null;
  @Field(() => Date) createdAt: Date;
  @Field({ description: 'Người dùng đã đọc.' }) read: boolean;
}

@ObjectType('NotificationPage', { description: 'Một trang thông báo, mới nhất trước.' })
export class NotificationPage {
  @Field(() => [NotificationView]) items: NotificationView[];
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor: string | null;
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'Số thông báo chưa đọc.' }) unreadCount: number;
}
