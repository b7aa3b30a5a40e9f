import { graphql } from './generated';

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
