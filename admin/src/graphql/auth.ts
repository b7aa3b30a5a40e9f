import { graphql } from './generated';

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    username
    fullName
    roles
    unit {
      id
      name
      kind
    }
  }
`);
