import type { TokenVendor } from '@gatehouse/dcr/identity-claims';
import type { JWTPayload } from 'jose';

/**
 * Access tokens as identity provider vendors issue them: the JOSE header (without `kid`, which the
 * signing key sets) and the claims, in the shape each vendor's documentation shows, for a client
 * whose id is `clientId`. Values are made up; names, types and which claim holds what are not.
 */
export interface VendorToken {
  /** Vendor and grant, for the test name. */
  name: string;
  vendor: TokenVendor;
  issuer: string;
  /** The audience an API protected by this IdP expects. */
  audience: string;
  /** A client id of the vendor's format. */
  clientId: string;
  header: Record<string, unknown>;
  claims(now: number): JWTPayload;
  /** The scopes the gateway must read from it, in order. */
  scopes: string;
}

const KEYCLOAK = 'https://sso.example.com/realms/shop';
const OKTA = 'https://dev-133337.okta.com/oauth2/default';
const AUTH0 = 'https://shop-example.eu.auth0.com/';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export const VENDOR_TOKENS: readonly VendorToken[] = [
  {
    // Curity Identity Server: JWT access tokens from the default token procedures.
    name: 'Curity, client credentials',
    vendor: 'CURITY',
    issuer: 'https://idsvr.example.com/oauth/v2/oauth-anonymous',
    audience: 'www',
    clientId: 'orders-service',
    header: { alg: 'RS256', x5t: 'aGVsbG8td29ybGQtdGh1bWJwcmludA' },
    claims: (now) => ({
      jti: '9a2c1e6f-27a3-4bd5-9d8a-0d5e2c3b4a11', delegationId: 'b4c0e5b5-1d3a-4a7f-9c0b-0d3a4f3f1e2d',
      exp: now + 300, nbf: now, scope: 'orders:read', iss: 'https://idsvr.example.com/oauth/v2/oauth-anonymous',
      sub: 'orders-service', aud: 'www', iat: now, purpose: 'access_token', client_id: 'orders-service',
    }),
    scopes: 'orders:read',
  },
  {
    // Keycloak: a service account's token; the client is in azp and client_id, sub is the service account user.
    name: 'Keycloak, client credentials',
    vendor: 'KEYCLOAK',
    issuer: KEYCLOAK,
    audience: 'account',
    clientId: 'orders-service',
    header: { alg: 'RS256', typ: 'JWT' },
    claims: (now) => ({
      exp: now + 300, iat: now, jti: 'trrtcc:6d3e3c4a-0f0b-4b1e-9a55-5b7b0d9f6a21', iss: KEYCLOAK, aud: 'account',
      sub: '5c2f0a1e-8a8b-4d0e-b6c1-3f6b1e2a9d77', typ: 'Bearer', azp: 'orders-service', acr: '1',
      'allowed-origins': ['/*'], realm_access: { roles: ['offline_access', 'default-roles-shop'] },
      resource_access: { account: { roles: ['manage-account'] } }, scope: 'profile email', clientHost: '10.0.0.7',
      email_verified: false, preferred_username: 'service-account-orders-service', clientAddress: '10.0.0.7', client_id: 'orders-service',
    }),
    scopes: 'profile email',
  },
  {
    // Keycloak: a signed-in user's token; only azp names the client.
    name: 'Keycloak, authorization code',
    vendor: 'KEYCLOAK',
    issuer: KEYCLOAK,
    audience: 'account',
    clientId: 'orders-web',
    header: { alg: 'RS256', typ: 'JWT' },
    claims: (now) => ({
      exp: now + 300, iat: now, auth_time: now - 5, jti: 'onrtac:2f7e61a0-5c3d-4b8a-8f0e-1d2c3b4a5e6f', iss: KEYCLOAK, aud: 'account',
      sub: 'f1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', typ: 'Bearer', azp: 'orders-web', sid: '0d6f5c1b-2a3e-4f70-9b8c-7d6e5f4a3b2c',
      acr: '1', 'allowed-origins': ['https://shop.example.com'], scope: 'openid profile email', email_verified: true,
      name: 'Jane Doe', preferred_username: 'jane', given_name: 'Jane', family_name: 'Doe', email: 'jane@example.com',
    }),
    scopes: 'openid profile email',
  },
  {
    // Okta custom authorization server: cid is the client, scp an array, sub the client for client credentials.
    name: 'Okta, client credentials',
    vendor: 'OKTA',
    issuer: OKTA,
    audience: 'api://default',
    clientId: '0oa8f5j3ecb5w3dF35d7',
    header: { alg: 'RS256' },
    claims: (now) => ({
      ver: 1, jti: 'AT.cXc4Z0vGl7VvXJsw7hCjQWbeWZ3r5T1WzvYcN6l0oQk', iss: OKTA, aud: 'api://default', iat: now, exp: now + 300,
      cid: '0oa8f5j3ecb5w3dF35d7', scp: ['orders.read', 'orders.write'], sub: '0oa8f5j3ecb5w3dF35d7',
    }),
    scopes: 'orders.read orders.write',
  },
  {
    // Okta: a signed-in user's token; uid is the user's id and sub their login.
    name: 'Okta, authorization code',
    vendor: 'OKTA',
    issuer: OKTA,
    audience: 'api://default',
    clientId: '0oa9web3ecb5w3dF35d7',
    header: { alg: 'RS256' },
    claims: (now) => ({
      ver: 1, jti: 'AT.0mP4JZ1gJv0TBgLpnwdy7u6vmI0aSV3l0S0lHjZLdkE', iss: OKTA, aud: 'api://default', iat: now, exp: now + 300,
      cid: '0oa9web3ecb5w3dF35d7', uid: '00uid4BxXw6I6TV4m0g3', scp: ['openid', 'profile', 'orders.read'],
      auth_time: now - 5, sub: 'jane.doe@example.com',
    }),
    scopes: 'openid profile orders.read',
  },
  {
    // Auth0: a machine-to-machine token; sub is <client_id>@clients, azp the client.
    name: 'Auth0, client credentials',
    vendor: 'AUTH0',
    issuer: AUTH0,
    audience: 'https://api.example.com/orders',
    clientId: 'Xk2dLq8vT9eR4wYzA1bC3dE5fG7hJ9kM',
    header: { alg: 'RS256', typ: 'JWT' },
    claims: (now) => ({
      iss: AUTH0, sub: 'Xk2dLq8vT9eR4wYzA1bC3dE5fG7hJ9kM@clients', aud: 'https://api.example.com/orders', iat: now, exp: now + 300,
      scope: 'read:orders', gty: 'client-credentials', azp: 'Xk2dLq8vT9eR4wYzA1bC3dE5fG7hJ9kM',
    }),
    scopes: 'read:orders',
  },
  {
    // Auth0: a user's token, audience an array with the userinfo endpoint.
    name: 'Auth0, authorization code',
    vendor: 'AUTH0',
    issuer: AUTH0,
    audience: 'https://api.example.com/orders',
    clientId: 'Pq7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL',
    header: { alg: 'RS256', typ: 'JWT' },
    claims: (now) => ({
      iss: AUTH0, sub: 'auth0|64f1c2d3e4f5a6b7c8d9e0f1', aud: ['https://api.example.com/orders', `${AUTH0}userinfo`], iat: now, exp: now + 300,
      scope: 'openid profile read:orders', azp: 'Pq7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL',
    }),
    scopes: 'openid profile read:orders',
  },
  {
    // Microsoft Entra ID v1.0 token: the client is in appid, delegated scopes in scp as a string.
    name: 'Entra ID v1.0, authorization code',
    vendor: 'ENTRA_ID',
    issuer: `https://sts.windows.net/${TENANT}/`,
    audience: 'api://orders-api',
    clientId: '2d4d11a2-f814-46a7-890a-274a72a7309e',
    header: { typ: 'JWT', alg: 'RS256', x5t: 'nOo3ZDrODXEK1jKWhXslHR_KXEg' },
    claims: (now) => ({
      aud: 'api://orders-api', iss: `https://sts.windows.net/${TENANT}/`, iat: now, nbf: now, exp: now + 300,
      acr: '1', aio: 'AUQAu/8TAAAA', amr: ['pwd'], appid: '2d4d11a2-f814-46a7-890a-274a72a7309e', appidacr: '0',
      family_name: 'Doe', given_name: 'Jane', ipaddr: '203.0.113.7', name: 'Jane Doe', oid: '690222be-ff1a-4d56-abd1-7e4f7d38e474',
      rh: '0.ARoAv4j5cvGGr0GRqy180BHbR1', scp: 'Orders.Read User.Read', sub: 'l3_roISQU222bULS9yi2k0XpqpOiMz5H3ZACo1GeXA',
      tid: TENANT, unique_name: 'jane@example.com', upn: 'jane@example.com', uti: 'fqiBqXLPj0eQa82S-IYFAA', ver: '1.0',
    }),
    scopes: 'Orders.Read User.Read',
  },
  {
    // Microsoft Entra ID v2.0 token: the client is in azp.
    name: 'Entra ID v2.0, authorization code',
    vendor: 'ENTRA_ID',
    issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    audience: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
    clientId: '8c1f5a9e-3b2d-4e6f-a7b8-c9d0e1f2a3b4',
    header: { typ: 'JWT', alg: 'RS256' },
    claims: (now) => ({
      aud: '6e74172b-be56-4843-9ff4-e66a39bb12e3', iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, iat: now, nbf: now, exp: now + 300,
      aio: 'AXQAi/8TAAAA', azp: '8c1f5a9e-3b2d-4e6f-a7b8-c9d0e1f2a3b4', azpacr: '0', name: 'Jane Doe',
      oid: '690222be-ff1a-4d56-abd1-7e4f7d38e474', preferred_username: 'jane@example.com', rh: 'I',
      scp: 'Orders.Read', sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ', tid: TENANT, uti: 'AbCdEf123456', ver: '2.0',
    }),
    scopes: 'Orders.Read',
  },
  {
    // Gluu Server: JWT access tokens carry client_id; its audience is the client.
    name: 'Gluu, client credentials',
    vendor: 'GLUU',
    issuer: 'https://gluu.example.com',
    audience: '1201.d52a5fa1-7fb6-4d4e-9b1e-6d3c0c7a8e15',
    clientId: '1201.d52a5fa1-7fb6-4d4e-9b1e-6d3c0c7a8e15',
    header: { typ: 'jwt', alg: 'RS256' },
    claims: (now) => ({
      aud: '1201.d52a5fa1-7fb6-4d4e-9b1e-6d3c0c7a8e15', iss: 'https://gluu.example.com', token_type: 'bearer', exp: now + 300, iat: now,
      client_id: '1201.d52a5fa1-7fb6-4d4e-9b1e-6d3c0c7a8e15', scope: 'orders_read uma_protection',
    }),
    scopes: 'orders_read uma_protection',
  },
];
