import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type ServerError } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import type { Router } from 'vue-router';
import { t } from '@/i18n';
import { describeGraphQLError, describeNetworkError } from '@/graphql/errors';
import { useSessionStore } from '@/stores/session';
import { useLocaleStore } from '@/stores/locale';
import { useToastStore } from '@/stores/toast';

/**
 * Operations may pass `context: { quiet: true }` to handle their errors themselves (the sign-in
 * form shows a wrong password inline instead of as a toast).
 */
export interface AppOperationContext {
  quiet?: boolean;
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['unitId', 'search']),
        },
      },
    },
  });
}

export function createAuthLink() {
  return new ApolloLink((operation, forward) => {
    const session = useSessionStore();
    const locale = useLocaleStore();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        'Accept-Language': locale.locale,
        ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}),
      },
    }));
    return forward(operation);
  });
}

export function createErrorLink(router: Pick<Router, 'currentRoute' | 'replace'>) {
  return onError(({ graphQLErrors, networkError, operation }) => {
    const toast = useToastStore();
    const session = useSessionStore();
    const quiet = (operation.getContext() as AppOperationContext).quiet === true;

    let unauthenticated = false;
    for (const err of graphQLErrors ?? []) {
      const d = describeGraphQLError(err, t);
      if (d.code === 'UNAUTHENTICATED') unauthenticated = true;
      if (!quiet) toast.error(d.title, d.message, d.code);
    }
    if (networkError) {
      const status = (networkError as Partial<ServerError>).statusCode;
      const d = describeNetworkError(t, status);
      if (d.code === 'UNAUTHENTICATED') unauthenticated = true;
      if (!quiet) toast.error(d.title, d.message, d.code);
    }

    // A rejected sign-in is also UNAUTHENTICATED; only an existing session is ended here.
    if (unauthenticated && session.token) {
      session.end('unauthenticated');
      const current = router.currentRoute.value;
      if (current.name !== 'login') {
        void router.replace({ name: 'login', query: { redirect: current.fullPath } });
      }
    }
  });
}

export function createApolloClient(router: Pick<Router, 'currentRoute' | 'replace'>) {
  return new ApolloClient({
    link: ApolloLink.from([createErrorLink(router), createAuthLink(), new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}
