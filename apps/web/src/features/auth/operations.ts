import { graphql } from '../../generated';

graphql(`
  fragment CurrentUser on User {
    id
    username
    displayName
    level
    scopeCode
    active
    mustChangePassword
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
      mustChangePassword
      user {
        ...CurrentUser
      }
    }
  }
`);

/** One's own new password: answers a fresh token (the sessions before it end) and the user, no longer obliged. */
export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      expiresIn
      mustChangePassword
      user {
        ...CurrentUser
      }
    }
  }
`);
