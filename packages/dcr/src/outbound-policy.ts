/**
 * Where the portal may send a request (docs/decisions/008-outbound-calls.md). One policy per
 * process, set at start from GATEHOUSE_MODE: calls to identity providers carry credentials
 * (initial and registration access tokens, client secrets), so outside local mode they go over
 * TLS only (RFC 7591 section 5: "MUST use TLS"; RFC 7592 section 5).
 */
export interface OutboundPolicy {
  /** Refuse plain http:// targets (production mode). */
  requireHttps: boolean;
  /** The portal's own ports (web, API, IdP, echo, gateway), which an IdP endpoint should not name. */
  portalPorts?: readonly number[];
}

let current: OutboundPolicy = { requireHttps: false };

/** Called once at start (apps/api create-services) from the configuration's mode. */
export function setOutboundPolicy(policy: OutboundPolicy): void {
  current = { ...policy };
}

export function outboundPolicy(): OutboundPolicy {
  return current;
}

/** Why the portal will not call `url` under the policy, or null when it may. No network. */
export function outboundUrlProblem(url: string, policy: OutboundPolicy = current): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url} is not an absolute URL.`;
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol !== 'http:') return `${parsed.protocol} URLs are not called; use https://.`;
  if (policy.requireHttps) return `${parsed.origin} uses http; outside local mode the portal calls identity providers over https only.`;
  return null;
}

/**
 * RFC 7592 section 3 lets the IdP name the client's configuration endpoint. The portal sends the
 * registration access token only to the origin (scheme, host and port, RFC 6454) of the Client
 * Registration Endpoint an admin configured, so an IdP answer cannot point it anywhere else.
 */
export function sameOrigin(url: string, configured: string): boolean {
  try {
    return new URL(url).origin === new URL(configured).origin;
  } catch {
    return false;
  }
}
