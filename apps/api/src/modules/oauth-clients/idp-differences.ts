import { redirectUriProblem } from '@gatehouse/dcr/redirect-uris';

/** One way the client as registered differs from what the portal asked for, or is off. */
export interface IdpDifference {
  /** The RFC 7591 section 2 / 3.2.1 field concerned. */
  field: string;
  message: string;
}

/** What the differences are computed from: the stored answer, the request, the secret's state. */
export interface RegisteredAndAsked {
  registered: Record<string, unknown>;
  /** null for clients stored before requests were kept. */
  asked: Record<string, unknown> | null;
  hasSecret: boolean;
  /** client_secret_expires_at, seconds; 0 or null = never. */
  secretExpiresAt: number | null;
  now: Date;
}

/**
 * Lists of values an IdP may register only part of (RFC 7591 section 3.2.1; an inconsistent
 * grant/response type pair is the server's to resolve, section 2.1: Curity keeps `token`,
 * oidc-provider drops it).
 */
const DROPPABLE = [
  ['grant_types', 'grant types'],
  ['response_types', 'response types'],
] as const;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const list = (values: string[]) => values.join(', ');

/**
 * RFC 7591 section 3.2.1: the IdP "MAY reject or replace any of the client's requested metadata
 * values", and the answer is what holds. A developer must not take such a client for the one
 * they asked for, so each change, and each registration that cannot work as it is, is named.
 */
export function idpDifferences(c: RegisteredAndAsked): IdpDifference[] {
  const out: IdpDifference[] = [];
  const registeredUris = strings(c.registered.redirect_uris);
  if (c.asked) {
    const askedUris = strings(c.asked.redirect_uris);
    const added = registeredUris.filter((u) => !askedUris.includes(u));
    const dropped = askedUris.filter((u) => !registeredUris.includes(u));
    if (added.length || dropped.length) {
      const parts = [added.length ? `added ${list(added)}` : '', dropped.length ? `dropped ${list(dropped)}` : ''].filter(Boolean);
      out.push({ field: 'redirect_uris', message: `The identity provider registered other redirect URIs than asked: it ${parts.join(' and ')}.` });
    }
    const askedGrants = strings(c.asked.grant_types);
    const widened = strings(c.registered.grant_types).filter((g) => !askedGrants.includes(g));
    if (widened.length) out.push({ field: 'grant_types', message: `The identity provider added grant types that were not asked for: ${list(widened)}.` });
    for (const [field, what] of DROPPABLE) {
      const kept = strings(c.registered[field]);
      const dropped = strings(c.asked[field]).filter((v) => !kept.includes(v));
      if (dropped.length) out.push({ field, message: `Asked for but not registered by the identity provider: ${what} ${list(dropped)}.` });
    }
    const askedMethod = c.asked.token_endpoint_auth_method;
    const method = c.registered.token_endpoint_auth_method;
    if (typeof askedMethod === 'string' && typeof method === 'string' && method !== askedMethod) {
      out.push({ field: 'token_endpoint_auth_method', message: `The identity provider registered ${method} as the token endpoint auth method, not ${askedMethod}.` });
    }
  }
  for (const uri of registeredUris) {
    const problem = redirectUriProblem(uri);
    if (problem) out.push({ field: 'redirect_uris', message: `A registered redirect URI is not one the portal accepts: ${problem}` });
  }
  const method = c.registered.token_endpoint_auth_method ?? 'client_secret_basic';
  if (method === 'none' && c.hasSecret) {
    out.push({ field: 'client_secret', message: 'The identity provider registered a public client (auth method none) and still issued a client secret; the secret is not needed to get tokens.' });
  }
  if (method !== 'none' && !c.hasSecret) {
    out.push({ field: 'client_secret', message: `The identity provider issued no client secret, although the client authenticates with ${String(method)}: it cannot get tokens as registered.` });
  }
  if (c.hasSecret && secretExpired(c.secretExpiresAt, c.now)) {
    out.push({ field: 'client_secret_expires_at', message: `The client secret expired on ${epochToIso(c.secretExpiresAt)}; ask the identity provider for a new one or create a new client.` });
  }
  return out;
}

/** RFC 7591 section 3.2.1: 0 means the secret does not expire. */
export function secretExpired(expiresAt: number | null, now: Date): boolean {
  return typeof expiresAt === 'number' && expiresAt > 0 && expiresAt * 1000 <= now.getTime();
}

/** Seconds since the epoch as an ISO date, or null when absent or out of what a date can hold. */
export function epochToIso(seconds: number | null): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
