import { graphql } from '../../generated';

graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    level
    scopeCode
    active
    lastLoginAt
    mustChangePassword
    rights {
      module
      rights
    }
  }
`);

export const usersQuery = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const setUserActiveMutation = graphql(`
  mutation SetUserActive($username: String!, $active: Boolean!) {
    updateUser(input: { username: $username, active: $active }) {
      ...UserRow
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserRow
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      temporaryPassword
      user {
        ...UserRow
      }
    }
  }
`);
