import { discover, httpUrlProblem } from '@gatehouse/dcr';
import type { OAuthClientRecord } from '../oauth-clients/index.ts';
import type { TryItDeps } from './try-it.service.ts';

export interface ClientIdpEndpoints {
  tokenEndpoint: string;
  authorizationEndpoint: string | null;
  issuer: string | null;
}

const usable = (url: unknown): string | null => (typeof url === 'string' && httpUrlProblem(url, 'x') === null ? url : null);

/**
 * Where the client's IdP issues tokens and authorizes: the token endpoint stored at registration
 * and the IdP's discovery document, read from the Identity Provider Host an admin configured in
 * the DCR settings the client was registered with. Nothing here comes from the developer
 * (issue 7: "nothing a developer types ever makes the server fetch a URL").
 *
 * `needAuthorization` also reads discovery when the token endpoint is known, for the
 * authorization endpoint (not stored) and the issuer.
 */
export async function clientIdpEndpoints(
  deps: TryItDeps,
  record: OAuthClientRecord,
  needAuthorization: boolean,
): Promise<ClientIdpEndpoints | { unavailable: string }> {
  const stored = usable(record.tokenEndpoint);
  if (stored && !needAuthorization) return { tokenEndpoint: stored, authorizationEndpoint: null, issuer: null };

  const apis = await deps.catalogue.toViews(record.catalogueEntries);
  const idpHost = apis.map((api) => api.dcr).find((dcr) => dcr.registrationEndpoint === record.registrationEndpoint)?.idpHost;
  if (!idpHost) {
    return stored
      ? { unavailable: 'The portal does not know where this identity provider authorizes: its DCR settings have no Identity Provider Host. Ask an admin to set it.' }
      : { unavailable: "The portal does not know this identity provider's token endpoint: its DCR settings have no Identity Provider Host. Ask an admin to set it." };
  }
  const discovery = await discover(idpHost, { timeoutMs: deps.idpTimeoutMs });
  if (!discovery.ok) {
    const why = discovery.kind === 'rejected' ? `${discovery.description} (${discovery.error})` : discovery.message;
    return { unavailable: `The identity provider's discovery document could not be read: ${why}` };
  }
  const tokenEndpoint = stored ?? usable(discovery.value.token_endpoint);
  if (!tokenEndpoint) return { unavailable: "The identity provider's discovery document names no token endpoint. Ask an admin to check the Identity Provider Host." };
  return { tokenEndpoint, authorizationEndpoint: usable(discovery.value.authorization_endpoint), issuer: discovery.value.issuer };
}
