import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldMergeFunction,
  type ServerError,
  type StoreObject,
} from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import type { GraphQLFormattedError } from 'graphql';
import type { Router } from 'vue-router';
import { t } from '@/i18n';
import { describeGraphQLError, describeNetworkError } from '@/graphql/errors';
import { isNotFoundError } from '@/graphql/not-found';
import { sessionHeaders } from '@/modules/auth/session-api';
import { useSessionStore, type EndReason } from '@/stores/session';
import { useLocaleStore } from '@/stores/locale';
import { useToastStore } from '@/stores/toast';

/**
 * Operations may pass `context: { quiet: true }` to handle their errors themselves (the sign-in
 * form shows a wrong password inline instead of as a toast).
 */
export interface AppOperationContext {
  quiet?: boolean;
  /** The page shows "Không tìm thấy" itself for a missing or malformed id (graphql/not-found.ts). */
  notFoundInline?: boolean;
}

type EntriesMerge = FieldMergeFunction<readonly StoreObject[] | undefined, readonly StoreObject[]>;

/**
 * ScoreSheet.entries in the cache: every leaf's entry, in the sheet's order. An answer to
 * `entries(criterionIds:)` (a save) holds only those leaves, and perhaps only the fields the save
 * writes: each is merged into the cached entry of its leaf (its fields over the cached ones), the
 * other leaves stay. Without a cached list to merge into, a partial answer is not stored as if it
 * were the whole sheet (the next read fetches it).
 */
export const mergeSheetEntries: EntriesMerge = (existing, incoming, { args, readField }) => {
  if (!args?.criterionIds) return incoming;
  if (!existing) return undefined;
  const saved = new Map(incoming.map((entry) => [readField<string>('criterionId', entry), entry]));
  return existing.map((entry) => {
    const fresh = saved.get(readField<string>('criterionId', entry));
    return fresh ? { ...entry, ...fresh } : entry;
  });
};

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: relayStylePagination(['unitId', 'search']),
        },
      },
      ScoreSheet: {
        fields: {
          entries: {
            // A save answers only the entries it saved (`entries(criterionIds:)`, issue 9): one list
            // per sheet, into which those are merged by leaf; a read without the argument replaces it.
            keyArgs: false,
            merge: mergeSheetEntries,
          },
        },
      },
    },
  });
}

export function createAuthLink() {
  return new ApolloLink((operation, forward) => {
    const locale = useLocaleStore();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        'Accept-Language': locale.locale,
        // The session itself travels in its HttpOnly cookie; this header proves the request comes from the admin.
        ...sessionHeaders(),
      },
    }));
    return forward(operation);
  });
}

/** The server says why a session no longer counts (extensions.reason); the sign-in page explains it. */
export function endReasonOf(reason: unknown): EndReason {
  if (reason === 'SESSION_EXPIRED') return 'expired';
  if (reason === 'SESSION_REVOKED' || reason === 'SESSION_DISABLED') return 'revoked';
  return 'unauthenticated';
}

export function createErrorLink(router: Pick<Router, 'currentRoute' | 'replace'>) {
  return onError(({ graphQLErrors, networkError, operation }) => {
    const toast = useToastStore();
    const session = useSessionStore();
    const context = operation.getContext() as AppOperationContext;
    const quiet = context.quiet === true;

    let unauthenticated = false;
    let ended: { reason: EndReason; message: string } | null = null;
    // A refused identity answers HTTP 401 with a GraphQL body: Apollo reports it as a network error.
    const server = networkError as Partial<ServerError> | null | undefined;
    const bodyErrors = typeof server?.result === 'object' ? (server.result as { errors?: GraphQLFormattedError[] }).errors : undefined;
    for (const err of [...(graphQLErrors ?? []), ...(bodyErrors ?? [])]) {
      const d = describeGraphQLError(err, t);
      if (d.code === 'UNAUTHENTICATED') {
        unauthenticated = true;
        ended ??= { reason: endReasonOf(err.extensions?.reason), message: d.message };
      }
      // A session that ended is explained on the sign-in page, not in a toast over the page being left.
      else if (!quiet && !(context.notFoundInline && isNotFoundError(err))) toast.error(d.title, d.message, d.code);
    }
    if (networkError && !bodyErrors?.length) {
      const status = server?.statusCode;
      const d = describeNetworkError(t, status);
      if (d.code === 'UNAUTHENTICATED') unauthenticated = true;
      if (!quiet) toast.error(d.title, d.message, d.code);
    }

    // Only an existing session is ended here (the sign-in page handles its own refusals).
    if (unauthenticated && session.user) {
      session.end(ended?.reason ?? 'unauthenticated', ended?.message ?? null);
      const current = router.currentRoute.value;
      if (current.name !== 'login') {
        void router.replace({ name: 'login', query: { redirect: current.fullPath } });
      }
    }
  });
}

export function createApolloClient(router: Pick<Router, 'currentRoute' | 'replace'>) {
  return new ApolloClient({
    link: ApolloLink.from([createErrorLink(router), createAuthLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}
