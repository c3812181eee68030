import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newPkcePair, PENDING_TTL_MS, PendingAuthorizations } from './pending-authorizations.ts';

const entry = (viewerId: string) => ({ viewerId, clientId: 'c1', codeVerifier: 'v', redirectUri: 'http://localhost:7777', tokenEndpoint: 'http://idp/token', issuer: null });

describe('PendingAuthorizations', () => {
  it('gives a state back once, to the developer who started it, until it expires', () => {
    let now = 1_000_000;
    const pending = new PendingAuthorizations(() => now);
    const { state } = pending.add(entry('dev-1'));
    expect(pending.take(state, 'dev-2')).toBeNull();
    expect(pending.take(state, 'dev-1')).toMatchObject({ clientId: 'c1' });
    expect(pending.take(state, 'dev-1')).toBeNull();

    const late = pending.add(entry('dev-1'));
    now += PENDING_TTL_MS;
    expect(pending.take(late.state, 'dev-1')).toBeNull();
  });

  it("keeps a developer's 20 newest requests", () => {
    const pending = new PendingAuthorizations();
    const states = Array.from({ length: 25 }, () => pending.add(entry('dev-1')).state);
    expect(states.slice(0, 5).map((s) => pending.take(s, 'dev-1'))).toEqual([null, null, null, null, null]);
    expect(states.slice(5).every((s) => pending.take(s, 'dev-1') !== null)).toBe(true);
  });
});

describe('newPkcePair', () => {
  it('makes an RFC 7636 S256 pair: a 43-character verifier and its SHA-256 challenge', () => {
    const { verifier, challenge } = newPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});
