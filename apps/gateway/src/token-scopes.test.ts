import { describe, expect, it } from 'vitest';
import { readTokenScopes } from './token-scopes.ts';

describe('readTokenScopes', () => {
  it('reads scope as a space-separated string (RFC 9068)', () => {
    expect(readTokenScopes({ scope: 'openid  orders:read' }).text).toBe('openid orders:read');
  });

  it('reads scp as an array (Okta) or a string (Entra ID)', () => {
    expect([...readTokenScopes({ scp: ['orders.read', 'orders.write'] }).set]).toEqual(['orders.read', 'orders.write']);
    expect(readTokenScopes({ scp: 'Orders.Read User.Read' }).text).toBe('Orders.Read User.Read');
  });

  it('joins both, once each, and drops values that are not scope tokens', () => {
    const scopes = readTokenScopes({ scope: 'a b', scp: ['b', 'c', 7, 'has"quote'] });
    expect(scopes.text).toBe('a b c');
    expect(readTokenScopes({}).set.size).toBe(0);
  });
});
