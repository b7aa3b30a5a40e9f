import { graphql } from './generated';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    username
    fullName
    email
    roles
    active
    lockedUntil
    lastLoginAt
    unit {
      id
      name
      kind
    }
  }
`);

export const UserListDocument = graphql(`
  query UserList($unitId: ID, $search: String, $first: Int, $after: String) {
    users(unitId: $unitId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($id: ID!, $password: String!) {
    resetUserPassword(id: $id, password: $password) {
      id
    }
  }
`);

export const UnlockUserDocument = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserRow
    }
  }
`);
