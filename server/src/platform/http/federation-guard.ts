import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { GATEWAY_FETCH_PURPOSE, verifyServiceToken } from '../auth/tokens';

const FEDERATION_FIELDS = new Set(['_service', '_entities']);

/** Whether a root selection set reaches `_service`/`_entities`, through inline fragments and named fragments too. */
function selectsFederationField(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return FEDERATION_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsFederationField(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return false;
    seen.add(name);
    return selectsFederationField(fragment.selectionSet, fragments, seen);
  });
}

/** Whether a request carried the gateway's own service token (only its query-plan fetches do). */
export async function isGatewayFetch(token: string | undefined, internalSecret: string): Promise<boolean> {
  if (!token) return false;
  return verifyServiceToken(token, GATEWAY_FETCH_PURPOSE, internalSecret).then(
    () => true,
    () => false,
  );
}

/**
 * `_service` (the whole SDL) and `_entities` (any entity by key, without the public schema's
 * limits) are for the gateway's query plans only. A caller's internal token is not enough: the
 * request must also carry the gateway's own service token (`gatewayFetch` in the context), which
 * only its data sources send — over HTTP and in process alike.
 */
export function federationFieldsGuard(): ApolloServerPlugin<{ gatewayFetch?: boolean }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.gatewayFetch) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions)
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          if (!operation || !selectsFederationField(operation.selectionSet, fragments)) return;
          throw new GraphQLError('Trường liên kết nội bộ chỉ dành cho cổng API.', {
            extensions: { code: 'FORBIDDEN', reason: 'GATEWAY_ONLY', http: { status: 403 } },
          });
        },
      };
    },
  };
}
