/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n": typeof types.SessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      code\n      nameTh\n      nameEn\n      type\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n      district {\n        code\n        nameTh\n        nameEn\n      }\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.LaoProfileDocument,
    "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      code\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n    }\n  }\n": typeof types.UpdateLocalAuthorityContactsDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameTh\n          nameEn\n          type\n          website\n          district {\n            code\n            nameTh\n            nameEn\n          }\n          province {\n            code\n            nameTh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.LocalAuthoritiesDocument,
};
const documents: Documents = {
    "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n": types.SessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      code\n      nameTh\n      nameEn\n      type\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n      district {\n        code\n        nameTh\n        nameEn\n      }\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.LaoProfileDocument,
    "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      code\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n    }\n  }\n": types.UpdateLocalAuthorityContactsDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.ProvincesDocument,
    "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameTh\n          nameEn\n          type\n          website\n          district {\n            code\n            nameTh\n            nameEn\n          }\n          province {\n            code\n            nameTh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.LocalAuthoritiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($username: String!, $active: Boolean!) {\n    updateUser(input: { username: $username, active: $active }) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    keyPrefix\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    username\n    displayName\n    level\n    scopeCode\n    active\n    rights {\n      module\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...CurrentUser\n    }\n    currentFiscalYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresIn\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      code\n      nameTh\n      nameEn\n      type\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n      district {\n        code\n        nameTh\n        nameEn\n      }\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaoProfile($code: String!) {\n    localAuthority(code: $code) {\n      code\n      nameTh\n      nameEn\n      type\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n      district {\n        code\n        nameTh\n        nameEn\n      }\n      province {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      code\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {\n    updateLocalAuthorityContacts(input: $input) {\n      code\n      website\n      updatedAt\n      infoAdmins {\n        name\n        position\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      nameTh\n      nameEn\n      districts {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameTh\n          nameEn\n          type\n          website\n          district {\n            code\n            nameTh\n            nameEn\n          }\n          province {\n            code\n            nameTh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthorities($filter: LocalAuthorityFilter, $first: Int, $after: String) {\n    localAuthorities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameTh\n          nameEn\n          type\n          website\n          district {\n            code\n            nameTh\n            nameEn\n          }\n          province {\n            code\n            nameTh\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;