import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import { ClassificationInfo } from '../results/results.types';

/*
 * Periodic reports (issue 10 §5), the emulation list and the initiatives register (§6): read
 * models built in full by the services (simpleResolvers).
 */

export enum ReportPeriodKindGql {
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}
registerEnumType(ReportPeriodKindGql, {
  name: 'ReportPeriodKind',
  description: 'Kỳ báo cáo CCHC định kỳ.',
  valuesConfig: {
    QUARTER: { description: 'Báo cáo quý' },
    HALF_YEAR: { description: 'Báo cáo 6 tháng' },
    YEAR: { description: 'Báo cáo năm' },
  },
});

export enum ReportStatusGql {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
  PENDING = 'PENDING',
}
registerEnumType(ReportStatusGql, {
  name: 'ReportStatus',
  description: 'Tình trạng báo cáo của một đơn vị trong một kỳ (theo ngày giờ Việt Nam).',
  valuesConfig: {
    ON_TIME: { description: 'Đã gửi đúng hạn (đến hết ngày hạn)' },
    LATE: { description: 'Đã gửi nhưng chậm so với hạn' },
    MISSING: { description: 'Đã quá hạn mà chưa gửi' },
    PENDING: { description: 'Chưa gửi, chưa đến hạn' },
  },
});

export enum InitiativeLevelGql {
  UNIT = 'UNIT',
  DISTRICT = 'DISTRICT',
  PROVINCE = 'PROVINCE',
  MINISTRY = 'MINISTRY',
  NATIONAL = 'NATIONAL',
}
registerEnumType(InitiativeLevelGql, {
  name: 'InitiativeLevel',
  description: 'Cấp công nhận sáng kiến, mô hình.',
  valuesConfig: {
    UNIT: { description: 'Cấp cơ sở' },
    DISTRICT: { description: 'Cấp huyện' },
    PROVINCE: { description: 'Cấp tỉnh' },
    MINISTRY: { description: 'Cấp bộ, ngành' },
    NATIONAL: { description: 'Cấp toàn quốc' },
  },
});

@ObjectType('ReportPeriod', { simpleResolvers: true, description: 'Một kỳ báo cáo CCHC định kỳ của năm.' })
export class ReportPeriodView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => ReportPeriodKindGql) kind: ReportPeriodKindGql;
  @Field({ description: 'Tên kỳ, ví dụ "Báo cáo CCHC 6 tháng đầu năm 2025".' }) title: string;
  @Field(() => DateScalar, { description: 'Hạn gửi (hết ngày, giờ Việt Nam).' }) dueDate: string;
  @Field(() => [ID], { description: 'Các khối phải báo cáo.' }) groupIds: string[];
  @Field(() => [String], { description: 'Tên các khối phải báo cáo.' }) groupNames: string[];
  @Field(() => String, { nullable: true, description: 'Mã tiêu chí điểm trừ (do cơ quan đánh giá nhập) khi báo cáo chậm hoặc thiếu.' })
  penaltyLeafCode: string | null;
  @Field() updatedBy: string;
  @Field(() => Date) updatedAt: Date;
}

@InputType({ description: 'Thêm hoặc sửa một kỳ báo cáo (cấp tỉnh).' })
export class ReportPeriodInput {
  @Field(() => ID, { nullable: true, description: 'Trống: thêm mới.' }) id?: string | null;
  @Field(() => ID) yearId: string;
  @Field(() => ReportPeriodKindGql) kind: ReportPeriodKindGql;
  @Field() title: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => [ID]) groupIds: string[];
  @Field(() => String, { nullable: true }) penaltyLeafCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do thay đổi (ghi nhật ký).' }) reason?: string | null;
}

@ObjectType('ReportFile', { simpleResolvers: true, description: 'Tệp báo cáo đã gửi.' })
export class ReportFileView {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => Int) size: number;
  @Field({ description: 'Relative URL to download the file through the gateway (with the bearer token).' }) downloadUrl: string;
}

@ObjectType('UnitReport', { simpleResolvers: true, description: 'Báo cáo một đơn vị đã gửi (trực tuyến) hoặc được ghi nhận (bản giấy).' })
export class UnitReportView {
  @Field(() => ID) id: string;
  @Field({ description: 'ONLINE (đơn vị gửi trên hệ thống) hoặc PAPER (cơ quan đánh giá ghi nhận bản giấy).' }) channel: string;
  @Field(() => DateScalar, { description: 'Ngày nhận (ngày Việt Nam của lần gửi đầu tiên).' }) receivedOn: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ReportFileView, { nullable: true }) file: ReportFileView | null;
  @Field() submittedBy: string;
  @Field(() => Date) submittedAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ReportCell', { simpleResolvers: true, description: 'Tình trạng báo cáo của một đơn vị trong một kỳ.' })
export class ReportCellView {
  @Field(() => ID) periodId: string;
  @Field(() => ID) unitId: string;
  @Field({ description: 'Khối của đơn vị phải báo cáo kỳ này.' }) required: boolean;
  @Field(() => ReportStatusGql, { nullable: true, description: 'Trống khi đơn vị không phải báo cáo kỳ này.' })
  status: ReportStatusGql | null;
  @Field(() => Int, { nullable: true, description: 'Số ngày chậm (LATE) hoặc đã quá hạn (MISSING).' }) daysLate: number | null;
  @Field(() => Int, { nullable: true, description: 'Số ngày còn lại đến hạn (PENDING).' }) daysLeft: number | null;
  @Field(() => UnitReportView, { nullable: true }) report: UnitReportView | null;
  @Field({ description: 'Đã áp dụng điểm trừ do báo cáo chậm/thiếu.' }) penaltyApplied: boolean;
  @Field({ description: 'Người dùng hiện tại được gửi báo cáo của đơn vị (cán bộ, người đứng đầu đơn vị).' }) canSubmit: boolean;
  @Field({ description: 'Người dùng hiện tại được ghi nhận báo cáo bản giấy (cơ quan đánh giá của đơn vị).' }) canRecordPaper: boolean;
  @Field({ description: 'Người dùng hiện tại được áp dụng (hoặc gỡ) điểm trừ của báo cáo này.' }) canApplyPenalty: boolean;
}

@ObjectType('ReportMatrixRow', { simpleResolvers: true, description: 'Một đơn vị và tình trạng báo cáo của mọi kỳ.' })
export class ReportMatrixRow {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitCode: string;
  @Field(() => ID) groupId: string;
  @Field() assessorUnitName: string;
  @Field(() => [ReportCellView], { description: 'Theo thứ tự các kỳ của ma trận.' }) cells: ReportCellView[];
  @Field(() => Int) onTime: number;
  @Field(() => Int) late: number;
  @Field(() => Int) missing: number;
}

@ObjectType('ReportMatrix', {
  simpleResolvers: true,
  description: 'Tình hình gửi báo cáo định kỳ: đúng hạn, chậm, thiếu của từng đơn vị (nội bộ; không công khai).',
})
export class ReportMatrix {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => [ReportPeriodView]) periods: ReportPeriodView[];
  @Field(() => [ReportMatrixRow]) rows: ReportMatrixRow[];
  @Field({ description: 'Người dùng hiện tại được khai báo kỳ báo cáo (cấp tỉnh).' }) canManagePeriods: boolean;
}

@InputType({ description: 'Đơn vị gửi báo cáo định kỳ: tóm tắt và tệp (tải lên qua /files).' })
export class SubmitReportInput {
  @Field(() => ID) periodId: string;
  @Field(() => ID, { description: 'Đơn vị gửi (đơn vị của người dùng).' }) unitId: string;
  @Field({ description: 'Tóm tắt nội dung báo cáo.' }) summary: string;
  @Field(() => ID, { nullable: true, description: 'Tệp báo cáo đã tải lên.' }) fileId?: string | null;
}

@InputType({ description: 'Cơ quan đánh giá ghi nhận báo cáo bản giấy với ngày nhận.' })
export class PaperReportInput {
  @Field(() => ID) periodId: string;
  @Field(() => ID) unitId: string;
  @Field(() => DateScalar, { description: 'Ngày nhận (theo dấu công văn đến).' }) receivedOn: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
}

@ObjectType('EmulationRule', { simpleResolvers: true, description: 'Điều kiện xét khen thưởng của năm.' })
export class EmulationRuleView {
  @Field(() => ID) yearId: string;
  @Field({ description: 'Mã xếp loại tối thiểu (trong thang xếp loại của năm), ví dụ GOOD = Tốt.' }) minClassification: string;
  @Field({ description: 'Loại đơn vị còn nhiệm vụ khắc phục quá hạn.' }) excludeOverdueRemediation: boolean;
  @Field({ description: 'Loại đơn vị thiếu báo cáo định kỳ.' }) excludeMissingReports: boolean;
  @Field({ description: 'Loại đơn vị có báo cáo định kỳ gửi chậm.' }) excludeLateReports: boolean;
  @Field({ description: 'Quy định mặc định (năm chưa khai báo riêng).' }) isDefault: boolean;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType({ description: 'Điều kiện xét khen thưởng của năm (quản trị cấp tỉnh).' })
export class EmulationRuleInput {
  @Field(() => ID) yearId: string;
  @Field() minClassification: string;
  @Field() excludeOverdueRemediation: boolean;
  @Field() excludeMissingReports: boolean;
  @Field() excludeLateReports: boolean;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@ObjectType('EmulationRow', { simpleResolvers: true, description: 'Một đơn vị trong danh sách xét khen thưởng.' })
export class EmulationRow {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() unitCode: string;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Nhiệm vụ khắc phục quá hạn chưa hoàn thành. Bên ngoài (danh sách công khai): null khi điều kiện của năm không xét.',
  })
  overdueRemediation: number | null;
  @Field(() => Int, { nullable: true, description: 'Báo cáo định kỳ thiếu. Bên ngoài: null khi điều kiện của năm không xét.' })
  missingReports: number | null;
  @Field(() => Int, { nullable: true, description: 'Báo cáo định kỳ gửi chậm. Bên ngoài: null khi điều kiện của năm không xét.' })
  lateReports: number | null;
  @Field(() => Int, { description: 'Sáng kiến, mô hình được công nhận trong năm.' }) initiatives: number;
  @Field({ description: 'Đủ điều kiện đề nghị khen thưởng.' }) eligible: boolean;
  @Field(() => [String], { description: 'Lý do chưa đủ điều kiện (theo ngôn ngữ của yêu cầu).' }) reasons: string[];
}

@ObjectType('EmulationList', {
  simpleResolvers: true,
  description:
    'Danh sách đơn vị đủ điều kiện đề nghị khen thưởng theo quy định của năm. Công khai (chỉ các đơn vị đủ điều kiện) khi kết quả năm đã công bố.',
})
export class EmulationList {
  @Field(() => ID) yearId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => EmulationRuleView) rule: EmulationRuleView;
  @Field({ description: 'Tạm tính: kết quả chưa công bố.' }) provisional: boolean;
  @Field({ description: 'Người dùng hiện tại được sửa điều kiện xét (quản trị cấp tỉnh).' }) canEditRule: boolean;
  @Field(() => [EmulationRow], { description: 'Mọi đơn vị người dùng được xem (bên ngoài: chỉ đơn vị đủ điều kiện).' })
  rows: EmulationRow[];
}

@ObjectType('Initiative', { simpleResolvers: true, description: 'Sáng kiến, mô hình hay được công nhận.' })
export class InitiativeView {
  @Field(() => ID) id: string;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() title: string;
  @Field(() => InitiativeLevelGql) level: InitiativeLevelGql;
  @Field({ description: 'Số quyết định công nhận.' }) decisionNumber: string;
  @Field(() => DateScalar, { description: 'Ngày quyết định.' }) decisionDate: string;
  @Field(() => String, { nullable: true, description: 'Cơ quan công nhận.' }) issuer: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'Mã tiêu chí điểm thưởng được cộng.' }) bonusLeafCode: string | null;
  @Field(() => Float, { nullable: true, description: 'Số lượng (hoặc số điểm với tiêu chí chấm thủ công) được cộng.' })
  bonusValue: number | null;
  @Field({ description: 'Người dùng hiện tại được sửa.' }) canManage: boolean;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType({ description: 'Thêm hoặc sửa một sáng kiến, mô hình được công nhận (cơ quan đánh giá của đơn vị).' })
export class InitiativeInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID) yearId: string;
  @Field(() => ID) unitId: string;
  @Field() title: string;
  @Field(() => InitiativeLevelGql) level: InitiativeLevelGql;
  @Field() decisionNumber: string;
  @Field(() => DateScalar) decisionDate: string;
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Mã tiêu chí điểm thưởng (do cơ quan đánh giá nhập); trống: không cộng điểm.' })
  bonusLeafCode?: string | null;
  @Field(() => Float, { nullable: true, description: 'Số lượng, hoặc số điểm với tiêu chí chấm thủ công.' }) bonusValue?: number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
