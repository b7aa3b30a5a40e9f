import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitRef } from '../org-unit-ref';
import type { ScoringContext } from '../scoring-context';
import { AssessmentYearEntity } from './assessment-year.entity';

@Resolver(() => AssessmentYearEntity)
export class AssessmentYearResolver {
  @Query(() => [AssessmentYearEntity], { description: 'Assessment years of a province, newest first.' })
  assessmentYears(@Ctx() ctx: ScoringContext, @Arg('provinceId', () => ID) provinceId: string): Promise<AssessmentYearEntity[]> {
    return ctx.loaders.yearsByProvince.load(provinceId);
  }
}

@Resolver(() => OrgUnitRef)
export class OrgUnitScoringResolver {
  @FieldResolver(() => [AssessmentYearEntity], { description: 'Assessment years this unit runs as a province (newest first).' })
  assessmentYears(@Root() unit: OrgUnitRef, @Ctx() ctx: ScoringContext): Promise<AssessmentYearEntity[]> {
    return ctx.loaders.yearsByProvince.load(unit.id);
  }
}
