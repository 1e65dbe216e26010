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
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            isDefault\n            joinUrl\n            destinationUrl\n            commissionRate\n            applicationFormEnabled\n            partnershipCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramGroupsDocument,
    "\n  query PartnersPage($slug: String!, $after: String) {\n    program(slug: $slug) {\n      id\n      name\n      partnerships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            invited\n            partnerKey\n            createdAt\n            partner {\n              id\n              name\n            }\n            primaryContact {\n              id\n              name\n              email\n            }\n            group {\n              id\n              name\n            }\n            programManager {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersPageDocument,
    "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": typeof types.ProgramApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      slug\n      websiteUrl\n      linkParameters\n      inviteExpiryDays\n      defaultGroup {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProgramSettingsDocument,
    "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAddPartnerDocument,
    "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n": typeof types.TestApiKeyOwnProgramDocument,
    "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n": typeof types.TestApiKeyProgramBySlugDocument,
    "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n": typeof types.TestApiKeyViewerDocument,
    "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCreateApiKeyDocument,
    "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRevokeApiKeyDocument,
    "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n": typeof types.TestApiKeysDocument,
    "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n": typeof types.TestErrorsCreateGroupDocument,
    "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n": typeof types.TestErrorsGroupsDocument,
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": typeof types.TestGroupsDocument,
    "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n": typeof types.TestSignInViewerDocument,
};
const documents: Documents = {
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            isDefault\n            joinUrl\n            destinationUrl\n            commissionRate\n            applicationFormEnabled\n            partnershipCount\n          }\n        }\n      }\n    }\n  }\n": types.ProgramGroupsDocument,
    "\n  query PartnersPage($slug: String!, $after: String) {\n    program(slug: $slug) {\n      id\n      name\n      partnerships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            invited\n            partnerKey\n            createdAt\n            partner {\n              id\n              name\n            }\n            primaryContact {\n              id\n              name\n              email\n            }\n            group {\n              id\n              name\n            }\n            programManager {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartnersPageDocument,
    "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": types.ProgramApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      slug\n      websiteUrl\n      linkParameters\n      inviteExpiryDays\n      defaultGroup {\n        id\n        name\n      }\n    }\n  }\n": types.ProgramSettingsDocument,
    "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": types.TestAddPartnerDocument,
    "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n": types.TestApiKeyOwnProgramDocument,
    "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n": types.TestApiKeyProgramBySlugDocument,
    "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n": types.TestApiKeyViewerDocument,
    "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": types.TestCreateApiKeyDocument,
    "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": types.TestRevokeApiKeyDocument,
    "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n": types.TestApiKeysDocument,
    "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n": types.TestErrorsCreateGroupDocument,
    "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n": types.TestErrorsGroupsDocument,
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": types.TestGroupsDocument,
    "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n": types.TestSignInViewerDocument,
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
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            isDefault\n            joinUrl\n            destinationUrl\n            commissionRate\n            applicationFormEnabled\n            partnershipCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            isDefault\n            joinUrl\n            destinationUrl\n            commissionRate\n            applicationFormEnabled\n            partnershipCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPage($slug: String!, $after: String) {\n    program(slug: $slug) {\n      id\n      name\n      partnerships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            invited\n            partnerKey\n            createdAt\n            partner {\n              id\n              name\n            }\n            primaryContact {\n              id\n              name\n              email\n            }\n            group {\n              id\n              name\n            }\n            programManager {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersPage($slug: String!, $after: String) {\n    program(slug: $slug) {\n      id\n      name\n      partnerships(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            invited\n            partnerKey\n            createdAt\n            partner {\n              id\n              name\n            }\n            primaryContact {\n              id\n              name\n              email\n            }\n            group {\n              id\n              name\n            }\n            programManager {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        active\n        revokedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      slug\n      websiteUrl\n      linkParameters\n      inviteExpiryDays\n      defaultGroup {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      slug\n      websiteUrl\n      linkParameters\n      inviteExpiryDays\n      defaultGroup {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n"): (typeof documents)["\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n"): (typeof documents)["\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n"): (typeof documents)["\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n"): (typeof documents)["\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n"): (typeof documents)["\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"): (typeof documents)["\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n"): (typeof documents)["\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;