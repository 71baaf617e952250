import { graphql } from '../../generated';

graphql(`
  fragment CurrentUser on User {
    id
    username
    displayName
    level
    scopeCode
    active
    rights {
      module
      rights
    }
  }
`);

/** Who is logged in, and the fiscal year the header shows. */
export const sessionQuery = graphql(`
  query Session {
    me {
      ...CurrentUser
    }
    currentFiscalYear
  }
`);

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      expiresIn
      user {
        ...CurrentUser
      }
    }
  }
`);
