import { loadInternalToken, SecretBox, type GatehouseConfig } from '@gatehouse/config';
import { EmbeddedIdpConsents } from '../modules/idp-consents/embedded-idp-consents.ts';
import { IdpConsentsService } from '../modules/idp-consents/idp-consents.service.ts';
import { IdpSigningKeysService } from '../modules/idp-consents/idp-signing-keys.service.ts';
import { DiscoveryCache, setOutboundPolicy } from '@gatehouse/dcr';
import type { PrismaClient } from '@gatehouse/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { faultsFrom } from '../faults/fault-points.ts';
import { ApiTokensRepo } from '../modules/api-tokens/api-tokens.repo.ts';
import { ApiTokensService } from '../modules/api-tokens/api-tokens.service.ts';
import { ApisRepo } from '../modules/apis/apis.repo.ts';
import { ApisService } from '../modules/apis/apis.service.ts';
import { AuditRepo } from '../modules/audit/audit.repo.ts';
import { AuditService } from '../modules/audit/audit.service.ts';
import { AccountsService } from '../modules/auth/accounts.service.ts';
import { AuthService } from '../modules/auth/auth.service.ts';
import { RedisThrottleStore } from '../modules/auth/redis-throttle-store.ts';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.ts';
import { SessionRepo } from '../modules/auth/session.repo.ts';
import { UserRepo } from '../modules/auth/user.repo.ts';
import { CatalogueAdminService } from '../modules/catalogue/catalogue-admin.service.ts';
import { CatalogueRepo } from '../modules/catalogue/catalogue.repo.ts';
import { CatalogueService } from '../modules/catalogue/catalogue.service.ts';
import { DcrSettingsService } from '../modules/dcr-settings/dcr-settings.service.ts';
import { PortalSettingsRepo } from '../modules/dcr-settings/portal-settings.repo.ts';
import { DevelopersRepo } from '../modules/developers/developers.repo.ts';
import { DevelopersService } from '../modules/developers/developers.service.ts';
import { IdpCleanupRepo } from '../modules/oauth-clients/idp-cleanup.repo.ts';
import { OAuthClientRepo } from '../modules/oauth-clients/oauth-client.repo.ts';
import { InProcessClientLocks } from '../modules/oauth-clients/client-locks.ts';
import { OAuthClientsService } from '../modules/oauth-clients/oauth-clients.service.ts';
import { RedisClientLocks } from '../modules/oauth-clients/redis-client-locks.ts';
import { RegistrationLeases } from '../modules/oauth-clients/registration-leases.ts';
import { PoliciesRepo } from '../modules/policies/policies.repo.ts';
import { PoliciesService } from '../modules/policies/policies.service.ts';
import { PortalSettingsService } from '../modules/portal-settings/portal-settings.service.ts';
import { createUsageServices } from '../modules/usage/create-usage-services.ts';
import { createTryItService } from '../modules/try-it/create-try-it-service.ts';

export type Services = ReturnType<typeof createServices>;

/** Wires repositories (the only code that touches Prisma) into services, once per process. */
export function createServices(deps: { db: PrismaClient; config: GatehouseConfig; encryptionKey: Buffer; logger: Logger; redis?: Redis; usageKeyPrefix?: string }) {
  const { db, config, logger } = deps;
  setOutboundPolicy({ requireHttps: config.mode !== 'local', portalPorts: Object.values(config.ports) });
  const secrets = new SecretBox(deps.encryptionKey);
  const audit = new AuditRepo(db);
  const settings = new PortalSettingsRepo(db);
  const users = new UserRepo(db);
  const sessions = new SessionRepo(db);
  // Failed sign-ins count across API replicas when they share Redis.
  const signInThrottle = new SignInThrottle(deps.redis ? new RedisThrottleStore(deps.redis) : undefined);
  const auth = new AuthService({ users, sessions, audit, throttle: signInThrottle });
  const apiTokensRepo = new ApiTokensRepo(db);
  const catalogueRepo = new CatalogueRepo(db);
  const catalogue = new CatalogueService({ catalogue: catalogueRepo, settings });
  const cleanups = new IdpCleanupRepo(db);
  const oauthClientsLogger = logger.child({ module: 'oauth-clients' });
  // What the API and the embedded IdP present to each other (docs/decisions/018-*.md).
  const internalToken = loadInternalToken(config);
  const embeddedIdp = new EmbeddedIdpConsents(config.idp.issuer, internalToken);
  const services = {
    internalToken,
    idpConsents: new IdpConsentsService({ idp: embeddedIdp, audit }),
    idpSigningKeys: new IdpSigningKeysService({ idp: embeddedIdp, audit }),
    secrets,
    settings,
    auth,
    accounts: new AccountsService({ users, sessions, settings, audit, apiTokens: apiTokensRepo }),
    apis: new ApisService({ apis: new ApisRepo(db), audit, gatewayUrl: config.urls.gateway }),
    catalogue,
    catalogueAdmin: new CatalogueAdminService({ catalogue: catalogueRepo, views: catalogue, audit, secrets }),
    policies: new PoliciesService({ policies: new PoliciesRepo(db), audit }),
    portalSettings: new PortalSettingsService({ settings, audit, secrets }),
    dcrSettings: new DcrSettingsService({ discoveryTimeoutMs: 10_000 }),
    developers: new DevelopersService({ developers: new DevelopersRepo(db), audit }),
    audit: new AuditService({ audit }),
    apiTokens: new ApiTokensService({ tokens: apiTokensRepo, audit, users }),
    ...createUsageServices({ db, config, logger, ...(deps.usageKeyPrefix !== undefined && { keyPrefix: deps.usageKeyPrefix }) }),
    oauthClients: new OAuthClientsService({
      clients: new OAuthClientRepo(db),
      cleanups,
      leases: new RegistrationLeases(cleanups, config.registrationLeaseMs, oauthClientsLogger),
      catalogue,
      audit,
      secrets,
      logger: oauthClientsLogger,
      discoveries: new DiscoveryCache(),
      locks: deps.redis ? new RedisClientLocks(deps.redis) : new InProcessClientLocks(),
      idpTimeoutMs: 10_000,
      faults: faultsFrom(config.fault, logger),
    }),
  };
  return { ...services, tryIt: createTryItService({ db, config, logger, secrets, catalogue, oauthClients: services.oauthClients, redis: deps.redis }) };
}
