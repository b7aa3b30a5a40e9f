import type { ApolloError, ServerError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';

/** Codes the org subgraph returns in `extensions.code` (architecture: domain codes → GraphQL). */
export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  // The gateway's answer to a request past its size limit (413): a file too large for an import.
  'PAYLOAD_TOO_LARGE',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];
export type ErrorCode = KnownErrorCode | 'UNKNOWN' | 'NETWORK';

export function normalizeCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code) ? (code as KnownErrorCode) : 'UNKNOWN';
}

export interface ErrorDescription {
  code: ErrorCode;
  title: string;
  message: string;
}

type Translate = (key: string) => string;

/**
 * Title from our translations (per code); message from the server, which already localizes by
 * Accept-Language. A missing or masked server message falls back to our generic text per code.
 */
export function describeGraphQLError(error: GraphQLFormattedError, t: Translate): ErrorDescription {
  const code = normalizeCode(error.extensions?.code);
  const serverMessage = typeof error.message === 'string' ? error.message.trim() : '';
  // Apollo masks unexpected errors as "Internal server error" in English; prefer our text then.
  const masked = code === 'UNKNOWN' && /^(internal server error|unexpected error)/i.test(serverMessage);
  return {
    code,
    title: t(`errors.title.${code}`),
    message: serverMessage && !masked ? serverMessage : t(`errors.fallback.${code}`),
  };
}

export function describeNetworkError(t: Translate, statusCode?: number): ErrorDescription {
  if (statusCode === 401) {
    return { code: 'UNAUTHENTICATED', title: t('errors.title.UNAUTHENTICATED'), message: t('errors.fallback.UNAUTHENTICATED') };
  }
  // A 413 without a JSON body (a proxy in front of the gateway said it): the limit is still ours to state.
  if (statusCode === 413) {
    return { code: 'PAYLOAD_TOO_LARGE', title: t('errors.title.PAYLOAD_TOO_LARGE'), message: t('errors.fallback.PAYLOAD_TOO_LARGE') };
  }
  return { code: 'NETWORK', title: t('errors.title.NETWORK'), message: t('errors.fallback.NETWORK') };
}

/**
 * The errors of a failed operation wherever Apollo put them: GraphQL errors of a 200 answer, or the
 * `errors` of a non-2xx JSON body (a 413 PAYLOAD_TOO_LARGE, a 401), which Apollo reports as a network
 * error. Empty when the server said nothing readable.
 */
export function operationErrors(error: Pick<ApolloError, 'graphQLErrors' | 'networkError'>): readonly GraphQLFormattedError[] {
  if (error.graphQLErrors?.length) return error.graphQLErrors;
  const result = (error.networkError as Partial<ServerError> | null | undefined)?.result;
  return (typeof result === 'object' && (result as { errors?: GraphQLFormattedError[] }).errors) || [];
}
