import { Ctx, Query, Resolver } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { myTasks } from './inbox.service';
import { InboxTask } from './task.types';

@Resolver(() => InboxTask)
export class InboxResolver {
  @Query(() => [InboxTask], {
    description:
      'Việc cần làm của người dùng hiện tại trong mọi kỳ đang diễn ra (phiếu cần nhập, nộp, giải trình, thẩm định, phê duyệt; việc của kỳ), việc gấp nhất trước.',
  })
  myTasks(@Ctx() ctx: ScoringContext): Promise<InboxTask[]> {
    return myTasks(ctx);
  }
}
