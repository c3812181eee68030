import type { GatehouseConfig } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import type { Logger } from 'pino';
import { SecretBox } from '../lib/secret-box.ts';
import { ApisRepo } from '../modules/apis/apis.repo.ts';
import { ApisService } from '../modules/apis/apis.service.ts';
import { AuditRepo } from '../modules/audit/audit.repo.ts';
import { AuthService } from '../modules/auth/auth.service.ts';
import { SessionRepo } from '../modules/auth/session.repo.ts';
import { UserRepo } from '../modules/auth/user.repo.ts';
import { CatalogueRepo } from '../modules/catalogue/catalogue.repo.ts';
import { CatalogueService } from '../modules/catalogue/catalogue.service.ts';
import { PortalSettingsRepo } from '../modules/dcr-settings/portal-settings.repo.ts';
import { OAuthClientRepo } from '../modules/oauth-clients/oauth-client.repo.ts';
import { OAuthClientsService } from '../modules/oauth-clients/oauth-clients.service.ts';

export type Services = ReturnType<typeof createServices>;

/** Wires repositories (the only code that touches Prisma) into services, once per process. */
export function createServices(deps: { db: PrismaClient; config: GatehouseConfig; encryptionKey: Buffer; logger: Logger }) {
  const { db, config, logger } = deps;
  const secrets = new SecretBox(deps.encryptionKey);
  const audit = new AuditRepo(db);
  const settings = new PortalSettingsRepo(db);
  const catalogue = new CatalogueService(new CatalogueRepo(db), settings);
  return {
    secrets,
    settings,
    auth: new AuthService(new UserRepo(db), new SessionRepo(db), audit),
    apis: new ApisService(new ApisRepo(db), config.urls.gateway),
    catalogue,
    oauthClients: new OAuthClientsService({
      clients: new OAuthClientRepo(db),
      catalogue,
      settings,
      audit,
      secrets,
      logger: logger.child({ module: 'oauth-clients' }),
      idpTimeoutMs: 10_000,
    }),
  };
}
