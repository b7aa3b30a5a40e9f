import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ScoringContext } from '../scoring-context';
import { CriteriaNodeEntity } from './criteria-node.entity';
import {
  addCriterion,
  copyCriteriaSet,
  deleteCriterion,
  exportCriteriaSet,
  importCriteriaSet,
  lockCriteriaSet,
  moveCriterion,
  readCriteriaSet,
  reopenCriteriaSet,
  replaceCriteriaSet,
  setBonusPenaltyDefaultZero,
  updateCriterion,
  type CriteriaSetView,
} from './criteria.service';
import {
  AddCriterionInput,
  CriteriaNodeInput,
  CriteriaSetArgs,
  CriteriaSetType,
  FileDownload,
  UpdateCriterionInput,
} from './criteria.types';
import { pointsToOutput } from './points';

@Resolver(() => CriteriaNodeEntity)
export class CriteriaResolver {
  @Query(() => CriteriaSetType, { description: 'Bộ chỉ số của một khối: nodes (flat, parentId), totals and validation issues.' })
  criteriaSet(@Ctx() ctx: ScoringContext, @Args() args: CriteriaSetArgs): Promise<CriteriaSetView> {
    return readCriteriaSet(ctx, args.yearId, args.groupId);
  }

  @Query(() => FileDownload, { description: 'The set as an XLSX workbook in the documented template (docs/criteria-template.md).' })
  exportCriteriaSet(@Ctx() ctx: ScoringContext, @Args() args: CriteriaSetArgs): Promise<FileDownload> {
    return exportCriteriaSet(ctx, args.yearId, args.groupId);
  }

  @Mutation(() => CriteriaNodeEntity, { description: 'Adds a node (province admin, while the set is editable; audited).' })
  addCriterion(@Ctx() ctx: ScoringContext, @Arg('input', () => AddCriterionInput) input: AddCriterionInput): Promise<CriteriaNodeEntity> {
    return addCriterion(ctx, input);
  }

  @Mutation(() => CriteriaNodeEntity, { description: 'Changes a node (audited with before/after).' })
  updateCriterion(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCriterionInput) input: UpdateCriterionInput,
  ): Promise<CriteriaNodeEntity> {
    return updateCriterion(ctx, id, input);
  }

  @Mutation(() => CriteriaNodeEntity, {
    description: 'Moves a node under another parent (null: top level) and/or to a position among its siblings.',
  })
  moveCriterion(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Arg('position', () => Int, { nullable: true, description: '0-based; default last.' }) position: number | null,
    @Arg('renumberCodes', () => Boolean, {
      nullable: true,
      description: 'Rewrite every code of the set from the new order (default false).',
    })
    renumber: boolean | null,
  ): Promise<CriteriaNodeEntity> {
    return moveCriterion(ctx, id, parentId ?? null, position ?? null, renumber ?? false);
  }

  @Mutation(() => [ID], { description: 'Deletes a node and everything below it; returns the deleted ids.' })
  deleteCriterion(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<string[]> {
    return deleteCriterion(ctx, id);
  }

  @Mutation(() => CriteriaSetType, {
    description: 'Saves a whole set in one transaction (nodes in order, parents from codes); nodes keep their id when their code stays.',
  })
  replaceCriteriaSet(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('nodes', () => [CriteriaNodeInput]) nodes: CriteriaNodeInput[],
  ): Promise<CriteriaSetView> {
    return replaceCriteriaSet(ctx, yearId, groupId, nodes);
  }

  @Mutation(() => CriteriaSetType, {
    description: 'Replaces the target set with a copy of another group’s set (any year of the province).',
  })
  copyCriteriaSet(
    @Ctx() ctx: ScoringContext,
    @Arg('fromYearId', () => ID) fromYearId: string,
    @Arg('fromGroupId', () => ID) fromGroupId: string,
    @Arg('toYearId', () => ID) toYearId: string,
    @Arg('toGroupId', () => ID) toGroupId: string,
  ): Promise<CriteriaSetView> {
    return copyCriteriaSet(ctx, fromYearId, fromGroupId, toYearId, toGroupId);
  }

  @Mutation(() => CriteriaSetType, {
    description: 'Imports an XLSX in the template (base64). Every row is checked; one bad row and nothing is written.',
  })
  importCriteriaSet(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('base64') base64: string,
  ): Promise<CriteriaSetView> {
    return importCriteriaSet(ctx, yearId, groupId, base64);
  }

  @Mutation(() => CriteriaSetType, {
    description:
      'Turns on/off "tiêu chí điểm thưởng/điểm trừ mặc định 0 điểm khi đơn vị không kê khai" for the set (province admin, while the set is editable; audited; the group’s results are recomputed in the same transaction).',
  })
  setBonusPenaltyDefaultZero(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
  ): Promise<CriteriaSetView> {
    return setBonusPenaltyDefaultZero(ctx, yearId, groupId, enabled);
  }

  @Mutation(() => CriteriaSetType, {
    description: 'Allows edits of a locked set after the year opened (province admin, reason required, audited) until lockCriteriaSet.',
  })
  reopenCriteriaSet(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('reason') reason: string,
  ): Promise<CriteriaSetView> {
    return reopenCriteriaSet(ctx, yearId, groupId, reason);
  }

  @Mutation(() => CriteriaSetType, { description: 'Locks a reopened set again (refused while it has errors; audited).' })
  lockCriteriaSet(
    @Ctx() ctx: ScoringContext,
    @Arg('yearId', () => ID) yearId: string,
    @Arg('groupId', () => ID) groupId: string,
  ): Promise<CriteriaSetView> {
    return lockCriteriaSet(ctx, yearId, groupId);
  }

  @FieldResolver(() => Float, { description: 'Điểm tối đa (the weight).' })
  maxPoints(@Root() node: CriteriaNodeEntity): number {
    return pointsToOutput(node.maxPoints) ?? 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Method parameters as JSON text (points inside are hundredths, percents plain).',
  })
  params(@Root() node: CriteriaNodeEntity): string | null {
    return node.params === null || node.params === undefined ? null : JSON.stringify(node.params);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Σ children’s maximum (inner nodes, when read as part of a set).' })
  childrenTotal(@Root() node: CriteriaNodeEntity): number | null {
    return node.childrenTotal ?? null;
  }
}
