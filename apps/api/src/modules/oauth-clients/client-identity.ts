/**
 * Which identity provider a client lives at, for the rule that a client_id names one client
 * there: the origin (scheme, host and port, RFC 6454) of the registration endpoint, so that two
 * spellings of one endpoint (`/register` and `/register/`, an upper-case host, an explicit
 * default port) are one IdP. The same origin is where the portal sends the client's credentials
 * (outbound-policy sameOrigin).
 */
export function idpOriginOf(registrationEndpoint: string): string {
  return new URL(registrationEndpoint).origin;
}
