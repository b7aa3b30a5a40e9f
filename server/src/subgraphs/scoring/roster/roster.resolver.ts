import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Connection } from '../../../platform/graphql/connection';
import type { ScoringContext } from '../scoring-context';
import { RosterEntryEntity } from './roster-entry.entity';
import { addRosterUnit, buildRoster, listRoster, removeRosterUnit } from './roster.service';
import { RosterArgs, RosterBuildResultType, RosterConnection } from './roster.types';

@Resolver(() => RosterEntryEntity)
export class RosterResolver {
  @Query(() => RosterConnection, {
    description: 'Đơn vị được đánh giá của kỳ (Vietnamese alphabetical). The province sees all, an assessor unit its units, a unit itself.',
  })
  roster(@Ctx() ctx: ScoringContext, @Args() args: RosterArgs): Promise<Connection<RosterEntryEntity>> {
    return listRoster(ctx, args.yearId, args);
  }

  @Mutation(() => RosterBuildResultType, {
    description:
      'Builds (or rebuilds) the roster from the org hierarchy while the year is PLANNING; hand-added units are kept. Opening self-assessment freezes it.',
  })
  async buildRoster(@Ctx() ctx: ScoringContext, @Arg('yearId', () => ID) yearId: string): Promise<RosterBuildResultType> {
    const result = await buildRoster(ctx, yearId);
    return {
      ...result,
      skipped: result.skipped.map((s) => ({
        unitId: s.unitId,
        unitName: s.unitName,
        reason: ctx.locale === 'en' ? s.reason.en : s.reason.vi,
      })),
    };
  }

  @Mutation(() => RosterEntryEntity, { description: 'Adds one unit to the roster (until appraisal starts; audited).' })
  addRosterUnit(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<RosterEntryEntity> {
    return addRosterUnit(ctx, yearId, unitId, groupId, reason);
  }

  @Mutation(() => Boolean, { description: 'Removes one unit from the roster (until appraisal starts; audited).' })
  removeRosterUnit(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<boolean> {
    return removeRosterUnit(ctx, yearId, unitId, reason);
  }
}
