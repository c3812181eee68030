import type { Client } from 'oidc-provider';

/**
 * Which browser origins may call the token, revocation and UserInfo endpoints for a client
 * (oidc-provider's `clientBasedCORS`). A browser app such as oauth.tools runs on the origin of
 * its redirect URI, so that origin is allowed and no other. Native redirect URIs (custom
 * schemes) have no web origin and allow nothing.
 */
export function clientBasedCORS(_ctx: unknown, origin: string, client: Client): boolean {
  return (client.redirectUris ?? []).some((uri) => {
    try {
      const allowed = new URL(uri).origin;
      // Custom schemes have the opaque origin "null", which sandboxed pages also send.
      return allowed !== 'null' && allowed === origin;
    } catch {
      return false;
    }
  });
}
