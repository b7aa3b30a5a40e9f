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

/** Variable sets remembered per document: an API client looping over ids must not grow it without end. */
const MAX_COSTS_PER_DOCUMENT = 200;

/**
 * queryCost remembered per parsed document and variable values (issue 9: the estimate walked the
 * whole ranking document on every request, a twentieth of the gateway's work). Apollo Server
 * keeps one parsed document per query text, so a repeated operation finds its cost here; the
 * cost is a pure function of schema, document and variables, all three part of the key. A
 * document whose cost cannot be computed (bad variables) throws every time, nothing is kept.
 */
export class QueryCostCache {
  private readonly costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  readonly stats = { hits: 0, misses: 0 };

  cost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined): number {
    let bySchema = this.costs.get(schema);
    if (!bySchema) this.costs.set(schema, (bySchema = new WeakMap()));
    let byVariables = bySchema.get(query);
    if (!byVariables) bySchema.set(query, (byVariables = new Map()));
    const key = JSON.stringify(variables ?? {});
    const known = byVariables.get(key);
    if (known !== undefined) {
      this.stats.hits++;
      return known;
    }
    this.stats.misses++;
    const cost = queryCost(schema, query, variables);
    if (byVariables.size >= MAX_COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value as string);
    byVariables.set(key, cost);
    return cost;
  }
}
