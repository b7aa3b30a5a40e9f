import type { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Whether an error means "the id in the address names nothing": NOT_FOUND, or a malformed id
 * (BAD_USER_INPUT on an id argument). Pages that show their own not-found state pass
 * `context: NOT_FOUND_INLINE` so the error link does not also raise a toast for it.
 */
export function isNotFoundError(error: Pick<GraphQLFormattedError, 'extensions'>): boolean {
  const code = error.extensions?.code;
  if (code === 'NOT_FOUND') return true;
  const argument = error.extensions?.argument;
  return code === 'BAD_USER_INPUT' && typeof argument === 'string' && /^(id|\w+Id)$/.test(argument);
}

export function isNotFound(error: ApolloError | null | undefined): boolean {
  return !!error?.graphQLErrors?.some((e) => isNotFoundError(e));
}

export const NOT_FOUND_INLINE = { notFoundInline: true } as const;
