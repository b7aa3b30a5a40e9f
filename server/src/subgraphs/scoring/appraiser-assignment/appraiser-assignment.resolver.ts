import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { AppraiserAssignmentEntity } from './appraiser-assignment.entity';
import { assignAppraiser, listAppraiserAssignments, removeAppraiserAssignment } from './appraiser-assignment.service';

@Resolver(() => AppraiserAssignmentEntity)
export class AppraiserAssignmentResolver {
  @Query(() => [AppraiserAssignmentEntity], {
    description: 'Appraiser assignments of a year (the province sees all, an assessor unit its own).',
  })
  appraiserAssignments(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('assessorUnitId', () => ID, { nullable: true }) assessorUnitId?: string | null,
  ): Promise<AppraiserAssignmentEntity[]> {
    return listAppraiserAssignments(ctx, yearId, assessorUnitId);
  }

  @Mutation(() => AppraiserAssignmentEntity, {
    description:
      'Limits an appraiser to some units and/or areas (empty list = no limit). Province admin, or the chair of the appraiser’s unit; audited.',
  })
  assignAppraiser(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('unitIds', () => [ID], { description: 'Units he may appraise; empty = all units of his assessor unit.' }) unitIds: string[],
    @Arg('areaCodes', () => [String], { description: 'Criteria codes (areas) he may appraise; empty = all.' }) areaCodes: string[],
  ): Promise<AppraiserAssignmentEntity> {
    return assignAppraiser(ctx, yearId, userId, unitIds, areaCodes);
  }

  @Mutation(() => Boolean, { description: 'Removes an assignment (the appraiser is then unlimited within his assessor unit).' })
  removeAppraiserAssignment(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removeAppraiserAssignment(ctx, id);
  }
}
