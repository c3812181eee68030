import { describeFailure } from './describe-failure.ts';
import { answerProblem, discoveryDocumentSchema, type DiscoveryDocument } from './idp-answer-schemas.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { IdpResult } from './registration-result.ts';

export type { DiscoveryDocument };

/** Accepts an issuer URL or the full `.well-known/openid-configuration` URL. */
export function discoveryUrl(issuerOrConfigUrl: string): string {
  const url = issuerOrConfigUrl.trim();
  if (url.includes('/.well-known/')) return url;
  return `${url.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * Fetches and checks an OpenID Provider Configuration (OpenID Connect Discovery 1.0 section 4).
 * The document is data from outside: every endpoint the portal uses must be an absolute http(s)
 * URL by the rules admins' input follows, or the whole document is refused (and, being a
 * failure, never cached).
 */
export async function discover(issuerOrConfigUrl: string, options?: OutboundOptions): Promise<IdpResult<DiscoveryDocument>> {
  const url = discoveryUrl(issuerOrConfigUrl);
  const result = await outboundJson(url, { method: 'GET' }, options);
  if (result.kind === 'answer' && result.status === 200) {
    const doc = result.json as { issuer?: unknown } | null;
    if (!doc || typeof doc !== 'object' || doc.issuer === undefined) {
      return { ok: false, kind: 'unavailable', message: `${url} is not an OpenID Provider Configuration (it has no issuer).` };
    }
    const parsed = discoveryDocumentSchema.safeParse(doc);
    if (parsed.success) return { ok: true, value: parsed.data };
    const { field, problem } = answerProblem(parsed.error);
    return { ok: false, kind: 'invalid-answer', field, message: `The OpenID Provider Configuration at ${url} cannot be used: its ${field} ${problem}.` };
  }
  return { ok: false, ...describeFailure(result, new URL(url).host) };
}
