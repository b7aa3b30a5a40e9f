import type { GraphQLSchema, DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { isListType, getNullableType } from 'graphql';

/** Default multiplier for plain list fields (ancestors, predecessors…) that have no page size. */
const PLAIN_LIST_FACTOR = 10;
export const MAX_QUERY_COST = 100_000;

/**
 * Cost grows with the rows a query can return: a connection costs its page size times its
 * children, so a nested "every unit with every child" query is refused before it runs.
 */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // A connection's edges are already counted by the connection's page size.
  if (field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
  if (typeof args.first === 'number') return (1 + childComplexity) * Math.max(args.first, 1);
  if ('first' in (field.args?.reduce<Record<string, true>>((acc, a) => ({ ...acc, [a.name]: true }), {}) ?? {}))
    return (1 + childComplexity) * 50;
  if (isListType(getNullableType(field.type))) return (1 + childComplexity) * PLAIN_LIST_FACTOR;
  return undefined;
};

export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined): number {
  return getComplexity({
    schema,
    query,
    variables: variables ?? {},
    estimators: [pageAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
