import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { YearRecomputeView } from './recompute.types';
import { recomputeYear, yearRecomputeStatus } from './year-recompute';

@Resolver()
export class RecomputeResolver {
  @Mutation(() => YearRecomputeView, {
    description:
      'Tính lại toàn bộ kết quả của kỳ (mọi phiếu, theo quy tắc hiện hành, kể cả điểm tự chấm từ giá trị kê khai) và xếp hạng, trong một giao dịch; trả về các đơn vị có chỉ số, xếp loại hoặc thứ hạng thay đổi. dryRun: chỉ xem trước, không lưu (được cả khi đã công bố). Quản trị cấp tỉnh.',
  })
  recomputeYearResults(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('dryRun', { defaultValue: false, description: 'Chỉ xem trước những gì sẽ thay đổi.' }) dryRun: boolean,
  ): Promise<YearRecomputeView> {
    return recomputeYear(ctx, yearId, dryRun);
  }

  @Query(() => YearRecomputeView, {
    nullable: true,
    description: 'Lần tính lại đang chạy hoặc gần nhất của kỳ (trong tiến trình máy chủ này): tiến trình và báo cáo. Quản trị cấp tỉnh.',
  })
  yearRecompute(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string): YearRecomputeView | null {
    return yearRecomputeStatus(ctx, yearId);
  }
}
