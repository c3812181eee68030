import { describe, expect, it } from 'vitest';
import { MALFORMED_BEARER_TOKEN, NO_BEARER_TOKEN, readBearerToken } from './read-bearer-token.ts';

describe('readBearerToken (RFC 6750 section 2.1)', () => {
  it('returns the token of a Bearer header, whatever the scheme case', () => {
    expect(readBearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(readBearerToken('bearer   abc.def-_~+/==')).toBe('abc.def-_~+/==');
    expect(readBearerToken('BEARER x')).toBe('x');
  });

  it('reports no token for a missing header or another scheme', () => {
    expect(readBearerToken(undefined)).toBe(NO_BEARER_TOKEN);
    expect(readBearerToken('Basic Zm9vOmJhcg==')).toBe(NO_BEARER_TOKEN);
    expect(readBearerToken('Bearer')).toBe(NO_BEARER_TOKEN);
    expect(readBearerToken('Bearerabc')).toBe(NO_BEARER_TOKEN);
  });

  it('reports a malformed token when the credentials are not a b64token', () => {
    expect(readBearerToken('Bearer a b')).toBe(MALFORMED_BEARER_TOKEN);
    expect(readBearerToken('Bearer a=b')).toBe(MALFORMED_BEARER_TOKEN);
    expect(readBearerToken('Bearer "quoted"')).toBe(MALFORMED_BEARER_TOKEN);
  });
});
