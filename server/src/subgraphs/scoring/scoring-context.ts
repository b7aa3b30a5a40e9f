import type { RequestContext } from '../../platform/auth/request-context';
import { createAssessmentYearLoaders } from './assessment-year/assessment-year.loaders';
import type { DataSource } from 'typeorm';
import { createScoreSheetLoaders } from './score-sheet/score-sheet.loaders';
import { createResultLoaders } from './results/results.loaders';
import { createAccountabilityLoaders } from './accountability/accountability.loaders';

export function createScoringLoaders(db: DataSource) {
  return {
    ...createAssessmentYearLoaders(db),
    scoreSheets: createScoreSheetLoaders(db),
    results: createResultLoaders(db),
    accountability: createAccountabilityLoaders(db),
  };
}

export type ScoringLoaders = ReturnType<typeof createScoringLoaders>;
export type ScoringContext = RequestContext<ScoringLoaders>;
