import { describe, expect, it } from 'vitest';
import { emptyApiDraft, suggestListenPath, toApiInput } from './api-draft.ts';

describe('API draft', () => {
  it('suggests the listen path from the name', () => {
    expect(suggestListenPath('curity-api')).toBe('/curity-api/');
    expect(suggestListenPath(' Orders API ')).toBe('/orders-api/');
    expect(suggestListenPath('')).toBe('');
  });

  it('sends the identity source as a list of claims, whether separated by spaces or commas', () => {
    expect(toApiInput({ ...emptyApiDraft('okta-api'), identitySource: ' cid, client_id ' }).identitySource).toEqual(['cid', 'client_id']);
  });

  it('sends empty optional checks as null and always JWT', () => {
    expect(toApiInput({ ...emptyApiDraft('curity-api'), upstreamUrl: ' http://127.0.0.1:4200 ', jwksUri: 'https://idp/jwks' })).toEqual({
      name: 'curity-api',
      listenPath: '/curity-api/',
      upstreamUrl: 'http://127.0.0.1:4200',
      authMode: 'JWT',
      jwksUri: 'https://idp/jwks',
      identitySource: ['client_id', 'azp', 'cid'],
      issuer: null,
      audience: null,
      defaultPolicyId: null,
      active: true,
    });
  });
});
