import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { markNotificationsRead, myNotifications, unreadNotificationCount } from './notification.service';
import { NotificationPage } from './notification.types';

@Resolver()
export class NotificationResolver {
  @Query(() => NotificationPage, { description: 'Thông báo của người dùng hiện tại, mới nhất trước (chỉ của chính họ).' })
  async myNotifications(
    @Ctx() ctx: ScoringContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<NotificationPage> {
    const [page, unreadCount] = await Promise.all([myNotifications(ctx, first, after), unreadNotificationCount(ctx)]);
    return { ...page, unreadCount };
  }

  @Query(() => Int, { description: 'Số thông báo chưa đọc của người dùng hiện tại (cho biểu tượng chuông).' })
  unreadNotificationCount(@Ctx() ctx: ScoringContext): Promise<number> {
    return unreadNotificationCount(ctx);
  }

  @Mutation(() => Int, { description: 'Đánh dấu đã đọc các thông báo (không truyền ids: tất cả). Trả về số chưa đọc còn lại.' })
  markNotificationsRead(@Ctx() ctx: ScoringContext, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null): Promise<number> {
    return markNotificationsRead(ctx, ids ?? null);
  }
}
