import { describe, expect, it } from 'vitest';
import {
  compileIdentitySource,
  identityClaimProblem,
  identitySourceFor,
  parseIdentitySource,
  recogniseTokenVendor,
  resolveClientIdentity,
  suggestedAudience,
} from './identity-claims.ts';

const any = () => true;

describe('resolveClientIdentity', () => {
  it('takes the first claim of the list that holds a string, in the list order', () => {
    const readers = compileIdentitySource(['client_id', 'azp', 'cid']);
    expect(resolveClientIdentity({ azp: 'web', cid: 'okta' }, readers, any)).toBe('web');
    expect(resolveClientIdentity({ cid: 'okta', client_id: 'rfc9068' }, readers, any)).toBe('rfc9068');
    expect(resolveClientIdentity({ client_id: 7, cid: 'okta' }, readers, any)).toBe('okta');
    expect(resolveClientIdentity({ sub: 'user' }, readers, any)).toBeUndefined();
  });

  it("strips Auth0's @clients suffix by the named rule and reads no other sub", () => {
    const readers = compileIdentitySource(['sub@clients']);
    expect(resolveClientIdentity({ sub: 'abc@clients' }, readers, any)).toBe('abc');
    expect(resolveClientIdentity({ sub: 'auth0|64f1' }, readers, any)).toBeUndefined();
    expect(resolveClientIdentity({ sub: '@clients' }, readers, any)).toBeUndefined();
  });

  it('skips a value the caller does not accept', () => {
    const readers = compileIdentitySource(['client_id', 'azp']);
    expect(resolveClientIdentity({ client_id: 'x'.repeat(600), azp: 'web' }, readers, (v) => v.length < 512)).toBe('web');
  });
});

describe('identity claim names', () => {
  it('accepts common and URI claim names and the named rules', () => {
    for (const name of ['client_id', 'azp', 'cid', 'appid', 'sub', 'sub@clients', 'https://example.com/claims/client']) {
      expect(identityClaimProblem(name)).toBeNull();
    }
  });

  it('refuses names with spaces, quotes or an unknown @ rule, saying what is allowed', () => {
    expect(identityClaimProblem('client"id')).toMatch(/client"id is not a claim name: use letters, digits/);
    expect(identityClaimProblem('sub@users')).toMatch(/sub@clients is the one name with @/);
    expect(identityClaimProblem('a'.repeat(101))).toMatch(/at most 100 characters/);
  });

  it('reads a stored list separated by spaces or commas', () => {
    expect(parseIdentitySource(' client_id  azp,cid ')).toEqual(['client_id', 'azp', 'cid']);
  });
});

describe('provider suggestions', () => {
  it('suggests each DCR provider’s identity claim', () => {
    expect(identitySourceFor('OKTA')).toEqual(['cid']);
    expect(identitySourceFor('KEYCLOAK')).toEqual(['azp']);
    expect(identitySourceFor('CURITY')).toEqual(['client_id']);
    expect(identitySourceFor('OTHER')).toEqual(['client_id', 'azp', 'cid']);
  });

  it('recognises vendors by their issuer URLs and proposes Okta’s default audience', () => {
    expect(recogniseTokenVendor('https://dev-1.okta.com/oauth2/default')).toBe('OKTA');
    expect(recogniseTokenVendor('https://sso.example.com/realms/shop')).toBe('KEYCLOAK');
    expect(recogniseTokenVendor('https://shop.eu.auth0.com/')).toBe('AUTH0');
    expect(recogniseTokenVendor('https://login.microsoftonline.com/tid/v2.0')).toBe('ENTRA_ID');
    expect(recogniseTokenVendor('https://idp.example.com/')).toBeNull();
    expect(suggestedAudience('https://dev-1.okta.com/oauth2/default')).toBe('api://default');
    expect(suggestedAudience('https://sso.example.com/realms/shop')).toBeNull();
  });
});
