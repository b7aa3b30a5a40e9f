import { Arg, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FileDownload } from '../results/results.types';
import type { ScoringContext } from '../scoring-context';
import { emulationList, emulationRule, exportEmulationList, saveEmulationRule } from './emulation.service';
import { deleteInitiative, exportInitiatives, initiatives, saveInitiative } from './initiatives.service';
import {
  applyReportPenalty,
  buildReportMatrix,
  deleteReportPeriod,
  recordPaperReport,
  removeReportPenalty,
  saveReportPeriod,
  submitReport,
} from './reports.service';
import {
  EmulationList,
  EmulationRuleInput,
  EmulationRuleView,
  InitiativeInput,
  InitiativeView,
  PaperReportInput,
  ReportCellView,
  ReportMatrix,
  ReportPeriodInput,
  ReportPeriodView,
  SubmitReportInput,
} from './reports.types';

@Resolver()
export class PeriodicReportsResolver {
  @Query(() => ReportMatrix, {
    description:
      'Báo cáo CCHC định kỳ: các kỳ báo cáo và tình trạng đúng hạn / chậm / thiếu của từng đơn vị người dùng được xem (tỉnh: mọi đơn vị; huyện: các xã của mình; đơn vị: của mình). Nội bộ, không công khai.',
  })
  reportMatrix(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID, { nullable: true }) groupId?: string | null,
  ) {
    return buildReportMatrix(ctx, yearId, { groupId: groupId ?? null });
  }

  @Mutation(() => ReportPeriodView, { description: 'Thêm/sửa kỳ báo cáo (cấp tỉnh; ghi nhật ký).' })
  saveReportPeriod(@Ctx() ctx: ScoringContext, @Arg('input', () => ReportPeriodInput) input: ReportPeriodInput) {
    return saveReportPeriod(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Xóa kỳ báo cáo chưa có báo cáo nào (cấp tỉnh; ghi nhật ký).' })
  deleteReportPeriod(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return deleteReportPeriod(ctx, id, reason ?? null);
  }

  @Mutation(() => ReportCellView, {
    description: 'Đơn vị gửi báo cáo định kỳ (tóm tắt và tệp đã tải lên qua /files); gửi lại không đổi ngày nhận. Ghi nhật ký.',
  })
  submitPeriodicReport(@Ctx() ctx: ScoringContext, @Arg('input', () => SubmitReportInput) input: SubmitReportInput) {
    return submitReport(ctx, input);
  }

  @Mutation(() => ReportCellView, { description: 'Cơ quan đánh giá ghi nhận báo cáo bản giấy với ngày nhận (ghi nhật ký).' })
  recordPaperReport(@Ctx() ctx: ScoringContext, @Arg('input', () => PaperReportInput) input: PaperReportInput) {
    return recordPaperReport(ctx, input);
  }

  @Mutation(() => ReportCellView, {
    description:
      'Áp dụng điểm trừ cho báo cáo chậm hoặc thiếu vào tiêu chí điểm trừ của kỳ (nguồn: báo cáo); kết quả tính lại ngay. Bấm lại không trừ thêm.',
  })
  applyReportPenalty(
    @Ctx() ctx: ScoringContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('quantity', () => Float, { nullable: true, description: 'Số báo cáo (mặc định 1), hoặc số điểm trừ với tiêu chí chấm thủ công.' })
    quantity?: number | null,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return applyReportPenalty(ctx, { periodId, unitId, quantity, note });
  }

  @Mutation(() => ReportCellView, { description: 'Gỡ điểm trừ đã áp dụng cho báo cáo (cần lý do; kết quả tính lại).' })
  removeReportPenalty(
    @Ctx() ctx: ScoringContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('reason') reason: string,
  ) {
    return removeReportPenalty(ctx, { periodId, unitId, reason });
  }
}

@Resolver()
export class EmulationResolver {
  @Query(() => EmulationRuleView, {
    description: 'Điều kiện xét khen thưởng của năm (mặc định: từ Tốt trở lên, không còn khắc phục quá hạn, không thiếu báo cáo).',
  })
  emulationRule(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string) {
    return emulationRule(ctx, yearId);
  }

  @Mutation(() => EmulationRuleView, { description: 'Sửa điều kiện xét khen thưởng của năm (quản trị cấp tỉnh; ghi nhật ký).' })
  saveEmulationRule(@Ctx() ctx: ScoringContext, @Arg('input', () => EmulationRuleInput) input: EmulationRuleInput) {
    return saveEmulationRule(ctx, input);
  }

  @Query(() => EmulationList, {
    description:
      'Danh sách đơn vị đủ điều kiện đề nghị khen thưởng của một khối theo điều kiện của năm. Bên ngoài (ứng dụng khai thác, người dùng ngoài phạm vi): chỉ khi kết quả đã công bố, chỉ các đơn vị đủ điều kiện.',
  })
  emulationList(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string, @Arg('groupId', () => ID) groupId: string) {
    return emulationList(ctx, yearId, groupId);
  }

  @Query(() => FileDownload, { description: 'Danh sách xét khen thưởng (Excel).' })
  exportEmulationList(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string, @Arg('groupId', () => ID) groupId: string) {
    return exportEmulationList(ctx, yearId, groupId);
  }

  @Query(() => [InitiativeView], {
    description: 'Sổ sáng kiến, mô hình hay được công nhận của năm (công khai khi kết quả năm đã công bố).',
  })
  initiatives(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ) {
    return initiatives(ctx, yearId, unitId ?? null);
  }

  @Query(() => FileDownload, { description: 'Sổ sáng kiến, mô hình hay (Excel).' })
  exportInitiatives(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string) {
    return exportInitiatives(ctx, yearId);
  }

  @Mutation(() => InitiativeView, {
    description:
      'Thêm/sửa sáng kiến, mô hình được công nhận (cơ quan đánh giá của đơn vị); có điểm thưởng thì cộng vào tiêu chí điểm thưởng, tính lại kết quả ngay.',
  })
  saveInitiative(@Ctx() ctx: ScoringContext, @Arg('input', () => InitiativeInput) input: InitiativeInput) {
    return saveInitiative(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Xóa sáng kiến nhập nhầm (cần lý do; điểm thưởng được gỡ, kết quả tính lại).' })
  deleteInitiative(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string) {
    return deleteInitiative(ctx, id, reason);
  }
}
