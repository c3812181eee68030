import { epoch, newId, newSecret, rfc7591Error, startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from './fake-idp-server.ts';

/**
 * Gluu's oxAuth registration endpoint as its documentation and issues describe it:
 * - POST /oxauth/restv1/register; open, or (dcrAuthorizationWithClientCredentials) with a
 *   Bearer access token; answers 200 (GluuFederation/oxAuth#312: not 201) with
 *   registration_access_token and registration_client_uri /oxauth/restv1/register?client_id=<id>;
 * - the secret expires after dynamicRegistrationExpirationTime (default one day), so
 *   client_secret_expires_at is not 0;
 * - GET and PUT at registration_client_uri with the registration access token; 401 for an
 *   unknown client or token; DELETE answers 204 from oxAuth 4.1 (oxAuth#720); older versions
 *   have no DELETE and answer 405.
 */
export interface FakeGluu extends FakeIdp {
  registrationEndpoint: string;
  clients: Map<string, { metadata: Record<string, unknown>; registrationAccessToken: string }>;
}

const REGISTER = '/oxauth/restv1/register';
const DAY = 24 * 60 * 60;

export async function startFakeGluu(options: { accessToken?: string; version?: '4.1+' | 'before-4.1' } = {}): Promise<FakeGluu> {
  const clients: FakeGluu['clients'] = new Map();
  let origin = '';

  const route = (req: SeenRequest): FakeAnswer | undefined => {
    const url = new URL(req.url, 'http://gluu');
    if (url.pathname !== REGISTER) return undefined;
    const clientId = url.searchParams.get('client_id');
    if (!clientId) {
      if (req.method !== 'POST') return { status: 405 };
      if (options.accessToken && req.authorization !== `Bearer ${options.accessToken}`) {
        return rfc7591Error(401, 'invalid_token', 'The access token is not valid.');
      }
      const body = req.body ?? {};
      const redirects = (body.redirect_uris as string[] | undefined) ?? [];
      if (redirects.some((uri) => uri.startsWith('app://'))) {
        return rfc7591Error(400, 'invalid_redirect_uri', 'The redirect_uri parameter is not valid for application_type web.');
      }
      const id = newId();
      const registrationAccessToken = newId();
      const metadata = { ...body, client_id: id, client_secret: newSecret(), client_id_issued_at: epoch(), client_secret_expires_at: epoch() + DAY };
      clients.set(id, { metadata, registrationAccessToken });
      return {
        status: 200,
        body: { ...metadata, registration_access_token: registrationAccessToken, registration_client_uri: `${origin}${REGISTER}?client_id=${id}` },
      };
    }
    const entry = clients.get(clientId);
    if (req.method === 'DELETE' && options.version === 'before-4.1') return { status: 405 };
    if (!entry || req.authorization !== `Bearer ${entry.registrationAccessToken}`) return rfc7591Error(401, 'invalid_token', '');
    switch (req.method) {
      case 'GET':
        return { status: 200, body: { ...entry.metadata, registration_access_token: entry.registrationAccessToken } };
      case 'PUT':
        entry.metadata = { ...entry.metadata, ...(req.body ?? {}), client_secret: entry.metadata.client_secret, client_secret_expires_at: entry.metadata.client_secret_expires_at };
        return { status: 200, body: { ...entry.metadata, registration_access_token: entry.registrationAccessToken } };
      case 'DELETE':
        clients.delete(clientId);
        return { status: 204 };
      default:
        return { status: 405 };
    }
  };
  const fake = await startFakeIdp(route);
  origin = fake.origin;
  return { ...fake, registrationEndpoint: `${fake.origin}${REGISTER}`, clients };
}
