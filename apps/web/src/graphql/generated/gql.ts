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
    "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ApiRow_api on Api {\n    id\n    name\n    listenPath\n    upstreamUrl\n    jwksUri\n    active\n    gatewayUrl\n  }\n": typeof types.ApiRow_ApiFragmentDoc,
    "\n  query ApisRoute($first: Int!) {\n    apis(first: $first) {\n      edges {\n        node {\n          id\n          ...ApiRow_api\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApisRouteDocument,
    "\n  fragment CatalogueCard_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n    policy {\n      id\n      name\n      rateLimitRequests\n      rateLimitPeriodSeconds\n      quotaMax\n      quotaRenewalSeconds\n      keyExpiresInSeconds\n    }\n  }\n": typeof types.CatalogueCard_EntryFragmentDoc,
    "\n  query CatalogueRoute {\n    catalogue {\n      id\n      ...CatalogueCard_entry\n    }\n  }\n": typeof types.CatalogueRouteDocument,
    "\n  fragment ClientRow_client on OAuthClient {\n    id\n    clientName\n    clientId\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n": typeof types.ClientRow_ClientFragmentDoc,
    "\n  query ClientsRoute($first: Int!) {\n    myOAuthClients(first: $first) {\n      edges {\n        node {\n          id\n          ...ClientRow_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ClientsRouteDocument,
    "\n  query ClientDetailsRoute($id: ID!) {\n    oauthClient(id: $id) {\n      id\n      clientName\n      ...ClientDetails_client\n    }\n  }\n": typeof types.ClientDetailsRouteDocument,
    "\n  fragment ClientDetails_client on OAuthClient {\n    id\n    clientId\n    clientSecret\n    clientSecretExpiresAt\n    clientName\n    redirectUris\n    grantTypes\n    responseTypes\n    tokenEndpointAuthMethod\n    tokenEndpoint\n    provider\n    managedAtIdp\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n": typeof types.ClientDetails_ClientFragmentDoc,
    "\n  query CreateClientRoute {\n    catalogue {\n      id\n      ...SelectApisStep_entry\n    }\n  }\n": typeof types.CreateClientRouteDocument,
    "\n  mutation CreateOAuthClient($input: CreateOAuthClientInput!) {\n    createOAuthClient(input: $input) {\n      __typename\n      ... on CreateOAuthClientSuccess {\n        client {\n          id\n          ...ClientDetails_client\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on IdpRegistrationError {\n        error\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateOAuthClientDocument,
    "\n  fragment SelectApisStep_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n  }\n": typeof types.SelectApisStep_EntryFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment ApiRow_api on Api {\n    id\n    name\n    listenPath\n    upstreamUrl\n    jwksUri\n    active\n    gatewayUrl\n  }\n": types.ApiRow_ApiFragmentDoc,
    "\n  query ApisRoute($first: Int!) {\n    apis(first: $first) {\n      edges {\n        node {\n          id\n          ...ApiRow_api\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ApisRouteDocument,
    "\n  fragment CatalogueCard_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n    policy {\n      id\n      name\n      rateLimitRequests\n      rateLimitPeriodSeconds\n      quotaMax\n      quotaRenewalSeconds\n      keyExpiresInSeconds\n    }\n  }\n": types.CatalogueCard_EntryFragmentDoc,
    "\n  query CatalogueRoute {\n    catalogue {\n      id\n      ...CatalogueCard_entry\n    }\n  }\n": types.CatalogueRouteDocument,
    "\n  fragment ClientRow_client on OAuthClient {\n    id\n    clientName\n    clientId\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n": types.ClientRow_ClientFragmentDoc,
    "\n  query ClientsRoute($first: Int!) {\n    myOAuthClients(first: $first) {\n      edges {\n        node {\n          id\n          ...ClientRow_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ClientsRouteDocument,
    "\n  query ClientDetailsRoute($id: ID!) {\n    oauthClient(id: $id) {\n      id\n      clientName\n      ...ClientDetails_client\n    }\n  }\n": types.ClientDetailsRouteDocument,
    "\n  fragment ClientDetails_client on OAuthClient {\n    id\n    clientId\n    clientSecret\n    clientSecretExpiresAt\n    clientName\n    redirectUris\n    grantTypes\n    responseTypes\n    tokenEndpointAuthMethod\n    tokenEndpoint\n    provider\n    managedAtIdp\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n": types.ClientDetails_ClientFragmentDoc,
    "\n  query CreateClientRoute {\n    catalogue {\n      id\n      ...SelectApisStep_entry\n    }\n  }\n": types.CreateClientRouteDocument,
    "\n  mutation CreateOAuthClient($input: CreateOAuthClientInput!) {\n    createOAuthClient(input: $input) {\n      __typename\n      ... on CreateOAuthClientSuccess {\n        client {\n          id\n          ...ClientDetails_client\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on IdpRegistrationError {\n        error\n        message\n        path\n      }\n    }\n  }\n": types.CreateOAuthClientDocument,
    "\n  fragment SelectApisStep_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n  }\n": types.SelectApisStep_EntryFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignInDocument,
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
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiRow_api on Api {\n    id\n    name\n    listenPath\n    upstreamUrl\n    jwksUri\n    active\n    gatewayUrl\n  }\n"): (typeof documents)["\n  fragment ApiRow_api on Api {\n    id\n    name\n    listenPath\n    upstreamUrl\n    jwksUri\n    active\n    gatewayUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApisRoute($first: Int!) {\n    apis(first: $first) {\n      edges {\n        node {\n          id\n          ...ApiRow_api\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApisRoute($first: Int!) {\n    apis(first: $first) {\n      edges {\n        node {\n          id\n          ...ApiRow_api\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueCard_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n    policy {\n      id\n      name\n      rateLimitRequests\n      rateLimitPeriodSeconds\n      quotaMax\n      quotaRenewalSeconds\n      keyExpiresInSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueCard_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n    policy {\n      id\n      name\n      rateLimitRequests\n      rateLimitPeriodSeconds\n      quotaMax\n      quotaRenewalSeconds\n      keyExpiresInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueRoute {\n    catalogue {\n      id\n      ...CatalogueCard_entry\n    }\n  }\n"): (typeof documents)["\n  query CatalogueRoute {\n    catalogue {\n      id\n      ...CatalogueCard_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientRow_client on OAuthClient {\n    id\n    clientName\n    clientId\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n"): (typeof documents)["\n  fragment ClientRow_client on OAuthClient {\n    id\n    clientName\n    clientId\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsRoute($first: Int!) {\n    myOAuthClients(first: $first) {\n      edges {\n        node {\n          id\n          ...ClientRow_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsRoute($first: Int!) {\n    myOAuthClients(first: $first) {\n      edges {\n        node {\n          id\n          ...ClientRow_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetailsRoute($id: ID!) {\n    oauthClient(id: $id) {\n      id\n      clientName\n      ...ClientDetails_client\n    }\n  }\n"): (typeof documents)["\n  query ClientDetailsRoute($id: ID!) {\n    oauthClient(id: $id) {\n      id\n      clientName\n      ...ClientDetails_client\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDetails_client on OAuthClient {\n    id\n    clientId\n    clientSecret\n    clientSecretExpiresAt\n    clientName\n    redirectUris\n    grantTypes\n    responseTypes\n    tokenEndpointAuthMethod\n    tokenEndpoint\n    provider\n    managedAtIdp\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n"): (typeof documents)["\n  fragment ClientDetails_client on OAuthClient {\n    id\n    clientId\n    clientSecret\n    clientSecretExpiresAt\n    clientName\n    redirectUris\n    grantTypes\n    responseTypes\n    tokenEndpointAuthMethod\n    tokenEndpoint\n    provider\n    managedAtIdp\n    createdAt\n    apis {\n      id\n      publicName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreateClientRoute {\n    catalogue {\n      id\n      ...SelectApisStep_entry\n    }\n  }\n"): (typeof documents)["\n  query CreateClientRoute {\n    catalogue {\n      id\n      ...SelectApisStep_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOAuthClient($input: CreateOAuthClientInput!) {\n    createOAuthClient(input: $input) {\n      __typename\n      ... on CreateOAuthClientSuccess {\n        client {\n          id\n          ...ClientDetails_client\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on IdpRegistrationError {\n        error\n        message\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOAuthClient($input: CreateOAuthClientInput!) {\n    createOAuthClient(input: $input) {\n      __typename\n      ... on CreateOAuthClientSuccess {\n        client {\n          id\n          ...ClientDetails_client\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on IdpRegistrationError {\n        error\n        message\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelectApisStep_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n  }\n"): (typeof documents)["\n  fragment SelectApisStep_entry on CatalogueEntry {\n    id\n    publicName\n    description\n    dcrEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;