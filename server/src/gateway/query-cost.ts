import { visit, type GraphQLSchema, type DocumentNode, type ValueNode } from 'graphql';
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

const costVariableNames = new WeakMap<DocumentNode, string[]>();

/**
 * The variables a document's cost can depend on: those in `first` arguments (the only argument
 * the estimators read) and in directives (@include/@skip decide what is counted). A whole-sheet
 * save sends new entries every time; its cost is the same, and is not computed again.
 */
function costVariablesOf(document: DocumentNode): string[] {
  let names = costVariableNames.get(document);
  if (!names) {
    const found = new Set<string>();
    const collect = (value: ValueNode) =>
      visit(value, {
        Variable(v) {
          found.add(v.name.value);
        },
      });
    visit(document, {
      Argument(argument) {
        if (argument.name.value === 'first') collect(argument.value);
      },
      Directive(directive) {
        for (const argument of directive.arguments ?? []) collect(argument.value);
      },
    });
    names = [...found].sort();
    costVariableNames.set(document, names);
  }
  return names;
}

/**
 * queryCost remembered per parsed document and variable values (issue 9: the estimate walked the
 * whole ranking document on every request, a twentieth of the gateway's work). Apollo Server
 * keeps one parsed document per query text, so a repeated operation finds its cost here; the
 * cost is a pure function of schema, document and the variables it can depend on
 * (costVariablesOf), all part of the key. A document whose cost cannot be computed (bad
 * variables) throws every time, nothing is kept; other variables are checked by the variables
 * guard (request-guards.ts) on every request.
 */
export class QueryCostCache {
  private readonly costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  readonly stats = { hits: 0, misses: 0 };

  cost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined): number {
    let bySchema = this.costs.get(schema);
    if (!bySchema) this.costs.set(schema, (bySchema = new WeakMap()));
    let byVariables = bySchema.get(query);
    if (!byVariables) bySchema.set(query, (byVariables = new Map()));
    const key = JSON.stringify(costVariablesOf(query).map((name) => variables?.[name] ?? null));
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
