import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE, ROTATE, UPDATE, curityDemoApiId, readAtIdp } from '../modules/oauth-clients/test-support/oauth-client-fixtures.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

/**
 * Issue 7: "nothing a developer types ever makes the server fetch a URL", and redirect URIs are
 * stored and sent as the exact strings typed (RFC 9700 section 4.1.3: exact string matching).
 */

let h: ApiHarness;
let developer: string;
let entryId: string;
/** A server a developer might try to make the portal call (an internal service, say). */
let bait: Server;
let baitOrigin: string;
const baitRequests: string[] = [];

beforeAll(async () => {
  h = await startApiHarness();
  developer = await h.signInAs('developer');
  entryId = await curityDemoApiId(h, developer);
  bait = createServer((req, res) => {
    baitRequests.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
  baitOrigin = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await h?.close();
  bait?.closeAllConnections();
  await new Promise<void>((resolve) => bait?.close(() => resolve()));
});

describe('developer input never makes the server fetch a URL', () => {
  it('through the client lifecycle and the try-it mutations', async () => {
    const baitLocalhost = baitOrigin.replace('127.0.0.1', 'localhost');
    const created = await h.gql(
      CREATE,
      {
        input: {
          catalogueEntryIds: [entryId],
          clientName: `${baitOrigin}/name`,
          redirectUris: [`${baitOrigin}/cb`, `${baitLocalhost}/cb2`],
          idempotencyKey: crypto.randomUUID(),
        },
      },
      developer,
    );
    expect(created.data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    const client = created.data!.createOAuthClient.client;
    const updated = await h.gql(UPDATE, { input: { id: client.id, clientName: `${baitOrigin}/renamed`, redirectUris: [`${baitOrigin}/cb3`] } }, developer);
    expect(updated.data!.updateOAuthClient.__typename).toBe('UpdateOAuthClientSuccess');
    await h.gql(ROTATE, { input: { id: client.id } }, developer);

    const tryIt = [
      ['mutation($i: GetClientCredentialsTokenInput!) { getClientCredentialsToken(input: $i) { __typename } }', { clientId: client.id, scope: `${baitOrigin}/scope` }],
      [
        'mutation($i: StartAuthorizationInput!) { startAuthorization(input: $i) { __typename } }',
        { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: `${baitOrigin}/cb3`, scope: 'openid' },
      ],
      [
        'mutation($i: StartAuthorizationInput!) { startAuthorization(input: $i) { __typename } }',
        { clientId: client.id, redirect: 'CLIENT_REDIRECT_URI', redirectUri: `${baitOrigin}/not-registered` },
      ],
      ['mutation($i: ExchangeAuthorizationCodeInput!) { exchangeAuthorizationCode(input: $i) { __typename } }', { state: 'x', code: 'y', iss: baitOrigin }],
    ] as const;
    for (const [query, input] of tryIt) {
      const result = await h.gql(query, { i: input }, developer);
      expect(result.errors?.[0]?.extensions?.code, query).not.toBe('INTERNAL');
    }

    const api = await h.db.api.findFirstOrThrow();
    const baitHost = new URL(baitOrigin).host;
    const paths = [baitOrigin, `//${baitHost}/x`, `../../../${baitHost}`, `@${baitHost}/`, `anything?url=${baitOrigin}`];
    for (const headers of [[], [{ name: 'Host', value: baitHost }], [{ name: 'X-Forwarded-Host', value: baitHost }]]) {
      for (const path of paths) {
        const result = await h.gql(
          'mutation($i: CallApiInput!) { callApi(input: $i) { __typename } }',
          { i: { clientId: client.id, apiId: api.id, method: 'GET', path, accessToken: 'x', headers } },
          developer,
        );
        expect(result.errors?.[0]?.extensions?.code, path).not.toBe('INTERNAL');
      }
    }

    expect(baitRequests).toEqual([]);
  });
});

describe('redirect URIs', () => {
  // Forms a URL parser would normalise (case, default port, trailing slash, percent-encoding, order).
  const exact = ['https://App.Example.com:443/Callback/?b=2&a=1', 'http://127.0.0.1:51004/cb%20x?y=%2F', 'http://[::1]:8080/cb'];

  it('are stored, returned and registered at the IdP as the exact strings typed', async () => {
    const created = await h.gql(
      CREATE,
      { input: { catalogueEntryIds: [entryId], clientName: 'Exact', redirectUris: exact, idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    const client = created.data!.createOAuthClient.client;
    expect(client.redirectUris).toEqual(exact);
    const row = await h.db.oAuthClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(JSON.parse(row.metadataJson).redirect_uris).toEqual(exact);
    const atIdp = await readAtIdp(h, client.id);
    expect(atIdp.status).toBe(200);
    expect(atIdp.body.redirect_uris).toEqual(exact);
  });

  it("take a list, so a URL may hold the portal's separator (`;`)", async () => {
    const withSeparator = ['https://app.example.com/cb;v=1', 'http://localhost:7777'];
    const created = await h.gql(
      CREATE,
      { input: { catalogueEntryIds: [entryId], clientName: 'Listed', redirectUris: withSeparator, idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    expect(created.data!.createOAuthClient.client.redirectUris).toEqual(withSeparator);
  });

  it.each([
    ['https://app.example.com/cb#section', /fragment/],
    ['https://*.example.com/cb', /wildcard/],
    ['http://app.example.com/cb', /use https/],
    ['/relative/cb', /not an absolute URL/],
    ['https:/app.example.com/cb', /has no host/],
    ['https://app.example.com\\@evil.example/cb', /backslash/],
    ['javascript:alert(document.cookie)', /cannot be a redirect target/],
    // Invisible to the developer, read differently by a browser and the IdP.
    ['https://app.example.com/cb\u0085', /^https:\/\/app\.example\.com\/cb\? contains U\+0085, an invisible or control character; remove it\.$/],
    ['https://app.example.com/\u202Ebc/cb', /contains U\+202E, an invisible or control character/],
    ['https://app\u200B.example.com/cb', /contains U\+200B/],
  ])('refuses %s with a field error, and registers nothing', async (uri, message) => {
    const before = await h.db.oAuthClient.count();
    const { data } = await h.gql(
      CREATE,
      { input: { catalogueEntryIds: [entryId], clientName: 'Bad', redirectUris: ['https://ok.example.com/cb', uri], idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    expect(data!.createOAuthClient.__typename).toBe('ValidationError');
    expect(data!.createOAuthClient.fieldErrors).toEqual([{ path: 'redirectUris.1', message: expect.stringMatching(message) }]);
    expect(await h.db.oAuthClient.count()).toBe(before);
  });
});

describe('client names', () => {
  it.each([
    ['U+202E', 'Gatehouse \u202Eppa lliveE'],
    ['U+200B', 'Pay\u200Bment'],
    ['U+2066', 'Bank \u2066app\u2069'],
    ['U+0085', 'Next\u0085Line'],
  ])('refuses a name with %s (it changes how the consent screen reads) with a field error, and registers nothing', async (codePoint, clientName) => {
    const before = await h.db.oAuthClient.count();
    const { data } = await h.gql(
      CREATE,
      { input: { catalogueEntryIds: [entryId], clientName, redirectUris: 'https://ok.example.com/cb', idempotencyKey: crypto.randomUUID() } },
      developer,
    );
    expect(data!.createOAuthClient.__typename).toBe('ValidationError');
    expect(data!.createOAuthClient.fieldErrors).toEqual([
      { path: 'clientName', message: `The client name contains ${codePoint}, an invisible or direction-changing character; remove it and type the name as it should read.` },
    ]);
    expect(await h.db.oAuthClient.count()).toBe(before);
  });
});
