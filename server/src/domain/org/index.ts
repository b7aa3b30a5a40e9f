/** Org domain: unit data import plan, Vietnamese text rules, hierarchy and reorganisation rules. */
export * from './org-types';
export * from './vietnamese-text';
export * from './merger-text';
export * from './standard-departments';
export * from './unit-dataset';
export * from './hierarchy';
