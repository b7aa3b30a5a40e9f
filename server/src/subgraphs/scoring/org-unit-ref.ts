import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The org subgraph owns OrgUnit; scoring only knows its id and adds scoring fields to it.
 * Scoring never joins org tables: what it needs of a unit is frozen in the year's roster.
 */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit')
export class OrgUnitRef {
  @Field(() => ID) id: string;
}
