import { Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { logout, signOutEverywhere } from './session.service';

@Resolver()
export class SessionResolver {
  @Mutation(() => Boolean, {
    description:
      'Đăng xuất: ends the session of this sign-in token at once (other devices stay signed in). False when it had already ended.',
  })
  logout(@Ctx() ctx: OrgContext): Promise<boolean> {
    return logout(ctx);
  }

  @Mutation(() => Int, {
    description: 'Đăng xuất khỏi mọi thiết bị: ends every session of the signed-in user, this one included; returns how many.',
  })
  signOutEverywhere(@Ctx() ctx: OrgContext): Promise<number> {
    return signOutEverywhere(ctx);
  }
}
