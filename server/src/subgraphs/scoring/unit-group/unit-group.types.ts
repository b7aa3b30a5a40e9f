import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { AssessorRule } from './unit-group.entity';

@InputType('UnitGroupInput', { description: 'Creates a group (no id) or replaces the settings of one (with id).' })
export class UnitGroupInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) id?: string | null;
  @Field(() => ID) yearId: string;
  @Field({ description: 'Upper-case code, unique in the year: DEPARTMENTS, DISTRICTS, WARDS, COMMUNES…' }) code: string;
  @Field({ description: 'Tên khối, ví dụ "Khối sở, ban, ngành".' }) name: string;
  @Field(() => AssessorRule) assessorRule: AssessorRule;
  @Field(() => Float, { nullable: true, description: 'Total of the scored + survey parts (default 100).' }) criteriaTotal?: number | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => [OrgUnitKind]) memberKinds: OrgUnitKind[];
  @Field(() => [String], { nullable: true, description: 'Vietnamese subtypes it takes (e.g. ["phường"]); empty = all.' })
  memberSubtypes?: string[] | null;
}
