import { describe, expect, it } from 'vitest';
import { discoveryEndpointWarnings } from './endpoint-warnings.ts';

describe('discovery endpoints outside local mode', () => {
  const doc = {
    jwks_uri: 'https://169.254.169.254/jwks',
    registration_endpoint: 'https://127.0.0.1/register',
    token_endpoint: 'https://idp.example:4000/token',
  };

  it("warns about loopback, link-local and the portal's own ports", () => {
    expect(discoveryEndpointWarnings(doc, { requireHttps: true, portalPorts: [3000, 4000] })).toEqual([
      expect.stringMatching(/jwks_uri points at a link-local address/),
      expect.stringMatching(/registration_endpoint points at a loopback address/),
      expect.stringMatching(/token_endpoint uses port 4000, one of the portal's own ports/),
    ]);
    expect(discoveryEndpointWarnings({ jwks_uri: 'https://[fe80::1]/jwks', token_endpoint: 'https://[::1]/t' }, { requireHttps: true })).toHaveLength(2);
  });

  it('says nothing in local mode, where the IdP runs beside the portal, or for an ordinary host', () => {
    expect(discoveryEndpointWarnings(doc, { requireHttps: false, portalPorts: [4000] })).toEqual([]);
    expect(discoveryEndpointWarnings({ token_endpoint: 'https://idp.example/token' }, { requireHttps: true, portalPorts: [4000] })).toEqual([]);
  });
});
