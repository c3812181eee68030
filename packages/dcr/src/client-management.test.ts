import { describe, expect, it } from 'vitest';
import { clientManagement } from './client-management.ts';
import { replacementMetadata } from './rfc7592.ts';

const means = { clientId: 'c1', registrationEndpoint: 'https://idp.example/register', registrationClientUri: 'https://idp.example/register/c1', hasRegistrationAccessToken: true, hasInitialAccessToken: false };

describe('clientManagement', () => {
  it('offers everything for an RFC 7592 client at an Other IdP', () => {
    expect(clientManagement('OTHER', means)).toEqual({ canUpdate: true, canRotateSecret: true, canDeleteAtIdp: true, updateRotatesSecret: false, limitation: null });
  });

  it('warns that Curity issues a new secret on every update', () => {
    expect(clientManagement('CURITY', means).updateRotatesSecret).toBe(true);
  });

  it('says why Keycloak and Gluu cannot rotate secrets, but can still update and delete', () => {
    for (const provider of ['KEYCLOAK', 'GLUU'] as const) {
      expect(clientManagement(provider, means)).toMatchObject({ canUpdate: true, canDeleteAtIdp: true, canRotateSecret: false, limitation: expect.stringMatching(/secret/) });
    }
  });

  it('manages Okta clients with the API token of the settings, not RFC 7592 means', () => {
    const okta = { ...means, registrationClientUri: null, hasRegistrationAccessToken: false };
    expect(clientManagement('OKTA', { ...okta, hasInitialAccessToken: true })).toMatchObject({ canUpdate: true, canRotateSecret: true, canDeleteAtIdp: true });
    expect(clientManagement('OKTA', okta)).toMatchObject({ canUpdate: false, canDeleteAtIdp: false, limitation: expect.stringMatching(/API token/) });
  });

  it('cannot manage a client the IdP returned no registration_client_uri for', () => {
    expect(clientManagement('OTHER', { ...means, registrationClientUri: null })).toMatchObject({ canUpdate: false, canDeleteAtIdp: false, limitation: expect.stringMatching(/RFC 7592/) });
  });
});

describe('replacementMetadata (RFC 7592 section 2.2)', () => {
  const registered = {
    client_id: 'old',
    client_name: 'App',
    redirect_uris: ['https://a.example/cb'],
    client_secret: 'stale',
    registration_access_token: 't',
    registration_client_uri: 'https://idp.example/register/c1',
    client_id_issued_at: 1,
    client_secret_expires_at: 0,
  };

  it('sends the full metadata with client_id and without the server-issued fields', () => {
    expect(replacementMetadata('c1', registered)).toEqual({ client_id: 'c1', client_name: 'App', redirect_uris: ['https://a.example/cb'] });
  });

  it('carries the current secret only when given', () => {
    expect(replacementMetadata('c1', registered, 'current')).toMatchObject({ client_secret: 'current' });
  });
});
