import type { ApiHarness } from '../../../test-support/api-harness.ts';

/** Every field a lifecycle test looks at, and every payload member. */
export const CLIENT_FIELDS = /* GraphQL */ `
  id clientId clientSecret clientName redirectUris grantTypes managedAtIdp updatedAt
  management { canUpdate canRotateSecret canDeleteAtIdp updateRotatesSecret limitation }
  owner { email }
`;

/** The create, update and rotate mutations, each returning `fields` of the client. */
export function clientMutations(fields: string) {
  return {
    CREATE: /* GraphQL */ `
      mutation Create($input: CreateOAuthClientInput!) {
        createOAuthClient(input: $input) {
          __typename
          ... on CreateOAuthClientSuccess { client { ${fields} } }
          ... on ValidationError { message fieldErrors { path message } }
          ... on IdpRegistrationError { error message path }
        }
      }
    `,
    UPDATE: /* GraphQL */ `
      mutation Update($input: UpdateOAuthClientInput!) {
        updateOAuthClient(input: $input) {
          __typename
          ... on UpdateOAuthClientSuccess { secretChanged client { ${fields} } }
          ... on ValidationError { message fieldErrors { path message } }
          ... on IdpRegistrationError { error message path }
          ... on IdpOperationUnsupportedError { message }
        }
      }
    `,
    ROTATE: /* GraphQL */ `
      mutation Rotate($input: RotateOAuthClientSecretInput!) {
        rotateOAuthClientSecret(input: $input) {
          __typename
          ... on RotateOAuthClientSecretSuccess { client { ${fields} } }
          ... on IdpRegistrationError { error message path }
          ... on IdpOperationUnsupportedError { message }
        }
      }
    `,
  };
}

export const { CREATE, UPDATE, ROTATE } = clientMutations(CLIENT_FIELDS);

export const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteOAuthClientInput!) {
    deleteOAuthClient(input: $input) {
      __typename
      ... on DeleteOAuthClientSuccess { deletedId deletedAtIdp }
      ... on IdpRegistrationError { error message path }
      ... on IdpOperationUnsupportedError { message }
    }
  }
`;

export const CLEANUPS = /* GraphQL */ `
  { idpCleanups { edges { node { id state clientName clientId canDeleteAtIdp problem developer { email } } } } }
`;

export const RESOLVE_CLEANUP = /* GraphQL */ `
  mutation Resolve($input: ResolveIdpCleanupInput!) {
    resolveIdpCleanup(input: $input) {
      __typename
      ... on ResolveIdpCleanupSuccess { resolvedId }
      ... on IdpRegistrationError { error message }
      ... on IdpOperationUnsupportedError { message }
    }
  }
`;

export async function curityDemoApiId(h: ApiHarness, cookie: string): Promise<string> {
  const { data } = await h.gql('{ catalogue { id publicName } }', {}, cookie);
  return data!.catalogue.find((e: { publicName: string }) => e.publicName === 'Curity Demo API').id;
}

/** Creates a client through the API as the developer behind `cookie`; fails the test otherwise. */
export async function createClient(h: ApiHarness, cookie: string, overrides: Record<string, unknown> = {}) {
  const input = {
    catalogueEntryIds: [await curityDemoApiId(h, cookie)],
    clientName: 'Lifecycle App',
    redirectUris: ['http://localhost:7777', 'https://oauth.tools/callback/code'],
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  };
  const { data, errors } = await h.gql(CREATE, { input }, cookie);
  if (data?.createOAuthClient.__typename !== 'CreateOAuthClientSuccess') throw new Error(`create failed: ${JSON.stringify(data ?? errors)}`);
  return data.createOAuthClient.client as { id: string; clientId: string; clientSecret: string; redirectUris: string[] };
}

/** A developer account of its own, so tests do not see each other's clients. */
export async function newDeveloper(h: ApiHarness, name = 'Lifecycle Dev'): Promise<{ cookie: string; email: string }> {
  const email = `${crypto.randomUUID()}@example.com`;
  await h.api.services.auth.createUser({ email, name, role: 'DEVELOPER', password: 'lifecycle-password' });
  return { cookie: await h.signIn(email, 'lifecycle-password'), email };
}

/** RFC 6749 section 4.4 at the IdP itself: do these credentials work there? */
export async function tokenStatus(h: ApiHarness, clientId: string, clientSecret: string): Promise<number> {
  const res = await fetch(h.idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  return res.status;
}

/** RFC 7592 section 2.1 GET at the IdP with the registration access token the portal stored. */
export async function readAtIdp(h: ApiHarness, id: string) {
  const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id } });
  const res = await fetch(row.registrationClientUri!, {
    headers: { authorization: `Bearer ${h.api.services.secrets.open(row.registrationAccessTokenEnc!)}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
