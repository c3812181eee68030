import { describe, expect, it } from 'vitest';
import { dcrDraftFindings, dcrDraftFrom, emptyDcrDraft, findingsAsFieldErrors, toDcrSettingsInput } from './dcr-draft.ts';

const seed = {
  ...emptyDcrDraft(),
  enabled: true,
  grantTypes: ['authorization_code' as const, 'client_credentials' as const],
  responseTypes: ['code' as const, 'token' as const],
  tokenEndpointAuthMethod: 'client_secret_post' as const,
  identityProviderHost: ' https://idsvr.example.com ',
  clientRegistrationEndpoint: 'https://idsvr.example.com/token-service/oauth-registration',
};

describe('DCR draft', () => {
  it('sends trimmed URLs, empty ones as null, and no token unless one was typed', () => {
    expect(toDcrSettingsInput({ ...seed, clientRegistrationEndpoint: '  ' })).toEqual({
      enabled: true,
      provider: 'OTHER',
      grantTypes: ['authorization_code', 'client_credentials'],
      tokenEndpointAuthMethod: 'client_secret_post',
      responseTypes: ['code', 'token'],
      identityProviderHost: 'https://idsvr.example.com',
      clientRegistrationEndpoint: null,
      clearInitialRegistrationAccessToken: false,
    });
    expect(toDcrSettingsInput({ ...seed, newToken: ' t0ken ' }).initialRegistrationAccessToken).toBe('t0ken');
  });

  it('lets the seed’s table save, warning about Token without Implicit as the API will, at the same path', () => {
    expect(findingsAsFieldErrors(dcrDraftFindings(seed), 'error', 'dcr.')).toEqual([]);
    expect(findingsAsFieldErrors(dcrDraftFindings(seed), 'warning', 'dcr.')).toEqual([
      { path: 'dcr.responseTypes', message: expect.stringMatching(/Token response type goes with the Implicit grant type.*RFC 7591 section 2\.1/) },
    ]);
  });

  it('counts a stored Okta token unless it is being cleared', () => {
    const okta = { ...seed, responseTypes: ['code' as const], provider: 'OKTA' as const, tokenStored: true };
    expect(dcrDraftFindings(okta)).toEqual([]);
    expect(dcrDraftFindings({ ...okta, clearToken: true }).map((f) => f.field)).toEqual(['initialRegistrationAccessToken']);
  });

  it('reads stored settings, never a token', () => {
    const draft = dcrDraftFrom({
      enabled: true,
      provider: 'KEYCLOAK',
      grantTypes: ['client_credentials'],
      tokenEndpointAuthMethod: 'client_secret_basic',
      responseTypes: [],
      identityProviderHost: null,
      clientRegistrationEndpoint: 'https://kc.example/realms/a/clients-registrations/openid-connect',
      initialRegistrationAccessTokenSet: true,
    });
    expect(draft).toMatchObject({ tokenStored: true, newToken: '', identityProviderHost: '' });
  });
});
