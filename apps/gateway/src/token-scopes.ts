import type { JWTPayload } from 'jose';

/** The scopes a token grants, as one set whichever way its IdP wrote them. */
export interface TokenScopes {
  readonly set: ReadonlySet<string>;
  /** The same scopes space-separated (RFC 6749 section 3.3), computed once for the upstream header. */
  readonly text: string;
}

const NO_SCOPES: TokenScopes = Object.freeze({ set: new Set<string>(), text: '' });

/**
 * Reads `scope`, a space-separated string (RFC 9068 section 2.2.3, RFC 8693 section 4.2: Curity,
 * Keycloak, Auth0, Gluu), and `scp`, an array (Okta) or a space-separated string (Entra ID), into
 * one set. Tokens carry one or the other; a token with both grants the union.
 */
export function readTokenScopes(claims: JWTPayload): TokenScopes {
  const { scope, scp } = claims;
  if (scope === undefined && scp === undefined) return NO_SCOPES;
  const set = new Set<string>();
  addScopes(set, scope);
  addScopes(set, scp);
  return set.size === 0 ? NO_SCOPES : { set, text: [...set].join(' ') };
}

function addScopes(set: Set<string>, value: unknown): void {
  if (typeof value === 'string') {
    for (const token of value.split(' ')) if (isScopeToken(token)) set.add(token);
  } else if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string' && isScopeToken(item)) set.add(item);
  }
}

/** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ); anything else is dropped. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

function isScopeToken(value: string): boolean {
  return SCOPE_TOKEN.test(value);
}
