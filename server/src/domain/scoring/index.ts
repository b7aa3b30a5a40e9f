/**
 * Public API of the scoring rules: pure functions shared by the scoring subgraph,
 * the reports and the admin. No GraphQL, no TypeORM, no I/O.
 */
export * from './hundredths';
export * from './scoring-methods';
export * from './criteria-tree';
export * from './sheet-index';
export * from './default-zero';
export * from './ranking';
export * from './workflow';
export * from './delegation';
export * from './tasks';
export * from './visibility';
export * from './history-access';
export * from './notifications';
