import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';

/**
 * Kinds of work in the inbox. A module that contributes tasks (registerTaskSource) adds its
 * kinds here, and the admin maps each kind to the page that does the work.
 */
export enum TaskKind {
  FILL = 'FILL',
  SUBMIT = 'SUBMIT',
  EXPLAIN = 'EXPLAIN',
  APPRAISE = 'APPRAISE',
  APPROVE = 'APPROVE',
  OPEN_YEAR = 'OPEN_YEAR',
  FINALIZE_YEAR = 'FINALIZE_YEAR',
  PUBLISH_YEAR = 'PUBLISH_YEAR',
  REMEDIATE = 'REMEDIATE',
  REVIEW_REMEDIATION = 'REVIEW_REMEDIATION',
  REPORT_DUE = 'REPORT_DUE',
  REPORT_PENALTY = 'REPORT_PENALTY',
}
registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'Loại việc cần làm.',
  valuesConfig: {
    FILL: { description: 'Nhập phiếu tự đánh giá (còn tiêu chí chưa nhập)' },
    SUBMIT: { description: 'Nộp phiếu tự đánh giá (đã nhập đủ)' },
    EXPLAIN: { description: 'Giải trình theo đề nghị của đơn vị thẩm định' },
    APPRAISE: { description: 'Thẩm định phiếu của đơn vị' },
    APPROVE: { description: 'Phê duyệt kết quả thẩm định' },
    OPEN_YEAR: { description: 'Mở kỳ tự đánh giá (kỳ đang chuẩn bị)' },
    FINALIZE_YEAR: { description: 'Chốt kết quả (mọi phiếu đã phê duyệt)' },
    PUBLISH_YEAR: { description: 'Công bố kết quả đã chốt' },
    REMEDIATE: { description: 'Khắc phục hạn chế và báo cáo kết quả (đơn vị)' },
    REVIEW_REMEDIATION: { description: 'Xem xét báo cáo khắc phục của đơn vị (chấp nhận hoặc trả lại)' },
    REPORT_DUE: { description: 'Gửi báo cáo CCHC định kỳ (sắp đến hạn hoặc quá hạn)' },
    REPORT_PENALTY: { description: 'Báo cáo định kỳ chậm, thiếu chưa xử lý (áp dụng điểm trừ)' },
  },
});

@ObjectType('Task', { description: 'Một việc cần làm của người dùng hiện tại (hộp việc trên trang chủ).' })
export class InboxTask {
  @Field({ description: 'Stable key of the task (the same task keeps it across requests).' }) id: string;
  @Field(() => TaskKind) kind: TaskKind;
  @Field({ description: 'Việc cần làm, theo ngôn ngữ của yêu cầu.' }) title: string;
  @Field(() => String, { nullable: true, description: 'Tình trạng ngắn, ví dụ "Còn 34/41 tiêu chí chưa nhập".' })
  detail: string | null;
  @Field(() => ID) yearId: string;
  @Field(() => Int, { description: 'Năm đánh giá.' }) year: number;
  @Field({ description: 'Tên kỳ đánh giá.' }) yearName: string;
  @Field(() => ID, { nullable: true, description: 'The score sheet the task opens, when it is about one.' })
  sheetId: string | null;
  @Field(() => ID, { nullable: true, description: 'Another module’s target (e.g. a remediation plan), when not a sheet or a year.' })
  targetId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Hạn (inclusive, Vietnam time).' }) deadline: string | null;
  @Field(() => String, { nullable: true, description: 'Hạn này dành cho việc gì, ví dụ "Hạn giải trình".' })
  deadlineFor: string | null;
  @Field(() => Int, { nullable: true, description: 'Số ngày còn lại đến hết ngày hạn (0: hôm nay; âm: quá hạn).' })
  daysLeft: number | null;
  @Field({ description: 'Đã quá hạn.' }) overdue: boolean;
}
