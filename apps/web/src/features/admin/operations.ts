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

graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    keyPrefix
    createdAt
    createdBy
    lastUsedAt
    revokedAt
  }
`);

export const apiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyRow
    }
  }
`);

export const createApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeyRow
      }
    }
  }
`);

export const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(input: { id: $id }) {
      ...ApiKeyRow
    }
  }
`);
