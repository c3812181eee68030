import type { Logger } from 'pino';
import type {
  CallApiInput,
  ExchangeAuthorizationCodeInput,
  GetClientCredentialsTokenInput,
  StartAuthorizationInput,
} from '../../generated/graphql.ts';
import type { SecretBox } from '@gatehouse/config';
import type { CatalogueService } from '../catalogue/index.ts';
import { withParsedInput } from '../common/validation-error.ts';
import { requireViewer, type Viewer } from '../common/viewer.ts';
import type { OAuthClientRepo, OAuthClientView, OAuthClientsService } from '../oauth-clients/index.ts';
import { callApi } from './call-api.ts';
import { callApiInput } from './call-api-input.ts';
import { exchangeAuthorizationCode } from './exchange-authorization-code.ts';
import { getClientCredentialsToken } from './get-client-credentials-token.ts';
import type { PendingAuthorizations } from './pending-authorizations.ts';
import { startAuthorization } from './start-authorization.ts';
import { clientGrants, portalCallbackUrl } from './try-it-options.ts';
import { clientCredentialsInput, exchangeCodeInput, startAuthorizationInput } from './try-it-inputs.ts';
import type { TryItRepo } from './try-it.repo.ts';

/** What TryItService and its operation files work with; create-try-it-service.ts builds it. */
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

/**
 * "Try it" on a developer's client page (issue 6): get a token from the client's IdP and call an
 * API through the gateway with it. Everything here is the client's owner's alone (find-own-client.ts);
 * each operation lives in its own file.
 */
export class TryItService {
  constructor(private readonly deps: TryItDeps) {}

  /** What the owner can try; null for anyone else, so the field never reveals more than the client does. */
  async options(viewer: Viewer | null, client: OAuthClientView) {
    if (!viewer || viewer.id !== client.owner.id) return null;
    const record = await this.deps.clients.findById(client.id);
    if (!record) return null;
    const grants = clientGrants(record);
    const callback = portalCallbackUrl(this.deps.urls.web);
    const apis = await this.deps.repo.apisGrantedToClient(record.id);
    return {
      clientCredentials: grants.clientCredentials,
      authorizationCode: grants.authorizationCode,
      portalCallbackUrl: callback,
      portalCallbackRegistered: grants.redirectUris.includes(callback),
      unavailableReason: grants.unavailableReason,
      apis: apis.map((api) => ({ id: api.id, name: api.name, listenPath: api.listenPath, gatewayUrl: new URL(api.listenPath, this.deps.urls.gateway).toString() })),
    };
  }

  getClientCredentialsToken(viewer: Viewer | null, input: GetClientCredentialsTokenInput) {
    return withParsedInput(clientCredentialsInput, input, (parsed) => getClientCredentialsToken(this.deps, viewer, parsed));
  }

  startAuthorization(viewer: Viewer | null, input: StartAuthorizationInput) {
    return withParsedInput(startAuthorizationInput, input, (parsed) => startAuthorization(this.deps, viewer, parsed));
  }

  async exchangeAuthorizationCode(viewer: Viewer | null, input: ExchangeAuthorizationCodeInput) {
    const v = requireViewer(viewer);
    return withParsedInput(exchangeCodeInput, input, (parsed) => exchangeAuthorizationCode(this.deps, v, parsed));
  }

  callApi(viewer: Viewer | null, input: CallApiInput) {
    return withParsedInput(callApiInput, input, (parsed) => callApi(this.deps, viewer, parsed));
  }
}
