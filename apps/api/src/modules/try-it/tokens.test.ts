import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.ts';
import { hashPassword } from '../auth/password.ts';
import { signInAtEmbeddedIdp } from '../idp-consents/test-support/sign-in-at-embedded-idp.ts';
import { CLIENT_CREDENTIALS, EXCHANGE, START } from './test-support/try-it-operations.ts';

// Getting a token from the portal (issue 6), against the real embedded IdP: client credentials,
// authorization code with PKCE both ways, the IdP's refusals as data, and only the owner.

const OPTIONS = `query($id: ID!) { oauthClient(id: $id) { redirectUris tryIt { clientCredentials authorizationCode portalCallbackUrl portalCallbackRegistered unavailableReason apis { name listenPath gatewayUrl } } } }`;

let h: ApiHarness;
let developer: string;
let otherDeveloper: string;
let admin: string;

beforeAll(async () => {
  h = await startApiHarness();
  developer = await h.signInAs('developer');
  admin = await h.signInAs('admin');
  await h.db.user.create({ data: { email: 'other@gatehouse.test', name: 'Other', role: 'DEVELOPER', passwordHash: await hashPassword('other-developer-pw') } });
  otherDeveloper = await h.signIn('other@gatehouse.test', 'other-developer-pw');
});
afterAll(() => h?.close());

async function createClient(redirectUris = ['http://localhost:7777']): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const { data } = await h.gql(`{ catalogue { id } }`, {}, developer);
  const { data: created } = await h.gql(
    `mutation($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) { __typename ... on CreateOAuthClientSuccess { client { id clientId clientSecret } } } }`,
    { input: { catalogueEntryIds: [data!.catalogue[0].id], clientName: 'Try-it app', redirectUris, idempotencyKey: randomUUID() } },
    developer,
  );
  expect(created!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
  return created!.createOAuthClient.client;
}

const claim = (result: { claims: { name: string; value: string }[] }, name: string) => {
  const found = result.claims.find((c) => c.name === name);
  return found ? JSON.parse(found.value) : undefined;
};

describe('getClientCredentialsToken', () => {
  it("gets a JWT from the client's IdP with its stored secret and shows its header, claims and expiry", async () => {
    const client = await createClient();
    const before = Date.now();
    const { data, errors } = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } }, developer);
    expect(errors).toBeUndefined();
    const result = data!.getClientCredentialsToken;
    expect(result).toMatchObject({ __typename: 'AccessTokenResult', clientId: client.id, grantType: 'client_credentials', tokenType: 'Bearer', isJwt: true, expiresIn: 3600 });
    expect(result.header).toContainEqual({ name: 'typ', value: '"at+jwt"' });
    expect(claim(result, 'client_id')).toBe(client.clientId);
    expect(claim(result, 'aud')).toBe('http://127.0.0.1:8080');
    expect(claim(result, 'iss')).toBe(h.idp.issuer);
    const exp = result.claims.find((c: { name: string }) => c.name === 'exp');
    expect(Date.parse(exp.time)).toBe(claim(result, 'exp') * 1000);
    expect(Date.parse(result.expiresAt)).toBeGreaterThanOrEqual(before + 3600_000 - 1000);
    // The token is real: the IdP's introspection-free check is the gateway's; here, its signature header names a key.
    expect(result.header.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['alg', 'kid']));
  });

  it('passes the scope asked for to the IdP', async () => {
    const client = await createClient();
    const narrowed = (await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id, scope: 'read' } }, developer)).data!.getClientCredentialsToken;
    expect(narrowed).toMatchObject({ __typename: 'AccessTokenResult', scope: 'read' });
    expect(claim(narrowed, 'scope')).toBe('read');
  });

  it('refuses a scope with characters RFC 6749 section 3.3 does not allow, before calling the IdP', async () => {
    const client = await createClient();
    const { data } = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id, scope: 'read "write"' } }, developer);
    expect(data!.getClientCredentialsToken).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'scope' }] });
  });

  it("shows the IdP's invalid_client when the stored secret no longer works, without the secret in the message", async () => {
    const client = await createClient();
    await h.db.oAuthClient.update({ where: { id: client.id }, data: { clientSecretEnc: h.api.services.secrets.seal('not-the-secret') } });
    const { data } = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } }, developer);
    const result = data!.getClientCredentialsToken;
    expect(result).toMatchObject({ __typename: 'TokenRequestError', code: 'INVALID_CLIENT', idpError: 'invalid_client', httpStatus: 401 });
    expect(result.message).toMatch(/client authentication failed/i);
    expect(result.message).not.toContain('not-the-secret');
    expect(result.message).not.toContain(client.clientSecret);
  });

  it('reports an unreachable token endpoint and one that times out as data, never a 500', async () => {
    const client = await createClient();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await h.db.oAuthClient.update({ where: { id: client.id }, data: { tokenEndpoint: `http://127.0.0.1:${closedPort}/token` } });
    const unreachable = (await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } }, developer)).data!.getClientCredentialsToken;
    expect(unreachable).toMatchObject({ __typename: 'TokenRequestError', code: 'UNREACHABLE', httpStatus: null });
    expect(unreachable.message).toContain(`127.0.0.1:${closedPort}`);

    // A token endpoint that never answers, with a service whose time limit is short.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      await h.db.oAuthClient.update({ where: { id: client.id }, data: { tokenEndpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/token` } });
      const { createTryItService } = await import('./create-try-it-service.ts');
      const { pino } = await import('pino');
      const { loadConfig } = await import('@gatehouse/config');
      const services = h.api.services;
      const quick = createTryItService(
        { db: h.db, config: loadConfig({}), logger: pino({ level: 'silent' }), secrets: services.secrets, catalogue: services.catalogue, oauthClients: services.oauthClients },
        { idpTimeoutMs: 300 },
      );
      const viewer = await h.db.user.findUniqueOrThrow({ where: { email: 'dev@gatehouse.local' } });
      const timedOut = await quick.getClientCredentialsToken({ id: viewer.id, role: 'DEVELOPER', email: viewer.email, name: viewer.name }, { clientId: client.id });
      expect(timedOut).toMatchObject({ __typename: 'TokenRequestError', code: 'TIMEOUT', httpStatus: null });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("keeps everyone but the owner out: another developer gets NOT_FOUND, an admin FORBIDDEN, anonymous UNAUTHENTICATED", async () => {
    const client = await createClient();
    const asOther = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } }, otherDeveloper);
    expect(asOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(asOther.data).toBeNull();
    const asAdmin = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } }, admin);
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.gql(CLIENT_CREDENTIALS, { input: { clientId: client.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Nor does the client page offer it to them.
    expect((await h.gql(OPTIONS, { id: client.id }, admin)).data!.oauthClient.tryIt).toBeNull();
    expect((await h.gql(OPTIONS, { id: client.id }, developer)).data!.oauthClient.tryIt).toMatchObject({
      clientCredentials: true,
      authorizationCode: true,
      portalCallbackUrl: 'http://127.0.0.1:3000/portal/oauth/callback',
      portalCallbackRegistered: false,
      unavailableReason: null,
      apis: [{ name: 'curity-api', listenPath: '/curity-api/', gatewayUrl: 'http://127.0.0.1:8080/curity-api/' }],
    });
  });
});

describe('authorization code with PKCE', () => {
  it("without consent: the exact authorization URL for one of the client's redirect URIs, and the pasted code exchanged with the kept verifier", async () => {
    const client = await createClient(['http://localhost:7777', 'https://oauth.tools/callback/code']);
    const needsConsent = (await h.gql(START, { input: { clientId: client.id, redirect: 'PORTAL_CALLBACK' } }, developer)).data!.startAuthorization;
    expect(needsConsent).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'consentToAddPortalCallback' }] });
    const unregistered = (await h.gql(START, { input: { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: 'https://evil.example/cb' } }, developer)).data!.startAuthorization;
    expect(unregistered).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'redirectUri' }] });

    const { data } = await h.gql(START, { input: { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: 'http://localhost:7777', scope: 'openid read' } }, developer);
    const started = data!.startAuthorization;
    expect(started).toMatchObject({ __typename: 'AuthorizationStarted', redirectUri: 'http://localhost:7777', portalCallbackAdded: false });
    const url = new URL(started.authorizationUrl);
    expect(url.origin + url.pathname).toBe(h.idp.endpoints.authorization);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: 'http://localhost:7777',
      scope: 'openid read',
      state: started.state,
      code_challenge: started.codeChallenge,
      code_challenge_method: 'S256',
    });
    // Nothing was added at the IdP.
    expect((await h.gql(OPTIONS, { id: client.id }, developer)).data!.oauthClient.redirectUris).toEqual(['http://localhost:7777', 'https://oauth.tools/callback/code']);

    const callback = await signInAtEmbeddedIdp(started.authorizationUrl, h.idp.issuer);
    expect(callback.searchParams.get('state')).toBe(started.state);
    const code = callback.searchParams.get('code')!;

    // Only the developer who started it can use the state.
    const stolen = (await h.gql(EXCHANGE, { input: { state: started.state, code } }, otherDeveloper)).data!.exchangeAuthorizationCode;
    expect(stolen.__typename).toBe('AuthorizationRequestExpiredError');

    const exchanged = (await h.gql(EXCHANGE, { input: { state: started.state, code, iss: callback.searchParams.get('iss') } }, developer)).data!.exchangeAuthorizationCode;
    expect(exchanged).toMatchObject({ __typename: 'AccessTokenResult', clientId: client.id, grantType: 'authorization_code', isJwt: true, refreshTokenIssued: false });
    // The IdP's subject is the developer's stable Gatehouse user id.
    expect(claim(exchanged, 'sub')).toBe((await h.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.developer.email } })).id);
    expect(claim(exchanged, 'client_id')).toBe(client.clientId);

    // A state works once.
    const again = (await h.gql(EXCHANGE, { input: { state: started.state, code } }, developer)).data!.exchangeAuthorizationCode;
    expect(again.__typename).toBe('AuthorizationRequestExpiredError');
  });

  it("with consent: adds the portal's callback to the client's redirect URIs at the IdP (RFC 7592) and exchanges the code sent there", async () => {
    const client = await createClient(['http://localhost:7777']);
    const { data } = await h.gql(START, { input: { clientId: client.id, redirect: 'PORTAL_CALLBACK', consentToAddPortalCallback: true, scope: 'openid read write' } }, developer);
    const started = data!.startAuthorization;
    const callbackUrl = 'http://127.0.0.1:3000/portal/oauth/callback';
    expect(started).toMatchObject({ __typename: 'AuthorizationStarted', redirectUri: callbackUrl, portalCallbackAdded: true });
    const options = (await h.gql(OPTIONS, { id: client.id }, developer)).data!.oauthClient;
    expect(options.redirectUris).toEqual(['http://localhost:7777', callbackUrl]);
    expect(options.tryIt.portalCallbackRegistered).toBe(true);

    const callback = await signInAtEmbeddedIdp(started.authorizationUrl, h.idp.issuer);
    expect(callback.origin + callback.pathname).toBe(callbackUrl);
    const exchanged = (await h.gql(EXCHANGE, { input: { state: started.state, code: callback.searchParams.get('code'), iss: callback.searchParams.get('iss') } }, developer)).data!
      .exchangeAuthorizationCode;
    expect(exchanged).toMatchObject({ __typename: 'AccessTokenResult', grantType: 'authorization_code', isJwt: true });
    expect(claim(exchanged, 'scope')).toBe('read write');

    // Next time the callback is registered already: no consent needed, nothing changed at the IdP.
    const second = (await h.gql(START, { input: { clientId: client.id, redirect: 'PORTAL_CALLBACK' } }, developer)).data!.startAuthorization;
    expect(second).toMatchObject({ __typename: 'AuthorizationStarted', portalCallbackAdded: false });
  });

  it('refuses a code whose redirect names another issuer (RFC 9207), and a wrong code with the IdP\'s invalid_grant', async () => {
    const client = await createClient();
    const start = async () =>
      (await h.gql(START, { input: { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: 'http://localhost:7777' } }, developer)).data!.startAuthorization;
    const first = await start();
    const mixUp = (await h.gql(EXCHANGE, { input: { state: first.state, code: 'abc', iss: 'https://attacker.example' } }, developer)).data!.exchangeAuthorizationCode;
    expect(mixUp).toMatchObject({ __typename: 'TokenRequestError', code: 'INVALID_RESPONSE' });
    expect(mixUp.message).toContain('https://attacker.example');

    const second = await start();
    const wrong = (await h.gql(EXCHANGE, { input: { state: second.state, code: 'not-a-code' } }, developer)).data!.exchangeAuthorizationCode;
    expect(wrong).toMatchObject({ __typename: 'TokenRequestError', code: 'INVALID_GRANT', idpError: 'invalid_grant', httpStatus: 400 });
  });

  it("keeps other developers out of someone else's client", async () => {
    const client = await createClient();
    const { errors } = await h.gql(START, { input: { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: 'http://localhost:7777' } }, otherDeveloper);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
