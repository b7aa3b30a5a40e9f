import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../../platform/graphql/scalars';
import type { OrgContext } from '../org-context';
import {
  changeOrgUnitSubtype,
  closeOrgUnit,
  createOrgUnit,
  mergeOrgUnits,
  moveOrgUnit,
  renameOrgUnit,
  splitOrgUnit,
} from './org-unit-change.service';
import { CreateOrgUnitInput, MergeOrgUnitsInput, SplitOrgUnitInput } from './org-unit-change.types';
import { OrgUnitEntity } from './org-unit.entity';
import { ancestorsOf, findUnit, listChildren, listUnits } from './org-unit.service';
import { ChildrenArgs, OrgUnitConnection, OrgUnitLink, OrgUnitLinkKind, OrgUnitsArgs, PageArgs } from './org-unit.types';
import { UserEntity } from '../user/user.entity';
import { listUnitUsers } from '../user/user.service';
import { UserConnection } from '../user/user.types';
import type { Connection } from '../../../platform/graphql/connection';

@Resolver(() => OrgUnitEntity)
export class OrgUnitResolver {
  @Query(() => OrgUnitEntity, { nullable: true, description: 'One unit by id (open or closed).' })
  orgUnit(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string): Promise<OrgUnitEntity | null> {
    return findUnit(ctx, id);
  }

  @Query(() => OrgUnitConnection, { description: 'Browse or search units (open ones unless includeClosed).' })
  orgUnits(@Ctx() ctx: OrgContext, @Args() args: OrgUnitsArgs): Promise<Connection<OrgUnitEntity>> {
    return listUnits(ctx, args);
  }

  @Mutation(() => OrgUnitEntity, { description: 'Tạo đơn vị mới dưới một đơn vị cấp trên (PROVINCE_ADMIN).' })
  createOrgUnit(@Ctx() ctx: OrgContext, @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput): Promise<OrgUnitEntity> {
    return createOrgUnit(ctx, input);
  }

  @Mutation(() => OrgUnitEntity, { description: 'Đổi tên một đơn vị đang hoạt động (PROVINCE_ADMIN).' })
  renameOrgUnit(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<OrgUnitEntity> {
    return renameOrgUnit(ctx, id, name);
  }

  @Mutation(() => OrgUnitEntity, { description: 'Đổi loại đơn vị, ví dụ xã thành phường (PROVINCE_ADMIN).' })
  changeOrgUnitSubtype(@Ctx() ctx: OrgContext, @Arg('id', () => ID) id: string, @Arg('subtype') subtype: string): Promise<OrgUnitEntity> {
    return changeOrgUnitSubtype(ctx, id, subtype);
  }

  @Mutation(() => OrgUnitEntity, {
    description:
      'Chuyển đơn vị (cùng toàn bộ đơn vị trực thuộc) sang đơn vị cấp trên khác; không thể chuyển vào chính nó hoặc cấp dưới của nó.',
  })
  moveOrgUnit(
    @Ctx() ctx: OrgContext,
    @Arg('id', () => ID) id: string,
    @Arg('newParentId', () => ID) newParentId: string,
  ): Promise<OrgUnitEntity> {
    return moveOrgUnit(ctx, id, newParentId);
  }

  @Mutation(() => OrgUnitEntity, {
    description:
      'Đóng đơn vị (hết hiệu lực sau ngày validTo). Bị từ chối khi còn đơn vị trực thuộc đang hoạt động: chuyển hoặc đóng chúng trước.',
  })
  closeOrgUnit(
    @Ctx() ctx: OrgContext,
    @Arg('id', () => ID) id: string,
    @Arg('validTo', () => DateScalar, { description: 'Ngày cuối cùng đơn vị còn hiệu lực.' }) validTo: string,
  ): Promise<OrgUnitEntity> {
    return closeOrgUnit(ctx, id, validTo);
  }

  @Mutation(() => OrgUnitEntity, {
    description: 'Sáp nhập nhiều đơn vị thành một đơn vị mới; các đơn vị cũ đóng vào ngày trước ngày hiệu lực và được liên kết (MERGE).',
  })
  mergeOrgUnits(@Ctx() ctx: OrgContext, @Arg('input', () => MergeOrgUnitsInput) input: MergeOrgUnitsInput): Promise<OrgUnitEntity> {
    return mergeOrgUnits(ctx, input);
  }

  @Mutation(() => [OrgUnitEntity], {
    description: 'Chia tách một đơn vị thành nhiều đơn vị mới; đơn vị cũ đóng và được liên kết (SPLIT) với từng đơn vị mới.',
  })
  splitOrgUnit(@Ctx() ctx: OrgContext, @Arg('input', () => SplitOrgUnitInput) input: SplitOrgUnitInput): Promise<OrgUnitEntity[]> {
    return splitOrgUnit(ctx, input);
  }

  @FieldResolver(() => OrgUnitEntity, { nullable: true })
  async parent(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitEntity | null> {
    return unit.parentId ? ctx.loaders.unitById.load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnitEntity], { description: 'From the root (province) down to the parent.' })
  ancestors(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitEntity[]> {
    return ancestorsOf(ctx, unit);
  }

  @FieldResolver(() => OrgUnitConnection)
  children(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext, @Args() args: ChildrenArgs): Promise<Connection<OrgUnitEntity>> {
    return listChildren(ctx, unit, args);
  }

  @FieldResolver(() => UserConnection, {
    description: 'Người dùng của đơn vị: thấy được bởi quản trị cấp tỉnh và bởi chính người dùng của đơn vị.',
  })
  users(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext, @Args() args: PageArgs): Promise<Connection<UserEntity>> {
    return listUnitUsers(ctx, unit, args);
  }

  @FieldResolver(() => Int, { description: 'Number of open direct children.' })
  async childCount(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<number> {
    return (await ctx.loaders.childrenByParent.load(unit.id)).filter((child) => child.validTo === null).length;
  }

  @FieldResolver(() => Boolean, { description: 'Open (no end of validity).' })
  isOpen(@Root() unit: OrgUnitEntity): boolean {
    return unit.validTo === null;
  }

  @FieldResolver(() => [OrgUnitLink], { description: 'Units this one was formed from.' })
  async predecessors(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitLink[]> {
    const links = await ctx.loaders.predecessorLinks.load(unit.id);
    return this.resolveLinks(ctx, links, (link) => link.predecessorId);
  }

  @FieldResolver(() => [OrgUnitLink], { description: 'Units this one became (part of).' })
  async successors(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<OrgUnitLink[]> {
    const links = await ctx.loaders.successorLinks.load(unit.id);
    return this.resolveLinks(ctx, links, (link) => link.successorId);
  }

  private async resolveLinks<L extends { kind: string; partial: boolean; effectiveDate: string | null; note: string | null }>(
    ctx: OrgContext,
    links: L[],
    otherId: (link: L) => string,
  ): Promise<OrgUnitLink[]> {
    const units = await ctx.loaders.unitById.loadMany(links.map(otherId));
    return links.flatMap((link, i) => {
      const unit = units[i];
      return unit instanceof OrgUnitEntity
        ? [{ unit, kind: link.kind as OrgUnitLinkKind, partial: link.partial, effectiveDate: link.effectiveDate, note: link.note }]
        : [];
    });
  }
}
