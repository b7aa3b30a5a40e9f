/** Accountability cycle rules (issue 10): pure functions, no GraphQL, no TypeORM, no I/O. */
export * from './attestation';
export * from './heads';
export * from './access';
export * from './assessor-entries';
export * from './remediation';
export * from './inspections';
export * from './reports';
export * from './emulation';
export * from './appraisal-remediation';
