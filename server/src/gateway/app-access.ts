import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { appReadOnly } from '../platform/auth/request-context';
import { ApiScope, type Actor } from '../platform/auth/tokens';
import type { Locale } from '../platform/errors/app-error';

/**
 * What an external app may select, enforced in one place for every operation it sends: the
 * published results and the basic, public facts of units. Anything else — a mutation, a
 * signed-in user's query (ranking, scoreSheet, users…), a unit's users or children — is refused
 * as a whole before any subgraph is called. An allowlist, so a field added later is closed to
 * apps until someone opens it here. Behind it, the scoring services' publication checks still
 * hide unpublished years from OrgUnit.assessment / indexHistory.
 */
export const APP_ALLOWED_FIELDS: Readonly<Record<string, readonly string[] | 'ALL'>> = {
  Query: ['publishedResults', 'orgUnit', 'nationalIndices'],
  OrgUnit: [
    'id',
    'name',
    'code',
    'kind',
    'subtype',
    'validFrom',
    'validTo',
    'isOpen',
    'predecessors',
    'successors',
    'assessment',
    'indexHistory',
  ],
  OrgUnitLink: 'ALL',
  PublishedResults: 'ALL',
  Ranking: 'ALL',
  RankingArea: 'ALL',
  RankingRow: 'ALL',
  UnitAssessment: 'ALL',
  IndexHistoryPoint: 'ALL',
  Classification: 'ALL',
  HeadRating: 'ALL',
  SheetTotals: 'ALL',
  ComponentIndex: 'ALL',
  // The province's published national indices (the service returns published rows only to apps).
  NationalIndexOverview: 'ALL',
  NationalIndex: ['id', 'provinceId', 'year', 'kind', 'unitId', 'unitCode', 'unitName', 'value', 'rank', 'rankOf', 'published', 'source'],
  ProvinceAverageIndex: 'ALL',
};

function allowed(typeName: string, fieldName: string): boolean {
  // __typename everywhere, and introspection (__schema, __type and the __* types): the API docs.
  if (fieldName.startsWith('__') || typeName.startsWith('__')) return true;
  const rule = APP_ALLOWED_FIELDS[typeName];
  return rule === 'ALL' || (rule !== undefined && rule.includes(fieldName));
}

/** The first field of the document an app may not select, as "Type.field", or null. */
export function firstForbiddenField(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string | null {
  if (operation.operation !== 'query') return operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  const typeInfo = new TypeInfo(schema);
  let refused: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') refused ??= node.operation === 'mutation' ? 'Mutation' : 'Subscription';
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!refused && parent && !allowed(parent.name, node.name.value)) refused = `${parent.name}.${node.name.value}`;
      },
    }),
  );
  return refused;
}

export function appAccessPlugin(getSchema: () => GraphQLSchema | null): ApolloServerPlugin<{ actor: Actor; locale: Locale }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          const actor = contextValue.actor;
          if (actor.kind !== 'app') return;
          const schema = getSchema();
          const refused = !actor.scopes.includes(ApiScope.PUBLISHED_RESULTS)
            ? 'scope'
            : schema && operation
              ? firstForbiddenField(schema, document, operation)
              : 'schema';
          if (!refused) return;
          const error = appReadOnly();
          throw new GraphQLError(error.message_(contextValue.locale), {
            extensions: { code: error.code, ...error.details, field: refused, http: { status: 403 } },
          });
        },
      };
    },
  };
}
