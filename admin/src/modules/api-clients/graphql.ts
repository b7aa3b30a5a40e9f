import { graphql } from '@/graphql/generated';

export const ApiClientRowFragment = graphql(`
  fragment ApiClientRow on ApiClient {
    id
    name
    keyPrefix
    scopes
    active
    createdAt
    lastUsedAt
    revokedAt
    createdBy {
      id
      fullName
      username
    }
  }
`);

export const ApiClientsDocument = graphql(`
  query ApiClients {
    apiClients {
      ...ApiClientRow
    }
  }
`);

export const CreateApiClientDocument = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        ...ApiClientRow
      }
    }
  }
`);

export const RevokeApiClientDocument = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      ...ApiClientRow
    }
  }
`);
