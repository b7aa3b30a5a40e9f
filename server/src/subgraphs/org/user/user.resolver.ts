import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../../platform/graphql/connection';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { UserEntity } from './user.entity';
import { changeMyPassword, createUser, findUser, listUsers, resetUserPassword, unlockUser, updateUser } from './user.service';
import { CreateUserInput, UpdateUserInput, UserConnection, UsersArgs } from './user.types';

@Resolver(() => UserEntity)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Người dùng của tỉnh (PROVINCE_ADMIN), có thể lọc theo đơn vị và tìm theo tên.' })
  users(@Ctx() ctx: OrgContext, @Args() args: UsersArgs): Promise<Connection<UserEntity>> {
    return listUsers(ctx, args);
  }

  @Query(() => UserEntity, { nullable: true, description: 'Một người dùng (PROVINCE_ADMIN, hoặc chính mình).' })
  user(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string): Promise<UserEntity | null> {
    return findUser(ctx, id);
  }

  @Mutation(() => UserEntity, { description: 'Tạo người dùng (PROVINCE_ADMIN). Tên đăng nhập được chuyển thành chữ thường.' })
  createUser(@Ctx() ctx: OrgContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserEntity> {
    return createUser(ctx, input);
  }

  @Mutation(() => UserEntity, { description: 'Sửa họ tên, đơn vị, vai trò hoặc trạng thái của người dùng (PROVINCE_ADMIN).' })
  updateUser(
    @Ctx() ctx: OrgContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<UserEntity> {
    return updateUser(ctx, id, input);
  }

  @Mutation(() => UserEntity, { description: 'Đặt lại mật khẩu và mở khóa tài khoản (PROVINCE_ADMIN).' })
  resetUserPassword(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string, @Arg('password') password: string): Promise<UserEntity> {
    return resetUserPassword(ctx, id, password);
  }

  @Mutation(() => UserEntity, { description: 'Mở khóa tài khoản bị tạm khóa do đăng nhập sai nhiều lần (PROVINCE_ADMIN).' })
  unlockUser(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string): Promise<UserEntity> {
    return unlockUser(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Người dùng tự đổi mật khẩu của mình.' })
  changeMyPassword(
    @Ctx() ctx: OrgContext,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    return changeMyPassword(ctx, currentPassword, newPassword);
  }

  @FieldResolver(() => OrgUnitEntity, { description: 'The unit the user belongs to.' })
  async unit(@Root() user: UserEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitEntity> {
    const unit = await ctx.loaders.unitById.load(user.unitId);
    if (!unit) throw new Error(`User ${user.id} points to a missing unit`);
    return unit;
  }
}
