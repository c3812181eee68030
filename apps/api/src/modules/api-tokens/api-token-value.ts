import { createHash, randomBytes } from 'node:crypto';

/**
 * API token values: `gh_` and 256 random bits in base64url. The prefix lets secret scanners and
 * people recognise a Gatehouse token, and lets the API tell a token from a malformed header.
 * Only the SHA-256 is stored (no salt needed: the value has 256 bits of entropy).
 */
export const API_TOKEN_PREFIX = 'gh_';

/** 43 base64url characters encode 32 bytes. */
const API_TOKEN_PATTERN = /^gh_[A-Za-z0-9_-]{43}$/;

export function newApiTokenValue(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiToken(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function isApiTokenShaped(value: string): boolean {
  return API_TOKEN_PATTERN.test(value);
}

/** What lists show of a value: `gh_` and 4 characters, and the last 4. */
export function displayParts(value: string): { prefix: string; lastFour: string } {
  return { prefix: value.slice(0, API_TOKEN_PREFIX.length + 4), lastFour: value.slice(-4) };
}
