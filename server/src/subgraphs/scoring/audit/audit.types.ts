import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/connection';
import { AuditEntityType, AuditEventEntity } from './audit-event.entity';

@ArgsType()
export class ScoringPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 500).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEventEntity, 'AuditEvent');

@ArgsType()
export class AuditTrailArgs extends ScoringPageArgs {
  @Field(() => ID) yearId: string;
  @Field(() => AuditEntityType, { nullable: true }) entityType?: AuditEntityType | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events of this score sheet (required for an assessor unit).' }) sheetId?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'Only events of this criteria node (a leaf’s score history, or the node’s edits).' })
  criterionId?: string | null;
}
