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
  'fragment OrganizationRow on Organization {\n  id\n  name\n  kind\n  creditCode\n  contactName\n  contactPhone\n  notes\n  active\n  userCount\n  updatedAt\n  version\n}\n\nquery Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationRow\n      }\n    }\n  }\n}\n\nquery OrganizationOptions($search: String) {\n  organizations(first: 50, filter: {search: $search, active: true}) {\n    edges {\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}\n\nmutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation SetOrganizationActive($input: SetOrganizationActiveInput!) {\n  setOrganizationActive(input: $input) {\n    ...OrganizationRow\n  }\n}': typeof types.OrganizationRowFragmentDoc;
  'query ReferenceData {\n  industries {\n    code\n    name\n    nameEn\n    leading\n    sortOrder\n    segments {\n      code\n      name\n      nameEn\n      sortOrder\n    }\n  }\n  tags {\n    code\n    name\n    nameEn\n    group\n    sortOrder\n  }\n  places {\n    code\n    name\n    nameEn\n    kind\n    sortOrder\n  }\n}': typeof types.ReferenceDataDocument;
  'fragment UserRow on User {\n  id\n  username\n  displayName\n  role\n  active\n  phone\n  email\n  organization {\n    id\n    name\n  }\n  lastLoginAt\n  createdAt\n  version\n}\n\nquery Users($first: Int!, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation SetUserActive($input: SetUserActiveInput!) {\n  setUserActive(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n    version\n  }\n}': typeof types.UserRowFragmentDoc;
  'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n}': typeof types.LoginDocument;
  'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  role\n  organization {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}': typeof types.CurrentUserFragmentDoc;
};
const documents: Documents = {
  'fragment OrganizationRow on Organization {\n  id\n  name\n  kind\n  creditCode\n  contactName\n  contactPhone\n  notes\n  active\n  userCount\n  updatedAt\n  version\n}\n\nquery Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationRow\n      }\n    }\n  }\n}\n\nquery OrganizationOptions($search: String) {\n  organizations(first: 50, filter: {search: $search, active: true}) {\n    edges {\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}\n\nmutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation SetOrganizationActive($input: SetOrganizationActiveInput!) {\n  setOrganizationActive(input: $input) {\n    ...OrganizationRow\n  }\n}':
    types.OrganizationRowFragmentDoc,
  'query ReferenceData {\n  industries {\n    code\n    name\n    nameEn\n    leading\n    sortOrder\n    segments {\n      code\n      name\n      nameEn\n      sortOrder\n    }\n  }\n  tags {\n    code\n    name\n    nameEn\n    group\n    sortOrder\n  }\n  places {\n    code\n    name\n    nameEn\n    kind\n    sortOrder\n  }\n}':
    types.ReferenceDataDocument,
  'fragment UserRow on User {\n  id\n  username\n  displayName\n  role\n  active\n  phone\n  email\n  organization {\n    id\n    name\n  }\n  lastLoginAt\n  createdAt\n  version\n}\n\nquery Users($first: Int!, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation SetUserActive($input: SetUserActiveInput!) {\n  setUserActive(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n    version\n  }\n}':
    types.UserRowFragmentDoc,
  'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n}':
    types.LoginDocument,
  'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  role\n  organization {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}':
    types.CurrentUserFragmentDoc,
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
export function graphql(
  source: 'fragment OrganizationRow on Organization {\n  id\n  name\n  kind\n  creditCode\n  contactName\n  contactPhone\n  notes\n  active\n  userCount\n  updatedAt\n  version\n}\n\nquery Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationRow\n      }\n    }\n  }\n}\n\nquery OrganizationOptions($search: String) {\n  organizations(first: 50, filter: {search: $search, active: true}) {\n    edges {\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}\n\nmutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation SetOrganizationActive($input: SetOrganizationActiveInput!) {\n  setOrganizationActive(input: $input) {\n    ...OrganizationRow\n  }\n}',
): (typeof documents)['fragment OrganizationRow on Organization {\n  id\n  name\n  kind\n  creditCode\n  contactName\n  contactPhone\n  notes\n  active\n  userCount\n  updatedAt\n  version\n}\n\nquery Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationRow\n      }\n    }\n  }\n}\n\nquery OrganizationOptions($search: String) {\n  organizations(first: 50, filter: {search: $search, active: true}) {\n    edges {\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}\n\nmutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}\n\nmutation SetOrganizationActive($input: SetOrganizationActiveInput!) {\n  setOrganizationActive(input: $input) {\n    ...OrganizationRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReferenceData {\n  industries {\n    code\n    name\n    nameEn\n    leading\n    sortOrder\n    segments {\n      code\n      name\n      nameEn\n      sortOrder\n    }\n  }\n  tags {\n    code\n    name\n    nameEn\n    group\n    sortOrder\n  }\n  places {\n    code\n    name\n    nameEn\n    kind\n    sortOrder\n  }\n}',
): (typeof documents)['query ReferenceData {\n  industries {\n    code\n    name\n    nameEn\n    leading\n    sortOrder\n    segments {\n      code\n      name\n      nameEn\n      sortOrder\n    }\n  }\n  tags {\n    code\n    name\n    nameEn\n    group\n    sortOrder\n  }\n  places {\n    code\n    name\n    nameEn\n    kind\n    sortOrder\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment UserRow on User {\n  id\n  username\n  displayName\n  role\n  active\n  phone\n  email\n  organization {\n    id\n    name\n  }\n  lastLoginAt\n  createdAt\n  version\n}\n\nquery Users($first: Int!, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation SetUserActive($input: SetUserActiveInput!) {\n  setUserActive(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n    version\n  }\n}',
): (typeof documents)['fragment UserRow on User {\n  id\n  username\n  displayName\n  role\n  active\n  phone\n  email\n  organization {\n    id\n    name\n  }\n  lastLoginAt\n  createdAt\n  version\n}\n\nquery Users($first: Int!, $after: String, $filter: UserFilter) {\n  users(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}\n\nmutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation SetUserActive($input: SetUserActiveInput!) {\n  setUserActive(input: $input) {\n    ...UserRow\n  }\n}\n\nmutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    id\n    version\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n}',
): (typeof documents)['mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...CurrentUser\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CurrentUser on User {\n  id\n  username\n  displayName\n  role\n  organization {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}',
): (typeof documents)['fragment CurrentUser on User {\n  id\n  username\n  displayName\n  role\n  organization {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
