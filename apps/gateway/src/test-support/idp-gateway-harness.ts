import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretBox } from '@gatehouse/config';
import { createEchoServer } from '@gatehouse/echo';
import { createPrismaClient, type PrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import { createIdp, type Idp } from '@gatehouse/idp';
import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { createGateway, type Gateway, type GatewayOptions } from '../create-gateway.ts';
import { watchPortalDatabase, type PortalDatabaseSource } from '../watch-portal-database.ts';
import { JwksRelay } from './jwks-relay.ts';
import { closedPortUrl, listen, stop } from './listen.ts';
import { send, type Reply } from './send.ts';

/** The usage endpoints' token in this harness: `h.get(path, HARNESS_USAGE_TOKEN)`. */
export const HARNESS_USAGE_TOKEN = 'harness-usage-token-0123456789';

/** The `aud` the gateway's APIs expect, and the IdP puts in tokens unless a test changes it. */
export const AUDIENCE = 'https://gateway.gatehouse.test';

export interface RegisteredClient {
  /** The portal's id (`OAuthClient.id`). */
  id: string;
  clientId: string;
  clientSecret: string;
}

export interface PolicyInput {
  apiIds: string[];
  rateLimitRequests?: number;
  rateLimitPeriodSeconds?: number;
  quotaMax?: number;
  quotaRenewalSeconds?: number;
  keyExpiresInSeconds?: number;
  active?: boolean;
}

/**
 * The gateway as it runs in the product, in-process: the real embedded IdP (registration, tokens,
 * JWKS, key rotation), a real migrated SQLite portal database the gateway watches, written by
 * Prisma as the API would, and the echo upstream. Portal rows are written per test.
 */
export interface IdpGatewayHarness {
  idp: Idp;
  prisma: PrismaClient;
  gateway: Gateway;
  source: PortalDatabaseSource;
  jwks: JwksRelay;
  gatewayUrl: string;
  /** `aud` of the tokens the IdP issues from now on. */
  audience: string;
  /** The developer every client belongs to. */
  developerId: string;
  /** Creates an API with the IdP as issuer and the echo (or the given URL) as upstream. */
  createApi(
    name: string,
    overrides?: { upstreamUrl?: string; issuer?: string; audience?: string; identitySource?: string; defaultPolicyId?: string },
  ): Promise<string>;
  createPolicy(input: PolicyInput): Promise<string>;
  /** A published catalogue entry with the policy, as Portal Management creates it. */
  createCatalogueEntry(policyId: string): Promise<string>;
  /** Registers a client at the IdP (RFC 7591) and stores it in the portal for the entries, as the wizard does. */
  registerClient(catalogueEntryIds: string[]): Promise<RegisteredClient>;
  /** Stores a client the portal registered at another IdP, with the client_id that IdP issued. */
  storeClient(clientId: string, catalogueEntryIds: string[]): Promise<RegisteredClient>;
  /** A client credentials access token from the IdP. */
  token(client: RegisteredClient): Promise<string>;
  /** A JWT signed with the IdP's current private key: claims and header the IdP would never issue. */
  signWithIdpKey(claims: JWTPayload, header?: Record<string, unknown>): Promise<string>;
  /** Makes the gateway look at the database now rather than at its next tick. */
  syncGateway(): void;
  get(path: string, token?: string, headers?: Record<string, string>): Promise<Reply>;
  slowUpstreamUrl: string;
  downUpstreamUrl: string;
  close(): Promise<void>;
}

export async function startIdpGatewayHarness(options: Pick<GatewayOptions, 'upstreamTimeoutMs' | 'jwks'> = {}): Promise<IdpGatewayHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-gateway-idp-'));
  const databaseUrl = `file:${join(dataDir, 'gatehouse.db')}`;
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);

  const echo = createEchoServer();
  const echoUrl = await listen(echo);
  // Accepts requests and never answers: the gateway's upstream timeout must fire.
  const slowUpstream: Server = createServer(() => {});
  const slowUpstreamUrl = await listen(slowUpstream);
  const downUpstreamUrl = await closedPortUrl(createServer());

  let audience = AUDIENCE;
  const keysPath = join(dataDir, 'idp-keys.json');
  // The IdP seals its key file; the harness keeps the key to sign tokens with the IdP's own key.
  const encryptionKey = randomBytes(32);
  const keyBox = new SecretBox(encryptionKey);
  const idp = await createIdp({
    issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous',
    dbPath: join(dataDir, 'idp.db'),
    keysPath,
    encryptionKey,
    audience: () => audience,
  });
  await idp.listen(0, '127.0.0.1');
  const jwks = new JwksRelay(() => idp.endpoints.jwks);
  await jwks.up();

  const source = watchPortalDatabase({ databasePath: join(dataDir, 'gatehouse.db') });
  source.start();
  const gateway = createGateway({ source, upstreamTimeoutMs: 300, usageEndpoint: { token: HARNESS_USAGE_TOKEN }, ...options });
  const gatewayUrl = await listen(gateway.server);

  const developer = await prisma.user.create({ data: { email: `dev-${randomUUID()}@gatehouse.test`, name: 'Dev', role: 'DEVELOPER', passwordHash: 'not-used' } });

  /** An OAuthClient row as the registration wizard writes it. */
  const storeClientRow = (clientId: string, registrationEndpoint: string, catalogueEntryIds: string[]) =>
    prisma.oAuthClient.create({
      data: {
        developerId: developer.id,
        clientId,
        registrationEndpoint,
        // A client's identity is its client_id at one IdP (the registration endpoint's origin).
        idpOrigin: new URL(registrationEndpoint).origin,
        provider: 'OTHER',
        clientName: 'Gateway test',
        metadataJson: '{}',
        idempotencyKey: randomUUID(),
        catalogueEntries: { connect: catalogueEntryIds.map((id) => ({ id })) },
      },
    });

  const harness: IdpGatewayHarness = {
    idp,
    prisma,
    gateway,
    source,
    jwks,
    gatewayUrl,
    get audience() {
      return audience;
    },
    set audience(value: string) {
      audience = value;
    },
    developerId: developer.id,
    slowUpstreamUrl,
    downUpstreamUrl,

    async createApi(name, overrides = {}) {
      const api = await prisma.api.create({
        data: {
          name,
          listenPath: `/${name}/`,
          upstreamUrl: overrides.upstreamUrl ?? `${echoUrl}/anything`,
          jwksUri: jwks.url,
          issuer: overrides.issuer ?? idp.issuer,
          audience: overrides.audience ?? AUDIENCE,
          ...(overrides.identitySource ? { identitySource: overrides.identitySource } : {}),
          ...(overrides.defaultPolicyId ? { defaultPolicyId: overrides.defaultPolicyId } : {}),
        },
      });
      return api.id;
    },

    async createPolicy({ apiIds, ...limits }) {
      const policy = await prisma.policy.create({
        data: { name: `policy-${randomUUID()}`, ...limits, apis: { connect: apiIds.map((id) => ({ id })) } },
      });
      return policy.id;
    },

    async createCatalogueEntry(policyId) {
      const entry = await prisma.catalogueEntry.create({ data: { publicName: `entry-${randomUUID()}`, policyId } });
      return entry.id;
    },

    async registerClient(catalogueEntryIds) {
      const res = await fetch(idp.endpoints.registration, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_name: 'Gateway test', grant_types: ['client_credentials'], response_types: [], token_endpoint_auth_method: 'client_secret_post' }),
      });
      if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
      const registered = (await res.json()) as { client_id: string; client_secret: string };
      const row = await storeClientRow(registered.client_id, idp.endpoints.registration, catalogueEntryIds);
      return { id: row.id, clientId: registered.client_id, clientSecret: registered.client_secret };
    },

    async storeClient(clientId, catalogueEntryIds) {
      const row = await storeClientRow(clientId, `https://idp-${randomUUID()}.test/register`, catalogueEntryIds);
      return { id: row.id, clientId, clientSecret: '' };
    },

    async token(client) {
      const res = await fetch(idp.endpoints.token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
      });
      const body = (await res.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
      return body.access_token;
    },

    async signWithIdpKey(claims, header = {}) {
      const { sealed } = JSON.parse(await readFile(keysPath, 'utf8')) as { sealed: string };
      const { keys } = JSON.parse(keyBox.open(sealed)) as { keys: JWK[] };
      const current = keys[0]!;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: current.kid!, ...header })
        .sign(await importJWK(current, 'RS256'));
    },

    syncGateway: () => source.poll(),

    get(path, token, headers = {}) {
      return send(`${gatewayUrl}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    },

    async close() {
      gateway.server.closeAllConnections();
      await gateway.close();
      source.close();
      await Promise.all([stop(echo), stop(slowUpstream), jwks.down()]);
      await idp.close();
      await prisma.$disconnect();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
