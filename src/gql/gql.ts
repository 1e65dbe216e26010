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
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": typeof types.TestGroupsDocument,
};
const documents: Documents = {
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": types.TestGroupsDocument,
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
export function graphql(source: "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"): (typeof documents)["\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;