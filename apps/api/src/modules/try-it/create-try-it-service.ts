import type { GatehouseConfig, SecretBox } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CatalogueService } from '../catalogue/index.ts';
import { OAuthClientRepo, type OAuthClientsService } from '../oauth-clients/index.ts';
import { InMemoryPendingAuthorizations } from './pending-authorizations.ts';
import { RedisPendingAuthorizations } from './redis-pending-authorizations.ts';
import { TryItRepo } from './try-it.repo.ts';
import { TryItService } from './try-it.service.ts';
import type { TryItDeps } from './try-it.service.ts';

/** Wires the try-it service; `overrides` lets tests shorten the time limits. */
export function createTryItService(
  deps: {
    db: PrismaClient;
    config: GatehouseConfig;
    logger: Logger;
    secrets: SecretBox;
    catalogue: CatalogueService;
    oauthClients: OAuthClientsService;
    /** Shared by the API replicas (REDIS_URL): the IdP may send the developer back to any of them. */
    redis?: Redis;
  },
  overrides: Partial<Pick<TryItDeps, 'idpTimeoutMs' | 'callTimeoutMs'>> = {},
): TryItService {
  return new TryItService({
    clients: new OAuthClientRepo(deps.db),
    repo: new TryItRepo(deps.db),
    catalogue: deps.catalogue,
    secrets: deps.secrets,
    oauthClients: deps.oauthClients,
    pending: deps.redis ? new RedisPendingAuthorizations(deps.redis) : new InMemoryPendingAuthorizations(),
    logger: deps.logger.child({ module: 'try-it' }),
    urls: { web: deps.config.urls.web, gateway: deps.config.urls.gateway },
    idpTimeoutMs: overrides.idpTimeoutMs ?? 10_000,
    callTimeoutMs: overrides.callTimeoutMs ?? 15_000,
  });
}
