import type { Viewer } from '../common/viewer.ts';
import type { OAuthClientView } from '../oauth-clients/oauth-client-view.ts';
import { callApi } from './call-api.ts';
import { exchangeAuthorizationCode } from './exchange-authorization-code.ts';
import { getClientCredentialsToken } from './get-client-credentials-token.ts';
import { startAuthorization } from './start-authorization.ts';
import { clientGrants, portalCallbackUrl } from './try-it-options.ts';
import type { TryItDeps } from './try-it-deps.ts';

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

  getClientCredentialsToken(viewer: Viewer | null, input: unknown) {
    return getClientCredentialsToken(this.deps, viewer, input);
  }

  startAuthorization(viewer: Viewer | null, input: unknown) {
    return startAuthorization(this.deps, viewer, input);
  }

  exchangeAuthorizationCode(viewer: Viewer | null, input: unknown) {
    return exchangeAuthorizationCode(this.deps, viewer, input);
  }

  callApi(viewer: Viewer | null, input: unknown) {
    return callApi(this.deps, viewer, input);
  }
}
