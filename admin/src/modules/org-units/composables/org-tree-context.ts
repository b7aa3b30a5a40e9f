import type { InjectionKey } from 'vue';

/** Lets the unit page refresh the tree next to it after a change. */
export interface OrgTreeContext {
  refresh: () => Promise<void>;
}
export const ORG_TREE_CONTEXT: InjectionKey<OrgTreeContext> = Symbol('orgTreeContext');
