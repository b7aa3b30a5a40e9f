import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { UserEntity } from './user.entity';

@Resolver(() => UserEntity)
export class UserResolver {
  @FieldResolver(() => OrgUnitEntity, { description: 'The unit the user belongs to.' })
  async unit(@Root() user: UserEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitEntity> {
    const unit = await ctx.loaders.unitById.load(user.unitId);
    if (!unit) throw new Error(`User ${user.id} points to a missing unit`);
    return unit;
  }
}
