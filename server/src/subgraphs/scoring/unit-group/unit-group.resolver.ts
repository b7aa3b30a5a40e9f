import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { pointsToOutput } from '../criteria/points';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from './unit-group.entity';
import { deleteUnitGroup, upsertUnitGroup } from './unit-group.service';
import { UnitGroupInput } from './unit-group.types';

@Resolver(() => UnitGroupEntity)
export class UnitGroupResolver {
  @Mutation(() => UnitGroupEntity, { description: 'Creates or changes a unit group (province admin, PLANNING only; audited).' })
  upsertUnitGroup(@Ctx() ctx: ScoringContext, @Arg('input', () => UnitGroupInput) input: UnitGroupInput): Promise<UnitGroupEntity> {
    return upsertUnitGroup(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a group with its criteria set and roster lines (province admin, PLANNING only; audited).',
  })
  deleteUnitGroup(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteUnitGroup(ctx, id);
  }

  @FieldResolver(() => Float, { description: 'Required total of the scored + survey parts (usually 100).' })
  criteriaTotal(@Root() group: UnitGroupEntity): number {
    return pointsToOutput(group.criteriaTotal) ?? 0;
  }

  @FieldResolver(() => Int, { description: 'Units of this group on the year’s roster.' })
  rosterSize(@Root() group: UnitGroupEntity, @Ctx() ctx: ScoringContext): Promise<number> {
    return ctx.db.manager.countBy(RosterEntryEntity, { yearId: group.yearId, groupId: group.id });
  }
}
