import { createHash, randomBytes } from 'node:crypto';

/** An authorization request waiting for its code: what the exchange needs, kept on the server. */
export interface PendingAuthorization {
  viewerId: string;
  /** OAuthClient.id */
  clientId: string;
  /** RFC 7636 section 4.1: never leaves the portal. */
  codeVerifier: string;
  redirectUri: string;
  tokenEndpoint: string;
  /** The IdP's issuer, to check the redirect's `iss` against (RFC 9207 section 2.4). */
  issuer: string | null;
  expiresAt: number;
}

/** How long a started authorization waits for its code. */
export const PENDING_TTL_MS = 10 * 60 * 1000;
const MAX_PENDING = 5000;
export const MAX_PER_VIEWER = 20;

/** RFC 7636 section 4.1-4.2: a 43-character verifier from 32 random bytes, and its S256 challenge. */
export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * Started authorization requests by `state` (RFC 6749 section 10.12): each is bound to the
 * developer who started it, used at most once, gone after ten minutes, and a developer keeps at
 * most their 20 newest, so that nobody can fill the store.
 */
export interface PendingAuthorizations {
  add(entry: Omit<PendingAuthorization, 'expiresAt'>): Promise<{ state: string; expiresAt: number }>;
  /** The request for this state if it is the viewer's and still valid; it is removed either way when it is theirs. */
  take(state: string, viewerId: string): Promise<PendingAuthorization | null>;
}

/** A fresh `state`: 24 random bytes, unguessable (RFC 6749 section 10.10). */
export const newState = () => randomBytes(24).toString('base64url');

/**
 * In this process's memory (no REDIS_URL): gone on a restart (the developer then starts again),
 * and bounded in total as well as per developer.
 */
export class InMemoryPendingAuthorizations implements PendingAuthorizations {
  readonly #byState = new Map<string, PendingAuthorization>();

  constructor(private readonly now: () => number = Date.now) {}

  async add(entry: Omit<PendingAuthorization, 'expiresAt'>): Promise<{ state: string; expiresAt: number }> {
    this.#prune();
    const mine = [...this.#byState].filter(([, p]) => p.viewerId === entry.viewerId);
    // Oldest first (Map keeps insertion order): a developer's newest requests are kept.
    for (const [state] of mine.slice(0, Math.max(0, mine.length - MAX_PER_VIEWER + 1))) this.#byState.delete(state);
    if (this.#byState.size >= MAX_PENDING) this.#byState.delete(this.#byState.keys().next().value!);
    const state = newState();
    const expiresAt = this.now() + PENDING_TTL_MS;
    this.#byState.set(state, { ...entry, expiresAt });
    return { state, expiresAt };
  }

  async take(state: string, viewerId: string): Promise<PendingAuthorization | null> {
    const entry = this.#byState.get(state);
    if (!entry || entry.viewerId !== viewerId) return null;
    this.#byState.delete(state);
    return entry.expiresAt > this.now() ? entry : null;
  }

  #prune(): void {
    const now = this.now();
    for (const [state, entry] of this.#byState) if (entry.expiresAt <= now) this.#byState.delete(state);
  }
}
