import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { UserEntity } from '../user/user.entity';
import { login } from './auth.service';

@ObjectType({ description: 'A signed, expiring token (JWT) to send as "Authorization: Bearer <token>".' })
export class AuthPayload {
  @Field() token: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => UserEntity) user: UserEntity;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Đăng nhập. Repeated failures lock the account and slow the address.' })
  login(@Ctx() ctx: OrgContext, @Arg('username') username: string, @Arg('password') password: string): Promise<AuthPayload> {
    return login(ctx, username, password);
  }

  @Query(() => UserEntity, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  async me(@Ctx() ctx: OrgContext): Promise<UserEntity | null> {
    if (ctx.actor.kind !== 'user' || !ctx.actor.userId) return null;
    return ctx.db.getRepository(UserEntity).findOneBy({ id: ctx.actor.userId });
  }
}
