import type { Logger } from 'pino';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { OAuthClientRepo } from '../oauth-clients/oauth-client.repo.ts';
import type { OAuthClientsService } from '../oauth-clients/oauth-clients.service.ts';
import type { PendingAuthorizations } from './pending-authorizations.ts';
import type { TryItRepo } from './try-it.repo.ts';

/** What the try-it operations work with. */
export interface TryItDeps {
  clients: OAuthClientRepo;
  repo: TryItRepo;
  catalogue: CatalogueService;
  secrets: SecretBox;
  /** Adds the portal callback through the same RFC 7592 update path as the edit form. */
  oauthClients: OAuthClientsService;
  pending: PendingAuthorizations;
  logger: Logger;
  urls: {
    /** The portal's origin; its callback is <web>/portal/oauth/callback. */
    web: string;
    /** The gateway's public URL (packages/config): every call goes there, never to a typed host. */
    gateway: string;
  };
  /** Time allowed for each call to an identity provider. */
  idpTimeoutMs: number;
  /** Time allowed for a call through the gateway, body included. */
  callTimeoutMs: number;
}
