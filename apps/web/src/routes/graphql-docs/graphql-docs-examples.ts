/**
 * The example operations of the GraphQL API page (issue 6: the common automations). Plain
 * strings, not `graphql()` documents: they are shown and sent to the explorer, never run by
 * the SPA. graphql-docs-examples.test.ts validates each against the API's committed schema
 * (apps/api/schema.graphql), so a schema change that breaks an example fails CI.
 */
export interface GraphqlExample {
  /** Anchor on the page, for example `publish-api`. */
  id: string;
  title: string;
  /** What it does and when to use it; plain text. */
  description: string;
  /** Who may run it. */
  audience: 'admin' | 'developer' | 'any';
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphqlExampleGroup {
  id: string;
  title: string;
  intro: string;
  examples: GraphqlExample[];
}

const validationErrorFields = `... on ValidationError {
      message
      fieldErrors {
        path
        message
      }
    }`;

const ISSUER = 'http://127.0.0.1:4100/oauth/v2/oauth-anonymous';

export const whoAmI: GraphqlExample = {
  id: 'who-am-i',
  title: 'Check the token',
  description: 'Returns the user the token acts as. A quick way to see that the Authorization header works.',
  audience: 'any',
  query: `query WhoAmI {
  me {
    id
    name
    email
    role
  }
}
`,
};

export const EXAMPLE_GROUPS: GraphqlExampleGroup[] = [
  {
    id: 'publish-api',
    title: 'Publish an API with DCR settings',
    intro:
      'What System Management and Portal Management do in the browser, in four calls with an ADMIN token: read the identity provider’s metadata, add the API to the gateway, grant it with a policy, and publish it to the catalogue with its own Dynamic Client Registration (RFC 7591) settings. Each mutation answers with the new object or a ValidationError whose paths mirror the input.',
    examples: [
      {
        id: 'discover-idp',
        title: '1. Discover the identity provider',
        description: 'Reads the OpenID Provider Configuration: the JWKS URI for the gateway and the registration endpoint for DCR.',
        audience: 'admin',
        query: `query DiscoverIdentityProvider($url: String!) {
  discoverIdentityProvider(url: $url) {
    __typename
    ... on IdentityProviderDiscovery {
      issuer
      jwksUri
      registrationEndpoint
      tokenEndpoint
      grantTypesSupported
    }
    ... on DiscoveryFailedError {
      message
    }
    ${validationErrorFields}
  }
}
`,
        variables: { url: ISSUER },
      },
      {
        id: 'create-api',
        title: '2. Add the API to the gateway',
        description: 'The gateway serves it under listenPath and checks each bearer JWT against the JWKS.',
        audience: 'admin',
        query: `mutation CreateApi($input: CreateApiInput!) {
  createApi(input: $input) {
    __typename
    ... on CreateApiSuccess {
      api {
        id
        name
        listenPath
      }
    }
    ${validationErrorFields}
  }
}
`,
        variables: {
          input: {
            name: 'orders-api',
            listenPath: '/orders-api/',
            upstreamUrl: 'http://127.0.0.1:4200/',
            jwksUri: `${ISSUER}/jwks`,
            issuer: ISSUER,
          },
        },
      },
      {
        id: 'create-policy',
        title: '3. Grant it with a policy',
        description: 'Clients of a catalogue API get its policy: the APIs they may call, a rate limit and a quota. Use the API id from step 2.',
        audience: 'admin',
        query: `mutation CreatePolicy($input: CreatePolicyInput!) {
  createPolicy(input: $input) {
    __typename
    ... on CreatePolicySuccess {
      policy {
        id
        name
      }
    }
    ${validationErrorFields}
  }
}
`,
        variables: {
          input: { name: 'Orders API: 100 per minute', apiIds: ['<api id>'], rateLimitRequests: 100, rateLimitPeriodSeconds: 60 },
        },
      },
      {
        id: 'create-catalogue-entry',
        title: '4. Publish it to the catalogue with DCR settings',
        description:
          'overrideGlobalSettings with dcr gives this API its own registration settings; without them it uses the portal’s global settings. Use the policy id from step 3 and the registration endpoint from step 1.',
        audience: 'admin',
        query: `mutation CreateCatalogueEntry($input: CreateCatalogueEntryInput!) {
  createCatalogueEntry(input: $input) {
    __typename
    ... on CreateCatalogueEntrySuccess {
      entry {
        id
        publicName
        dcrEnabled
        effectiveDcr {
          source
          settings {
            provider
            grantTypes
            clientRegistrationEndpoint
          }
        }
      }
    }
    ${validationErrorFields}
  }
}
`,
        variables: {
          input: {
            publicName: 'Orders API',
            description: 'Orders and their status.',
            policyId: '<policy id>',
            visible: true,
            overrideGlobalSettings: true,
            dcr: {
              enabled: true,
              provider: 'CURITY',
              grantTypes: ['client_credentials', 'authorization_code'],
              tokenEndpointAuthMethod: 'client_secret_basic',
              responseTypes: ['code'],
              identityProviderHost: ISSUER,
              clientRegistrationEndpoint: `${ISSUER}/reg`,
            },
          },
        },
      },
    ],
  },
  {
    id: 'provision-client',
    title: 'Provision a client for a developer',
    intro:
      'With an ADMIN token, create the client on a developer’s behalf: find the developer, then create the client with developerId. The portal registers it at the identity provider, as the wizard does; the developer owns it and alone sees its secret, on the client’s page. A developer can do the same for themself with a personal token, leaving developerId out. A refusal by the identity provider comes back as IdpRegistrationError with the RFC 7591 error code.',
    examples: [
      {
        id: 'list-developers',
        title: '1. Find the developer',
        description: 'Developers with their ids; page with first and after.',
        audience: 'admin',
        query: `query Developers($first: Int, $after: String) {
  developers(first: $first, after: $after) {
    edges {
      node {
        id
        email
        name
        active
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
        variables: { first: 50 },
      },
      {
        id: 'list-catalogue',
        title: '2. Find the catalogue APIs',
        description: 'The published APIs with their ids and whether developers can create clients for them.',
        audience: 'admin',
        query: `query CatalogueEntries {
  catalogueEntries(first: 50) {
    edges {
      node {
        id
        publicName
        dcrEnabled
        visible
      }
    }
  }
}
`,
      },
      {
        id: 'create-client',
        title: '3. Create the client',
        description:
          'idempotencyKey makes a retried request register one client, not two: use a new random value per client. redirectUris is a list with one entry per URL; a field error’s path names the entry, for example redirectUris.1.',
        audience: 'admin',
        query: `mutation CreateOAuthClient($input: CreateOAuthClientInput!) {
  createOAuthClient(input: $input) {
    __typename
    ... on CreateOAuthClientSuccess {
      client {
        id
        clientId
        clientName
        tokenEndpoint
        grantTypes
        owner {
          email
        }
      }
    }
    ${validationErrorFields}
    ... on IdpRegistrationError {
      error
      message
      path
    }
  }
}
`,
        variables: {
          input: {
            developerId: '<developer id>',
            catalogueEntryIds: ['<catalogue entry id>'],
            clientName: 'Orders sync',
            redirectUris: ['https://app.example.com/callback', 'http://localhost:7777'],
            idempotencyKey: 'orders-sync-5f2c9a',
          },
        },
      },
    ],
  },
  {
    id: 'list-clients',
    title: 'List clients with usage',
    intro:
      'With an ADMIN or READ_ONLY token, oauthClients lists every developer’s clients; with a personal token, myOAuthClients lists the developer’s own. Usage comes from the gateway’s counters; when the gateway cannot be asked, usage is a UsageUnavailable that says why. Page with first (at most 100) and after: pageInfo.endCursor.',
    examples: [
      {
        id: 'list-clients-usage',
        title: 'Every client with its calls',
        description: 'Clients newest first, with their owner, APIs and calls through the gateway by status class.',
        audience: 'admin',
        query: `query ClientsWithUsage($first: Int, $after: String) {
  oauthClients(first: $first, after: $after) {
    edges {
      node {
        id
        clientName
        clientId
        owner {
          email
        }
        apis {
          publicName
        }
        usage {
          __typename
          ... on ClientUsage {
            requests
            status2xx
            status4xx
            status5xx
            lastRequestAt
          }
          ... on UsageUnavailable {
            message
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
        variables: { first: 25 },
      },
      {
        id: 'my-clients-usage',
        title: 'A developer’s own clients',
        description: 'The same with a personal token.',
        audience: 'developer',
        query: `query MyClientsWithUsage {
  myOAuthClients(first: 50) {
    edges {
      node {
        id
        clientName
        clientId
        usage {
          __typename
          ... on ClientUsage {
            requests
            status2xx
            status4xx
          }
          ... on UsageUnavailable {
            message
          }
        }
      }
    }
  }
}
`,
      },
    ],
  },
];

/** Every example on the page, for the schema test and the explorer links. */
export const ALL_EXAMPLES: GraphqlExample[] = [whoAmI, ...EXAMPLE_GROUPS.flatMap((g) => g.examples)];
