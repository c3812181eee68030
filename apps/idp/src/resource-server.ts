import { errors, type Client, type Configuration, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';
import { API_SCOPES } from './scopes.ts';
import { SIGNING_ALG } from './signing-keys.ts';
import { TOKEN_LIFETIMES } from './token-lifetimes.ts';

type ResourceIndicators = NonNullable<NonNullable<Configuration['features']>['resourceIndicators']>;

export interface ResourceServerOptions {
  /** The gateway's public URL: the one resource, and the `aud` of every access token. */
  audience: () => string;
  /** kid of the key access tokens are signed with (the newest one). */
  signingKid: () => string;
}

/**
 * RFC 8707 resource indicators are how oidc-provider issues JWT access tokens (RFC 9068) rather
 * than opaque ones. Gatehouse has a single resource, the gateway, so every token is for it:
 * clients never have to send `resource`, exactly as with Curity's "Use Access Token As JWT".
 */
export function resourceIndicators({ audience, signingKid }: ResourceServerOptions): ResourceIndicators {
  return {
    enabled: true,

    defaultResource(_ctx, _client, oneOf) {
      // During code and refresh exchanges `oneOf` lists the resources granted earlier; the only
      // one this IdP ever grants is the gateway.
      if (oneOf) return oneOf.includes(audience()) ? audience() : oneOf;
      return audience();
    },

    // Without this, oidc-provider issues an opaque token for the UserInfo endpoint whenever the
    // `openid` scope was granted (OpenID Connect Core section 5.3); Gatehouse's clients want a
    // token for the gateway instead. The price: UserInfo does not accept these tokens.
    useGrantedResource: () => true,

    getResourceServerInfo(ctx, resourceIndicator, client): ResourceServer {
      // RFC 8707 section 2: an unknown resource is `invalid_target`.
      if (resourceIndicator !== audience()) throw new errors.InvalidTarget();
      applyDefaultClientCredentialsScope(ctx, client);
      return {
        scope: API_SCOPES.join(' '),
        audience: resourceIndicator,
        accessTokenTTL: TOKEN_LIFETIMES.AccessToken,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: SIGNING_ALG, kid: signingKid() } },
      };
    },
  };
}

/**
 * RFC 6749 section 3.3: when a client omits `scope`, the server "MUST either process the request
 * using a pre-defined default value or fail". oidc-provider would issue a token without any
 * scope; the portal, its tests and most developers just POST grant_type=client_credentials, so
 * the default here is what the client registered (RFC 7591 section 2 `scope`), or every API scope
 * when it registered none. Only API scopes end up in the token (see getResourceServerInfo).
 *
 * This runs inside `getResourceServerInfo` because that is the one hook oidc-provider calls, with
 * or without an explicit `resource`, after reading the token request's parameters and before the
 * client credentials grant reads `scope`.
 */
function applyDefaultClientCredentialsScope(ctx: KoaContextWithOIDC, client: Client): void {
  const params = ctx.oidc.params as { grant_type?: unknown; scope?: unknown } | undefined;
  if (ctx.oidc.route !== 'token' || !params || params.grant_type !== 'client_credentials' || params.scope) return;
  params.scope = client.scope ?? API_SCOPES.join(' ');
}
