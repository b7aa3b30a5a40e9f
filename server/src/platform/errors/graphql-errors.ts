import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, type Locale } from './app-error';

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, TOO_MANY_REQUESTS: 429 };

/**
 * `withHttpStatus` is for errors that end a request before execution (the caller's identity):
 * they answer 401/429. Errors raised while resolving keep HTTP 200, because the gateway turns a
 * non-2xx subgraph answer into a generic error and the official would lose the message.
 */
export function toGraphQLError(error: AppError, locale: Locale, withHttpStatus = false): GraphQLError {
  const status = withHttpStatus ? HTTP_STATUS[error.code] : undefined;
  return new GraphQLError(error.message_(locale), {
    originalError: error,
    extensions: { code: error.code, ...error.details, ...(status ? { http: { status } } : {}) },
  });
}

/**
 * Gives AppErrors thrown anywhere during execution the caller's language. Done once per response
 * rather than as a resolver middleware, which would make every field of every row asynchronous.
 * The code and details already travel through `AppError.extensions`.
 */
export function localizeErrorsPlugin(): ApolloServerPlugin<{ locale: Locale }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (error.originalError instanceof AppError) error.message = error.originalError.message_(contextValue.locale);
          }
        },
      };
    },
  };
}

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Unexpected errors must not leak stack traces, SQL or internal URLs: they become a generic
 * INTERNAL_SERVER_ERROR (the full error is logged with the request id).
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return {
    message: 'Lỗi hệ thống, vui lòng thử lại sau. / Internal server error.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
