import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  isOverdue,
  daysLeftToDeadline,
  remediationActions,
  remediationEditable,
  type RemediationStatus,
} from '../../../domain/accountability';
import { DateScalar } from '../../../platform/graphql/scalars';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { deleteInspection, inspection, inspections, saveInspection, unitInspections } from './inspection.service';
import {
  InspectionInput,
  InspectionView,
  RemediationActionEnum,
  RemediationActionInput,
  RemediationItemInput,
  RemediationItemView,
  RemediationSourceEnum,
  RemediationStatusEnum,
  RemediationUnitSummary,
  SheetLeafRemediationView,
} from './inspection.types';
import { sheetLeafRemediation } from './sheet-remediation';
import {
  actOnRemediation,
  createRemediationItem,
  relationToSheet,
  remediationItem,
  remediationItems,
  remediationSummary,
  sideOf,
  updateRemediationItem,
} from './remediation.service';

@Resolver()
export class InspectionResolver {
  @Query(() => [InspectionView], {
    description:
      'Các cuộc kiểm tra CCHC / công vụ của năm: tỉnh xem tất cả, huyện xem các xã của mình, đơn vị chỉ xem của mình. Không dành cho ứng dụng khai thác.',
  })
  inspections(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ) {
    return inspections(ctx, yearId, unitId);
  }

  @Query(() => [InspectionView], {
    description:
      'Các cuộc kiểm tra của một đơn vị qua các năm (trang Kiểm tra của đơn vị): chỉ những năm người dùng được xem đơn vị (chính đơn vị, cơ quan đánh giá, tỉnh; huyện với các xã của mình). Không dành cho ứng dụng khai thác.',
  })
  unitInspections(@Ctx() ctx: ScoringContext, @Arg('unitId', () => ID) unitId: string) {
    return unitInspections(ctx, unitId);
  }

  @Query(() => InspectionView)
  inspection(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string) {
    return inspection(ctx, id);
  }

  @Mutation(() => InspectionView, {
    description:
      'Ghi nhận/sửa cuộc kiểm tra và các kết luận (cơ quan đánh giá của đơn vị). Kết luận có điểm trừ ghi vào tiêu chí do cơ quan đánh giá nhập; điểm, chỉ số, xếp hạng tính lại trong cùng giao dịch; mỗi kết luận mở một nội dung khắc phục.',
  })
  saveInspection(@Ctx() ctx: ScoringContext, @Arg('input', () => InspectionInput) input: InspectionInput) {
    return saveInspection(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Xóa cuộc kiểm tra nhập nhầm: điểm trừ được hoàn lại, nội dung khắc phục đang mở bị hủy (cần lý do).',
  })
  deleteInspection(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string) {
    return deleteInspection(ctx, id, reason);
  }

  @Query(() => [RemediationItemView], {
    description: 'Nội dung khắc phục hạn chế của năm (tỉnh: tất cả; huyện: các xã của mình; đơn vị: của mình).',
  })
  remediationItems(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('status', () => RemediationStatusEnum, { nullable: true }) status?: RemediationStatusEnum | null,
    @Arg('overdueOnly', () => Boolean, { nullable: true }) overdueOnly?: boolean | null,
  ) {
    return remediationItems(ctx, yearId, { unitId, status, overdueOnly });
  }

  @Query(() => RemediationItemView)
  remediationItem(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string) {
    return remediationItem(ctx, id);
  }

  @Query(() => [RemediationUnitSummary], { description: 'Số nội dung khắc phục chưa hoàn thành / quá hạn theo đơn vị.' })
  remediationSummary(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string) {
    return remediationSummary(ctx, yearId);
  }

  @Mutation(() => RemediationItemView, { description: 'Giao nội dung khắc phục (từ tiêu chí bị trừ điểm khi thẩm định, hoặc trực tiếp).' })
  createRemediationItem(@Ctx() ctx: ScoringContext, @Arg('input', () => RemediationItemInput) input: RemediationItemInput) {
    return createRemediationItem(ctx, input);
  }

  @Mutation(() => RemediationItemView, {
    description:
      'Đơn vị báo cáo kết quả khắc phục kèm minh chứng (REPORT); cơ quan đánh giá chấp nhận (ACCEPT), trả lại có lý do (RETURN), mở lại (REOPEN) hoặc hủy (CANCEL).',
  })
  actOnRemediation(@Ctx() ctx: ScoringContext, @Arg('input', () => RemediationActionInput) input: RemediationActionInput) {
    return actOnRemediation(ctx, input);
  }

  @Mutation(() => RemediationItemView, {
    description:
      'Sửa nội dung hoặc thời hạn khắc phục (cơ quan đánh giá của đơn vị; nội dung chưa hoàn thành, chưa hủy; cần lý do). Lịch sử của nội dung giữ bước sửa với nội dung/thời hạn trước và sau; ghi nhật ký. Thời hạn mới không được trước ngày hôm nay (giờ Việt Nam).',
  })
  updateRemediationItem(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', { description: 'Lý do thay đổi (bắt buộc, tối đa 2000 ký tự).' }) reason: string,
    @Arg('title', () => String, { nullable: true, description: 'Nội dung mới; bỏ trống (null) để giữ nguyên.' }) title?: string | null,
    @Arg('deadline', () => DateScalar, { nullable: true, description: 'Thời hạn mới (hết ngày, giờ Việt Nam).' }) deadline?: string | null,
  ) {
    return updateRemediationItem(ctx, { id, title, deadline, reason });
  }
}

@Resolver(() => ScoreSheetEntity)
export class SheetRemediationResolver {
  @FieldResolver(() => [RemediationItemView], {
    description:
      'Nội dung khắc phục của các năm trước chưa hoàn thành (khớp với tiêu chí cùng mã trên phiếu này). Chỉ người dùng trong phạm vi của đơn vị.',
  })
  async priorRemediation(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<RemediationItemView[]> {
    if (ctx.actor.kind !== 'user' || !ctx.actor.userId) return [];
    const actor = ctx.actor as Parameters<typeof sideOf>[0];
    const year = await ctx.loaders.scoreSheets.yearById.load(sheet.yearId);
    if (!year) return [];
    const relation = relationToSheet(actor, sheet, year.provinceUnitId);
    if (relation === 'NONE') return [];
    const { items, years } = await ctx.loaders.accountability.priorRemediation.load(sheet.unitId);
    const now = new Date();
    const side = sideOf(actor, relation);
    return items
      .filter((i) => {
        const y = years.get(i.yearId);
        return !!y && y.provinceUnitId === year.provinceUnitId && y.year < year.year;
      })
      .sort((a, b) => (a.deadline < b.deadline ? -1 : 1))
      .map((i) => ({
        id: i.id,
        yearId: i.yearId,
        year: years.get(i.yearId)!.year,
        unitId: i.unitId,
        unitName: sheet.unitName,
        sourceType: i.sourceType as RemediationSourceEnum,
        sourceId: i.sourceId,
        sourceLabel: i.sourceLabel,
        criterionId: i.criterionId,
        criterionCode: i.criterionCode,
        title: i.title,
        deadline: i.deadline,
        daysLeft: daysLeftToDeadline(now, i.deadline),
        overdue: isOverdue(i, now),
        status: i.status as RemediationStatusEnum,
        availableActions: side ? (remediationActions(i.status as RemediationStatus, side) as RemediationActionEnum[]) : [],
        canEdit: side === 'ASSESSOR' && remediationEditable(i.status as RemediationStatus),
        events: [],
        createdBy: i.createdBy,
        createdAt: i.createdAt,
        closedAt: i.closedAt,
      }));
  }

  @FieldResolver(() => [SheetLeafRemediationView], {
    description:
      'Khắc phục theo tiêu chí lá của phiếu năm này: cơ quan đánh giá thấy các tiêu chí bị trừ điểm khi thẩm định (và được "Giao khắc phục" khi phiếu đã thẩm định xong); người xem được đơn vị thấy tình trạng nội dung khắc phục gắn với từng tiêu chí.',
  })
  leafRemediation(@Root() sheet: ScoreSheetEntity, @Ctx() ctx: ScoringContext): Promise<SheetLeafRemediationView[]> {
    return sheetLeafRemediation(ctx, sheet);
  }
}
