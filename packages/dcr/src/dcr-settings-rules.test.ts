import { describe, expect, it } from 'vitest';
import { checkDcrSettings, type DcrSettingsDraft } from './dcr-settings-rules.ts';

/** A consistent version of the seed guide's settings: its table without the Token response type. */
const seed: DcrSettingsDraft = {
  enabled: true,
  provider: 'OTHER',
  grantTypes: ['authorization_code', 'client_credentials'],
  responseTypes: ['code'],
  tokenEndpointAuthMethod: 'client_secret_post',
  identityProviderHost: 'https://idsvr.example.com',
  clientRegistrationEndpoint: 'https://idsvr.example.com/token-service/oauth-registration',
  hasInitialRegistrationAccessToken: false,
};
const check = (overrides: Partial<DcrSettingsDraft>) => checkDcrSettings({ ...seed, ...overrides });
const errors = (overrides: Partial<DcrSettingsDraft>) =>
  check(overrides)
    .filter((f) => f.severity === 'error')
    .map(({ field, message }) => ({ field, message }));

describe('checkDcrSettings', () => {
  it('accepts the seed guide settings', () => {
    expect(check({})).toEqual([]);
  });

  it('saves the seed guide table exactly (Token without Implicit), warning that the IdP may drop or refuse token (RFC 7591 section 2.1)', () => {
    expect(check({ responseTypes: ['code', 'token'] })).toEqual([
      {
        field: 'responseTypes',
        severity: 'warning',
        message: expect.stringMatching(/Token response type goes with the Implicit grant type.*RFC 7591 section 2\.1.*may drop "token".*or refuse it/),
      },
    ]);
  });

  it('warns about, but saves, the Authorization Code response type without its grant type', () => {
    expect(check({ grantTypes: ['client_credentials'], responseTypes: ['code'] })).toEqual([
      { field: 'responseTypes', severity: 'warning', message: expect.stringMatching(/Authorization Code response type goes with the Authorization Code grant type/) },
    ]);
  });

  it('refuses the Authorization Code grant without its response type', () => {
    expect(errors({ responseTypes: [] })).toEqual([
      { field: 'responseTypes', message: expect.stringMatching(/Authorization Code grant type needs the Authorization Code response type/) },
    ]);
  });

  it('accepts client credentials alone with no response type', () => {
    expect(check({ grantTypes: ['client_credentials'], responseTypes: [] })).toEqual([]);
  });

  it("lets Okta register a client-credentials service app with response type token (Okta's rule)", () => {
    const okta = { provider: 'OKTA' as const, hasInitialRegistrationAccessToken: true };
    expect(errors({ ...okta, grantTypes: ['client_credentials'], responseTypes: ['token'] })).toEqual([]);
    expect(check({ ...okta, grantTypes: ['client_credentials'], responseTypes: ['token'] })).toEqual([]);
    expect(check({ provider: 'OTHER', grantTypes: ['client_credentials'], responseTypes: ['token'] })).toEqual([
      expect.objectContaining({ field: 'responseTypes', severity: 'warning' }),
    ]);
  });

  it('warns about, but accepts, the implicit grant (RFC 9700 section 2.1.2)', () => {
    const findings = check({ grantTypes: ['authorization_code', 'implicit'], responseTypes: ['code', 'token'] });
    expect(findings).toEqual([{ field: 'grantTypes', severity: 'warning', message: expect.stringMatching(/RFC 9700/) }]);
  });

  it('refuses a refresh token grant without the authorization code grant', () => {
    expect(errors({ grantTypes: ['client_credentials', 'refresh_token'], responseTypes: [] })).toEqual([
      { field: 'grantTypes', message: expect.stringMatching(/only issued with the Authorization Code grant/) },
    ]);
  });

  it('refuses client credentials for a client without a secret (auth method None)', () => {
    expect(errors({ tokenEndpointAuthMethod: 'none' })).toEqual([
      { field: 'tokenEndpointAuthMethod', message: expect.stringMatching(/needs a client secret/) },
    ]);
  });

  it('needs a grant type and a registration endpoint only when enabled', () => {
    const empty = { grantTypes: [], responseTypes: [], clientRegistrationEndpoint: null };
    expect(errors(empty).map((e) => e.field)).toEqual(['grantTypes', 'clientRegistrationEndpoint']);
    expect(errors({ ...empty, enabled: false })).toEqual([]);
  });

  it.each([
    ['idsvr.example.com', /absolute URL/],
    ['ftp://idsvr.example.com', /https:\/\/ or http:\/\//],
    ['https://user:pw@idsvr.example.com', /user name or password/],
    ['https://idsvr.example.com/#x', /fragment/],
  ])('refuses %s as an endpoint, naming the field', (url, message) => {
    expect(errors({ identityProviderHost: url, clientRegistrationEndpoint: url })).toEqual([
      { field: 'identityProviderHost', message: expect.stringMatching(message) },
      { field: 'clientRegistrationEndpoint', message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    ['OKTA', /Okta registers clients only with an API token/],
    ['KEYCLOAK', /Keycloak registers clients only with an initial access token/],
  ] as const)('needs a token for %s', (provider, message) => {
    expect(errors({ provider })).toEqual([{ field: 'initialRegistrationAccessToken', message: expect.stringMatching(message) }]);
    expect(errors({ provider, hasInitialRegistrationAccessToken: true })).toEqual([]);
  });

  it.each(['CURITY', 'GLUU', 'OTHER'] as const)('does not need a token for %s', (provider) => {
    expect(errors({ provider })).toEqual([]);
  });
});
