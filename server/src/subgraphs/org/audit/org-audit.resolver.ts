import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, type Connection } from '../../../platform/graphql/connection';
import type { OrgContext } from '../org-context';
import { OrgAuditEntityType, OrgAuditEventEntity } from './org-audit-event.entity';
import { listOrgAudit } from './org-audit.service';

const OrgAuditEventConnection = ConnectionType(OrgAuditEventEntity, 'OrgAuditEvent');

@ArgsType()
class OrgAuditArgs {
  @Field(() => OrgAuditEntityType, { nullable: true }) entityType?: OrgAuditEntityType | null;
  @Field(() => ID, { nullable: true, description: 'Only the changes of this user, API client or unit.' }) entityId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 500).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string | null;
}

@Resolver(() => OrgAuditEventEntity)
export class OrgAuditResolver {
  @Query(() => OrgAuditEventConnection, {
    description: 'Nhật ký thay đổi người dùng, vai trò, khóa API và đơn vị của tỉnh (PROVINCE_ADMIN), mới nhất trước.',
  })
  orgAuditTrail(@Ctx() ctx: OrgContext, @Args() args: OrgAuditArgs): Promise<Connection<OrgAuditEventEntity>> {
    return listOrgAudit(ctx, args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What changed, before, as JSON text (null on creation).' })
  before(@Root() event: OrgAuditEventEntity): string | null {
    return event.before === null || event.before === undefined ? null : JSON.stringify(event.before);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What changed, after, as JSON text.' })
  after(@Root() event: OrgAuditEventEntity): string | null {
    return event.after === null || event.after === undefined ? null : JSON.stringify(event.after);
  }
}
