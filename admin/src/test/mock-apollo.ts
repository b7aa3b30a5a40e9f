import { ApolloClient, ApolloLink, Observable, type FetchResult } from '@apollo/client/core';
import { createCache } from '@/apollo';

export type Handler = (variables: Record<string, unknown>) => FetchResult | Promise<FetchResult>;

export interface MockCall {
  operationName: string;
  variables: Record<string, unknown>;
}

/** An Apollo client whose network is a table of handlers by operation name; records every call. */
export function createMockClient(handlers: Record<string, Handler>, extraLinks: ApolloLink[] = []) {
  const calls: MockCall[] = [];
  const terminal = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        calls.push({ operationName: operation.operationName, variables: { ...operation.variables } });
        const handler = handlers[operation.operationName];
        if (!handler) {
          observer.error(new Error(`No mock for ${operation.operationName}`));
          return;
        }
        Promise.resolve(handler(operation.variables))
          .then((result) => {
            observer.next(result);
            observer.complete();
          })
          .catch((e: unknown) => observer.error(e));
      }),
  );
  const client = new ApolloClient({ link: ApolloLink.from([...extraLinks, terminal]), cache: createCache() });
  return { client, calls };
}

let seq = 0;
export function orgUnit(over: Partial<Record<string, unknown>> & { name: string }) {
  seq++;
  return {
    __typename: 'OrgUnit',
    id: `u${seq}`,
    kind: 'COMMUNE',
    subtype: 'phường',
    code: String(10000 + seq),
    level: 1,
    isOpen: true,
    childCount: 0,
    validFrom: '2025-07-01',
    validTo: null,
    ancestors: [],
    ...over,
  };
}

export function connection(nodes: Record<string, unknown>[], hasNextPage = false) {
  return {
    __typename: 'OrgUnitConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c${nodes.length}` : null },
    edges: nodes.map((node) => ({ __typename: 'OrgUnitEdge', node })),
  };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
