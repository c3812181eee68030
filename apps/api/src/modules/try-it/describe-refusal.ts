import type { HttpHeaderView } from './call-api.ts';

/** What each refusal means for the developer trying the API. */
const REFUSALS: Record<number, string> = {
  401: 'The gateway did not accept the access token (RFC 6750 section 3.1). Get a new token; it may have expired or belong to a deleted client.',
  403: "The token is valid, but the client's policy does not allow this call.",
  429: "The client's rate limit or quota is used up.",
};

/**
 * For 401, 403 and 429, a sentence saying the gateway refused and why: the gateway's own
 * error_description (its WWW-Authenticate challenge or JSON body), and Retry-After for 429.
 * Null for any other status: that is the API's answer.
 */
export function describeRefusal(status: number, headers: HttpHeaderView[], body: string): string | null {
  const general = REFUSALS[status];
  if (!general) return null;
  const header = (name: string) => headers.find((h) => h.name === name)?.value;
  let description = /error_description="([^"]*)"/.exec(header('www-authenticate') ?? '')?.[1];
  if (!description) {
    try {
      const json = JSON.parse(body) as { error_description?: unknown };
      if (typeof json.error_description === 'string') description = json.error_description;
    } catch {
      // Not the gateway's JSON: the general sentence is all there is.
    }
  }
  const retryAfter = status === 429 ? header('retry-after') : undefined;
  return [general, description ? `Gateway: ${description}.` : null, retryAfter ? `Retry after ${retryAfter} s.` : null].filter(Boolean).join(' ');
}
