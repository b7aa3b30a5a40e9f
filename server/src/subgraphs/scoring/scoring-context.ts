import type { RequestContext } from '../../platform/auth/request-context';
import { createAssessmentYearLoaders } from './assessment-year/assessment-year.loaders';
import type { DataSource } from 'typeorm';

export function createScoringLoaders(db: DataSource) {
  return { ...createAssessmentYearLoaders(db) };
}

export type ScoringLoaders = ReturnType<typeof createScoringLoaders>;
export type ScoringContext = RequestContext<ScoringLoaders>;
