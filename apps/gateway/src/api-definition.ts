import type { IdentityClaimReader } from '@gatehouse/dcr/identity-claims';
import type { GatewayResponse } from './gateway-responses.ts';

/**
 * One API the gateway protects, as System Management defines it (prisma model `Api`).
 * Only the fields the proxy needs.
 */
export interface ApiDefinition {
  id: string;
  name: string;
  /** Path prefix on the gateway, e.g. "/curity-api/". */
  listenPath: string;
  /** Where matching requests go; the path remainder under listenPath is appended to its path. */
  upstreamUrl: string;
  /** JWKS of the issuer whose access tokens this API accepts. */
  jwksUri: string;
  /** Expected `iss`; null skips the check (RFC 8725 section 3.8 recommends setting it). */
  issuer: string | null;
  /** Expected `aud`; null skips the check (RFC 8725 section 3.9 recommends setting it). */
  audience: string | null;
  /**
   * Claims that identify the calling OAuth client, tried in order, space-separated as stored
   * (`Api.identitySource`, e.g. "client_id azp cid"; see @gatehouse/dcr/identity-claims).
   */
  identitySource: string;
  /** Policy for a portal client none of whose catalogue entries grants this API; null: none. */
  defaultPolicyId: string | null;
}

/** A compiled API definition, ready for routing and token verification without further parsing. */
export interface ApiRoute {
  readonly definition: ApiDefinition;
  /** listenPath without trailing slashes; "" for the root listen path "/". */
  readonly prefix: string;
  /** Scheme, host and port of the upstream, e.g. "http://127.0.0.1:4200". */
  readonly upstreamOrigin: string;
  /** Path of upstreamUrl without trailing slash; "" when the upstream is mounted at its root. */
  readonly upstreamBasePath: string;
  /** The identity source, compiled once per API so no request parses it. */
  readonly identity: RouteIdentity;
}

/** How a route finds the calling client in a verified token, and its answers when it cannot. */
export interface RouteIdentity {
  readonly readers: readonly IdentityClaimReader[];
  /** No claim of the identity source holds a client id. */
  readonly noClientIdentity: GatewayResponse;
  /** The claim names a client the portal does not have. */
  readonly unknownClient: GatewayResponse;
}

/** An immutable snapshot of the active APIs. A refresh produces a new table; never mutated in place. */
export interface ApiTable {
  /** Number of routable APIs. */
  readonly size: number;
  readonly routes: readonly ApiRoute[];
  /** The API with the longest listen path that is a whole-segment prefix of `pathname`. */
  match(pathname: string): ApiRoute | undefined;
}

