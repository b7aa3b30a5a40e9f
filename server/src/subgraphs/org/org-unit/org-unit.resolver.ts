import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { OrgUnitEntity } from './org-unit.entity';
import { ancestorsOf, findUnit, listChildren, listUnits } from './org-unit.service';
import { ChildrenArgs, OrgUnitConnection, OrgUnitLink, OrgUnitLinkKind, OrgUnitsArgs } from './org-unit.types';
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
