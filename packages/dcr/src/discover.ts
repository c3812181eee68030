import { describeFailure } from './describe-failure.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { IdpResult } from './registration-result.ts';

/** The parts of an OpenID Provider Configuration (OpenID Connect Discovery 1.0 section 3) the portal uses. */
export interface DiscoveryDocument {
  issuer: string;
  jwks_uri?: string;
  token_endpoint?: string;
  authorization_endpoint?: string;
  registration_endpoint?: string;
}

/** Accepts an issuer URL or the full `.well-known/openid-configuration` URL. */
export function discoveryUrl(issuerOrConfigUrl: string): string {
  const url = issuerOrConfigUrl.trim();
  if (url.includes('/.well-known/')) return url;
  return `${url.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

export async function discover(issuerOrConfigUrl: string, options?: OutboundOptions): Promise<IdpResult<DiscoveryDocument>> {
  const url = discoveryUrl(issuerOrConfigUrl);
  const result = await outboundJson(url, { method: 'GET' }, options);
  if (result.kind === 'answer' && result.status === 200) {
    const doc = result.json as Partial<DiscoveryDocument> | null;
    if (doc && typeof doc.issuer === 'string') return { ok: true, value: doc as DiscoveryDocument };
    return { ok: false, kind: 'unavailable', message: `${url} is not an OpenID Provider Configuration (it has no issuer).` };
  }
  return { ok: false, ...describeFailure(result, new URL(url).host) };
}
