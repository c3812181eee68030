import type { GatehouseConfig, SecretBox } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import { hashPassword } from '../modules/auth/password.ts';
import { DEMO_ACCOUNTS, DEMO_NAMES } from './demo-accounts.ts';
import { SeedRepo } from './seed.repo.ts';

const DAY = 24 * 60 * 60;

/**
 * First start only (no users yet): the state the seed guide reaches after its admin steps, pointed
 * at the embedded IdP, so a developer can run the wizard the moment the product is up.
 * Returns whether anything was loaded.
 */
export async function loadDemoData(db: PrismaClient, config: GatehouseConfig, secrets: SecretBox): Promise<boolean> {
  const repo = new SeedRepo(db, config.databaseUrl);
  if (!(await repo.isEmpty())) return false;
  const issuer = config.idp.issuer;
  await repo.insertDemoData({
    users: await Promise.all(
      Object.values(DEMO_ACCOUNTS).map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })),
    ),
    policy: {
      name: DEMO_NAMES.policy,
      rateLimitRequests: 100,
      rateLimitPeriodSeconds: 60,
      quotaMax: 10_000,
      quotaRenewalSeconds: 30 * DAY,
      keyExpiresInSeconds: 365 * DAY,
    },
    api: {
      name: DEMO_NAMES.api,
      listenPath: DEMO_NAMES.listenPath,
      upstreamUrl: config.urls.echo,
      // oidc-provider's JWKS route under the issuer; the discovery document lists the same URL.
      jwksUri: `${issuer}/jwks`,
      issuer,
      // The embedded IdP puts the gateway's URL in `aud` (RFC 8707 resource indicators).
      audience: config.urls.gateway,
    },
    catalogueEntry: {
      publicName: DEMO_NAMES.catalogueEntry,
      description: 'Echoes every request it receives, JWT included, like httpbin in the seed guide.',
    },
    dcr: {
      provider: 'OTHER',
      grantTypes: 'authorization_code client_credentials',
      // The seed guide's table exactly: `Token` without the Implicit grant is inconsistent (RFC 7591
      // section 2.1), which the admin screens warn about. Curity registers it; the embedded IdP of
      // the local stack keeps `code` and drops `token` (IDP_SUBSTITUTE_RESPONSE_TYPES).
      responseTypes: 'code token',
      tokenEndpointAuthMethod: 'client_secret_post',
      idpHost: issuer,
      registrationEndpoint: `${issuer}/oauth-registration`,
      initialAccessTokenEnc: secrets.sealOptional(config.idp.initialAccessToken),
    },
  });
  return true;
}
