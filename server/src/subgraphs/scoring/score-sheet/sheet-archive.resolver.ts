import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser } from '../../../platform/auth/request-context';
import { getYear, requireProvinceReader } from '../assessment-year/year-access';
import type { ScoringContext } from '../scoring-context';
import { SheetArchiveEntity } from './sheet-archive.entity';

@Resolver(() => SheetArchiveEntity)
export class SheetArchiveResolver {
  @Query(() => [SheetArchiveEntity], {
    description:
      'Phiếu nháp của các đơn vị đã bỏ khỏi danh sách trong kỳ (lưu trữ), mới nhất trước: cấp tỉnh thấy tất cả, đơn vị đánh giá các đơn vị mình đánh giá, đơn vị thấy phiếu của mình.',
  })
  async archivedSheets(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string): Promise<SheetArchiveEntity[]> {
    const actor = requireUser(ctx);
    const year = await getYear(ctx.db.manager, yearId);
    await requireProvinceReader(ctx, ctx.db.manager, year.provinceUnitId);
    const rows = await ctx.db.getRepository(SheetArchiveEntity).find({ where: { yearId: year.id }, order: { archivedAt: 'DESC' } });
    if (actor.unitId === year.provinceUnitId || administersProvince(actor, year.provinceUnitId)) return rows;
    // Like the roster: an assessor unit reads the units it assessed, a unit its own sheet.
    return rows.filter(
      (r) => r.unitId === actor.unitId || r.rosterEntry.assessorUnitId === actor.unitId || r.rosterEntry.parentDistrictId === actor.unitId,
    );
  }
}
