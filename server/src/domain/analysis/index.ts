/** Analysis, reports and what-if rules: pure functions over stored results. No GraphQL, no TypeORM, no I/O. */
export * from './criteria-analysis';
export * from './year-comparison';
export * from './analysis-scope';
export * from './annual-report';
export * from './what-if';
export * from './national-indices';
