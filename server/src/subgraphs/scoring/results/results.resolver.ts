import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitRef } from '../org-unit-ref';
import type { ScoringContext } from '../scoring-context';
import { exportRanking, indexHistory, publishedResults, ranking, unitAssessment } from './results.read';
import { FileDownload, IndexHistoryPoint, PublishedResults, Ranking, UnitAssessment } from './results.types';

@Resolver()
export class ResultsResolver {
  @Query(() => Ranking, {
    description:
      'Bảng xếp hạng của một khối (tùy chọn: chỉ các đơn vị do một đơn vị đánh giá, ví dụ xã của một huyện), with per-area breakdown.',
  })
  ranking(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('assessorUnitId', () => ID, { nullable: true }) assessorUnitId?: string | null,
  ): Promise<Ranking> {
    return ranking(ctx, yearId, groupId, assessorUnitId ?? null);
  }

  @Query(() => FileDownload, { description: 'Bảng xếp hạng dạng Excel (.xlsx), base64.' })
  exportRanking(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('assessorUnitId', () => ID, { nullable: true }) assessorUnitId?: string | null,
  ): Promise<FileDownload> {
    return exportRanking(ctx, yearId, groupId, assessorUnitId ?? null);
  }

  @Query(() => PublishedResults, { description: 'Kết quả đã công bố (no sign-in needed): every block’s ranking of the province’s year.' })
  publishedResults(
    @Ctx() ctx: ScoringContext,
    @Arg('provinceId', () => ID) provinceId: string,
    @Arg('year', () => Int) year: number,
    @Arg('groupCode', () => String, { nullable: true, description: 'Chỉ một khối (mã khối, ví dụ XA); mặc định mọi khối.' })
    groupCode?: string | null,
  ): Promise<PublishedResults> {
    return publishedResults(ctx, provinceId, year, groupCode ?? null);
  }
}

@Resolver(() => OrgUnitRef)
export class OrgUnitResultsResolver {
  @FieldResolver(() => UnitAssessment, {
    nullable: true,
    description:
      'Kết quả của đơn vị trong một kỳ (by yearId, or by calendar year). Null when not assessed or not visible to the caller yet.',
  })
  assessment(
    @Root() unit: OrgUnitRef,
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID, { nullable: true }) yearId?: string | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<UnitAssessment | null> {
    return unitAssessment(ctx, unit.id, yearId ?? null, year ?? null);
  }

  @FieldResolver(() => [IndexHistoryPoint], {
    description: 'Chỉ số qua các năm, kể cả của các đơn vị tiền thân (sau sáp nhập), newest first.',
  })
  indexHistory(@Root() unit: OrgUnitRef, @Ctx() ctx: ScoringContext): Promise<IndexHistoryPoint[]> {
    return indexHistory(ctx, unit.id);
  }
}
