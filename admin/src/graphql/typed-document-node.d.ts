// Type-only stand-in for '@graphql-typed-document-node/core', which the generated code imports
// but pnpm does not hoist into admin/ (it is a dependency of @apollo/client and the codegen preset).
// Structurally identical to the real declarations, so Apollo's own copy accepts these documents.
declare module '@graphql-typed-document-node/core' {
  import type { DocumentNode } from 'graphql'
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult
  }
  export interface TypedDocumentNode<TResult = { [key: string]: unknown }, TVariables = { [key: string]: unknown }>
    extends DocumentNode,
      DocumentTypeDecoration<TResult, TVariables> {}
  export type ResultOf<T> = T extends DocumentTypeDecoration<infer R, infer _V> ? R : never
  export type VariablesOf<T> = T extends DocumentTypeDecoration<infer _R, infer V> ? V : never
}
