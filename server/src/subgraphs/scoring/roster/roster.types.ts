import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/connection';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { ScoringPageArgs } from '../audit/audit.types';
import { RosterEntryEntity } from './roster-entry.entity';

export const RosterConnection = ConnectionType(RosterEntryEntity, 'RosterEntry');

@ArgsType()
export class RosterArgs extends ScoringPageArgs {
  @Field(() => ID) yearId: string;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only units assessed by this unit (e.g. one district).' }) assessorUnitId?: string | null;
}

@ObjectType('RosterSkippedUnit', { description: 'A unit of the province left off the roster, and why.' })
export class RosterSkippedUnit {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field({ description: 'In the caller’s language.' }) reason: string;
}

@ObjectType('RosterBuildResult', { description: 'Outcome of building the roster from the org hierarchy.' })
export class RosterBuildResultType {
  @Field(() => AssessmentYearEntity) year: AssessmentYearEntity;
  @Field(() => Int) added: number;
  @Field(() => Int) removed: number;
  @Field(() => [RosterSkippedUnit]) skipped: RosterSkippedUnit[];
}
