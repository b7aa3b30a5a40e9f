import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pointsToOutput } from '../criteria/points';
import { OrgUnitRef } from '../org-unit-ref';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { AssessmentYearEntity, YearStatus } from './assessment-year.entity';
import { createYear, groupsOfYear, listYears, nextStatuses, readYear, transitionYear, updateYear } from './assessment-year.service';
import {
  ClassificationBandType,
  CreateAssessmentYearInput,
  HeadRatingRuleType,
  UpdateAssessmentYearInput,
  YearTransitionOption,
  YearTransitionResult,
} from './assessment-year.types';

@Resolver(() => AssessmentYearEntity)
export class AssessmentYearResolver {
  @Query(() => [AssessmentYearEntity], { description: 'Assessment years of a province, newest first (users of the province).' })
  assessmentYears(@Ctx() ctx: ScoringContext, @Arg('provinceId', () => ID) provinceId: string): Promise<AssessmentYearEntity[]> {
    return listYears(ctx, provinceId);
  }

  @Query(() => AssessmentYearEntity, { description: 'One assessment year with its settings (users of the province).' })
  assessmentYear(@Ctx() ctx: ScoringContext, @Arg('id', () => ID) id: string): Promise<AssessmentYearEntity> {
    return readYear(ctx, id);
  }

  @Mutation(() => AssessmentYearEntity, {
    description:
      'Opens a new year in PLANNING (province admin). With copyFromYearId it copies that year’s configuration; otherwise it gets default groups and bands.',
  })
  createAssessmentYear(
    @Ctx() ctx: ScoringContext,
    @Arg('input', () => CreateAssessmentYearInput) input: CreateAssessmentYearInput,
  ): Promise<AssessmentYearEntity> {
    return createYear(ctx, input);
  }

  @Mutation(() => AssessmentYearEntity, {
    description: 'Changes settings (province admin; audited). Bands and caps are frozen once the year is finalized.',
  })
  updateAssessmentYear(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAssessmentYearInput) input: UpdateAssessmentYearInput,
  ): Promise<AssessmentYearEntity> {
    return updateYear(ctx, id, input);
  }

  @Mutation(() => YearTransitionResult, {
    description:
      'Moves the year one step (PLANNING → SELF_ASSESSMENT → APPRAISAL → FINALIZED → PUBLISHED, or one step back with a reason). Refused with the reason when a precondition fails.',
  })
  transitionAssessmentYear(
    @Ctx() ctx: ScoringContext,
    @Arg('id', () => ID) id: string,
    @Arg('to', () => YearStatus) to: YearStatus,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<YearTransitionResult> {
    return transitionYear(ctx, id, to, reason ?? null);
  }

  @FieldResolver(() => [UnitGroupEntity], { description: 'Unit groups (khối), in display order.' })
  groups(@Root() year: AssessmentYearEntity, @Ctx() ctx: ScoringContext): Promise<UnitGroupEntity[]> {
    return groupsOfYear(ctx.db.manager, year.id);
  }

  @FieldResolver(() => [YearTransitionOption], {
    description: 'Statuses the year can move to next, with whether the current user may do it and why not.',
  })
  nextStatuses(@Root() year: AssessmentYearEntity, @Ctx() ctx: ScoringContext): Promise<YearTransitionOption[]> {
    return nextStatuses(ctx, year, ctx.locale);
  }

  @FieldResolver(() => [ClassificationBandType], { description: 'Mức xếp loại, best first.' })
  classificationBands(@Root() year: AssessmentYearEntity): ClassificationBandType[] {
    return year.bands.map((b) => ({ ...b, minIndex: b.minIndex / 100 }));
  }

  @FieldResolver(() => [HeadRatingRuleType], { description: 'Classification → rating of the unit’s head.' })
  headRatings(@Root() year: AssessmentYearEntity): HeadRatingRuleType[] {
    return Object.entries(year.headRatings).map(([bandCode, rating]) => ({ bandCode, ...rating }));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mức trần điểm thưởng (null: no cap).' })
  bonusCap(@Root() year: AssessmentYearEntity): number | null {
    return pointsToOutput(year.bonusCap);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mức trần điểm trừ (null: no cap).' })
  penaltyCap(@Root() year: AssessmentYearEntity): number | null {
    return pointsToOutput(year.penaltyCap);
  }
}

@Resolver(() => OrgUnitRef)
export class OrgUnitScoringResolver {
  @FieldResolver(() => [AssessmentYearEntity], {
    description:
      'Assessment years this unit runs as a province (newest first). Outside the province (anonymous readers, apps, other provinces) only published years.',
  })
  async assessmentYears(@Root() unit: OrgUnitRef, @Ctx() ctx: ScoringContext): Promise<AssessmentYearEntity[]> {
    const years = await ctx.loaders.yearsByProvince.load(unit.id);
    // A year in planning or under way (its deadlines, bands, groups) is the province's business
    // until it is published; the province's own users see every year (no extra read: the session
    // already carries the user's province).
    const inside = ctx.actor.kind === 'user' && (ctx.actor.provinceUnitId === unit.id || ctx.actor.unitId === unit.id);
    return inside ? years : years.filter((year) => year.status === YearStatus.PUBLISHED);
  }
}
