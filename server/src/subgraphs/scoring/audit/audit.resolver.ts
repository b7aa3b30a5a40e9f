import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../../platform/graphql/connection';
import type { ScoringContext } from '../scoring-context';
import { AuditEventEntity } from './audit-event.entity';
import { listAuditTrail } from './audit-trail.service';
import { AuditEventConnection, AuditTrailArgs } from './audit.types';

@Resolver(() => AuditEventEntity)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'Lịch sử thay đổi của một kỳ (điểm, tiêu chí, cấu hình, danh sách, trạng thái), mới nhất trước.',
  })
  auditTrail(@Ctx() ctx: ScoringContext, @Args() args: AuditTrailArgs): Promise<Connection<AuditEventEntity>> {
    return listAuditTrail(ctx, args.yearId, args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'State before the change, as JSON text (null on creation).' })
  before(@Root() event: AuditEventEntity): string | null {
    return event.before === null || event.before === undefined ? null : JSON.stringify(event.before);
  }

  @FieldResolver(() => String, { nullable: true, description: 'State after the change, as JSON text (null on deletion).' })
  after(@Root() event: AuditEventEntity): string | null {
    return event.after === null || event.after === undefined ? null : JSON.stringify(event.after);
  }
}
