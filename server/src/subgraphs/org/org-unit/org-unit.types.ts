import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../../platform/graphql/connection';
import { DateScalar } from '../../../platform/graphql/scalars';
import { OrgUnitEntity, OrgUnitKind } from './org-unit.entity';

export enum OrgUnitLinkKind {
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  REORGANIZATION = 'REORGANIZATION',
}
registerEnumType(OrgUnitLinkKind, {
  name: 'OrgUnitLinkKind',
  description: 'How a unit came from another: sáp nhập (merge), chia tách (split), sắp xếp lại (reorganization, e.g. the 2025 reform).',
});

@ObjectType({ description: 'A predecessor or successor of a unit, with how and when.' })
export class OrgUnitLink {
  @Field(() => OrgUnitEntity) unit: OrgUnitEntity;
  @Field(() => OrgUnitLinkKind) kind: OrgUnitLinkKind;
  @Field({ description: 'Only part of the predecessor went into the successor ("một phần").' }) partial: boolean;
  @Field(() => DateScalar, { nullable: true }) effectiveDate: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

export const OrgUnitConnection = ConnectionType(OrgUnitEntity, 'OrgUnit');

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 500).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after?: string | null;
}

@ArgsType()
export class OrgUnitsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only direct children of this unit.' }) parentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only top-level units (provinces).' }) rootsOnly?: boolean | null;
  @Field(() => OrgUnitKind, { nullable: true }) kind?: OrgUnitKind | null;
  @Field(() => String, {
    nullable: true,
    description: 'Accent-insensitive search in names: "ba dinh" finds "Phường Ba Đình".',
  })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include closed units (default false).' }) includeClosed?: boolean | null;
}

@ArgsType()
export class ChildrenArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true }) includeClosed?: boolean | null;
}
