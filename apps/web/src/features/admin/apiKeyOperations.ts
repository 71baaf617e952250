import { graphql } from '../../generated';

/** Days of use the keys page shows per key (the API's default, stated so the page can say it). */
export const USAGE_DAYS = 30;

/** A key as the keys page lists it: what it may read, until when, and its use per day over USAGE_DAYS days. */
graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    keyPrefix
    createdAt
    createdBy
    lastUsedAt
    revokedAt
    expiresAt
    provinceCode
    rights {
      module
      rights
    }
    usage(days: 30) {
      day
      requests
      refusals
    }
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
