import type { OutboundPolicy } from './outbound-policy.ts';

/** The endpoints of a discovery document that carry credentials or keys the portal trusts. */
const CHECKED = ['jwks_uri', 'registration_endpoint', 'token_endpoint'] as const;

/**
 * Where an address points at the portal's own machine or network rather than at an identity
 * provider: loopback (RFC 1122 section 3.2.1.3, RFC 4291 ::1), link-local (RFC 3927, RFC 4291
 * fe80::/10, which includes cloud metadata services at 169.254.169.254), or null.
 */
function localKind(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0') return 'a loopback address';
  if (/^169\.254\./.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return 'a link-local address';
  return null;
}

/**
 * Warnings for an admin about a discovery document's endpoints outside local mode: one that
 * points at loopback, link-local or one of the portal's own ports makes the portal send tokens
 * or trust keys from itself or its network instead of the identity provider.
 */
export function discoveryEndpointWarnings(doc: Partial<Record<(typeof CHECKED)[number], string>>, policy: OutboundPolicy): string[] {
  if (!policy.requireHttps) return [];
  const warnings: string[] = [];
  for (const field of CHECKED) {
    const value = doc[field];
    if (!value) continue;
    const url = new URL(value);
    const kind = localKind(url.hostname);
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    if (kind) warnings.push(`${field} points at ${kind} (${url.host}); outside local mode an identity provider's endpoints should be on its own host.`);
    else if (policy.portalPorts?.includes(port)) {
      warnings.push(`${field} uses port ${port}, one of the portal's own ports; check that it is the identity provider's.`);
    }
  }
  return warnings;
}
