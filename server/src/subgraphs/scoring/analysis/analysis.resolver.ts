import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { FileDownload } from '../results/results.types';
import { annualReport, exportAnnualReport } from './annual-report.service';
import { AnnualReport } from './annual-report.types';
import { whatIfWeights } from './what-if.service';
import { WhatIfResult } from './what-if.types';
import { compareAnalysisYears, criteriaAnalysis, saveAnalysisNote, unitCriteriaGaps } from './analysis.service';
import { AnalysisNoteInput, AnalysisNoteView, AnalysisYearComparison, CriteriaAnalysis, UnitCriterionGapView } from './analysis.types';

const DISTRICT_ARG = {
  nullable: true,
  description: 'Chỉ các xã của một huyện (cấp tỉnh chọn; tài khoản cấp huyện luôn chỉ thấy xã của mình).',
};

@Resolver()
export class AnalysisResolver {
  @Query(() => CriteriaAnalysis, {
    description:
      'Phân tích chỉ số thành phần của một khối: mỗi lĩnh vực, tiêu chí với điểm tối đa, điểm bình quân, điểm bị mất bình quân, tỷ lệ đơn vị bị mất điểm, chênh lệch tự đánh giá − thẩm định; bản đồ nhiệt đơn vị × lĩnh vực/tiêu chí. Tính trên các đơn vị đã thẩm định xong.',
  })
  criteriaAnalysis(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('districtId', () => ID, DISTRICT_ARG) districtId?: string | null,
  ): Promise<CriteriaAnalysis> {
    return criteriaAnalysis(ctx, yearId, groupId, districtId ?? null);
  }

  @Query(() => [UnitCriterionGapView], { description: 'Các tiêu chí của một đơn vị so với chỉ số chung của khối, yếu nhất trước.' })
  unitCriteriaGaps(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('districtId', () => ID, DISTRICT_ARG) districtId?: string | null,
  ): Promise<UnitCriterionGapView[]> {
    return unitCriteriaGaps(ctx, yearId, groupId, unitId, districtId ?? null);
  }

  @Query(() => AnalysisYearComparison, {
    description: 'So sánh hai năm theo khối của năm hiện tại; đơn vị mới sau sáp nhập so với kết quả gộp của các đơn vị tiền thân.',
  })
  compareAnalysisYears(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('baseYearId', () => ID) baseYearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('districtId', () => ID, DISTRICT_ARG) districtId?: string | null,
  ): Promise<AnalysisYearComparison> {
    return compareAnalysisYears(ctx, yearId, baseYearId, groupId, districtId ?? null);
  }

  @Query(() => AnnualReport, {
    description:
      'Báo cáo kết quả Chỉ số CCHC năm: số liệu tổng hợp mọi khối, xếp hạng, so với năm trước, nguyên nhân và giải pháp. Với districtId (hoặc tài khoản cấp huyện): các xã của huyện.',
  })
  annualReport(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('districtId', () => ID, DISTRICT_ARG) districtId?: string | null,
  ): Promise<AnnualReport> {
    return annualReport(ctx, yearId, districtId ?? null);
  }

  @Query(() => FileDownload, { description: 'Báo cáo năm dạng Excel (.xlsx), base64: tổng hợp, xếp hạng từng khối, phân tích.' })
  exportAnnualReport(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('districtId', () => ID, DISTRICT_ARG) districtId?: string | null,
  ): Promise<FileDownload> {
    return exportAnnualReport(ctx, yearId, districtId ?? null);
  }

  @Query(() => WhatIfResult, {
    description:
      'Thử trọng số: chấm lại phiếu của một khối năm này theo bộ chỉ số dự thảo (khối của một kỳ đang chuẩn bị) trong bộ nhớ; chỉ số, thứ hạng, xếp loại sẽ thay đổi thế nào. Không ghi gì vào kết quả hay nhật ký.',
  })
  whatIfWeights(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('draftGroupId', () => ID, { description: 'Khối (bộ chỉ số) của kỳ dự thảo.' }) draftGroupId: string,
  ): Promise<WhatIfResult> {
    return whatIfWeights(ctx, yearId, groupId, draftGroupId);
  }

  @Mutation(() => AnalysisNoteView, {
    description: 'Ghi nguyên nhân và giải pháp của một tiêu chí trong một năm (quản trị cấp tỉnh; ghi nhật ký; in trong báo cáo năm).',
  })
  saveAnalysisNote(@Ctx() ctx: ScoringContext, @Arg('input', () => AnalysisNoteInput) input: AnalysisNoteInput): Promise<AnalysisNoteView> {
    return saveAnalysisNote(ctx, input);
  }
}
