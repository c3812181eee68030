import { epoch, newId, newSecret, rfc7591Error, startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from './fake-idp-server.ts';

/**
 * Keycloak's client registration service, `openid-connect` provider, as its documentation
 * ("Using the client registration service") describes it:
 * - endpoint /realms/<realm>/clients-registrations/openid-connect; registration with
 *   `Authorization: bearer <initial access token>` (the scheme is case-insensitive), a token
 *   with a count of registrations it allows; without a valid one, 401;
 * - the answer (201) carries client_secret, registration_access_token and
 *   registration_client_uri (.../openid-connect/<client_id>);
 * - the registration access token is rotated each time it is used: every GET and PUT answer
 *   carries a new one and the old one stops working;
 * - DELETE answers 204.
 */
export interface FakeKeycloak extends FakeIdp {
  registrationEndpoint: string;
  initialAccessToken: string;
  clients: Map<string, { metadata: Record<string, unknown>; registrationAccessToken: string }>;
}

export async function startFakeKeycloak(options: { realm?: string; initialAccessToken?: string; registrations?: number } = {}): Promise<FakeKeycloak> {
  const realm = options.realm ?? 'gatehouse';
  const initialAccessToken = options.initialAccessToken ?? `eyJ.keycloak-iat.${newSecret()}`;
  let remaining = options.registrations ?? 10;
  const base = `/realms/${realm}/clients-registrations/openid-connect`;
  const clients: FakeKeycloak['clients'] = new Map();
  let origin = '';

  const bearer = (authorization: string | undefined) => /^bearer (.+)$/i.exec(authorization ?? '')?.[1];
  const answer = (id: string, status: number): FakeAnswer => {
    const entry = clients.get(id)!;
    entry.registrationAccessToken = `eyJ.keycloak-rat.${newSecret()}`;
    return {
      status,
      body: { ...entry.metadata, registration_access_token: entry.registrationAccessToken, registration_client_uri: `${origin}${base}/${id}` },
    };
  };

  const route = (req: SeenRequest): FakeAnswer | undefined => {
    const path = new URL(req.url, 'http://keycloak').pathname;
    if (path === base && req.method === 'POST') {
      if (bearer(req.authorization) !== initialAccessToken || remaining <= 0) {
        return rfc7591Error(401, 'invalid_token', 'Not authorized to create client');
      }
      const body = req.body ?? {};
      const redirects = (body.redirect_uris as string[] | undefined) ?? [];
      const bad = redirects.find((uri) => uri.includes('#'));
      if (bad) return rfc7591Error(400, 'invalid_redirect_uri', `Invalid redirect_uri ${bad}`);
      remaining -= 1;
      const id = newId();
      clients.set(id, {
        metadata: { ...body, client_id: id, client_secret: newSecret(), client_id_issued_at: epoch(), client_secret_expires_at: 0 },
        registrationAccessToken: '',
      });
      return answer(id, 201);
    }
    if (!path.startsWith(`${base}/`)) return undefined;
    const id = decodeURIComponent(path.slice(base.length + 1));
    const entry = clients.get(id);
    if (!entry || bearer(req.authorization) !== entry.registrationAccessToken) {
      return rfc7591Error(401, 'invalid_token', 'Not authorized to view client. Not valid token or client credentials provided.');
    }
    switch (req.method) {
      case 'GET':
        return answer(id, 200);
      case 'PUT': {
        const body = req.body ?? {};
        if (body.client_id !== id) return rfc7591Error(400, 'invalid_client_metadata', 'Client Identifier modified');
        entry.metadata = { ...body, client_id: id, client_secret: entry.metadata.client_secret, client_id_issued_at: entry.metadata.client_id_issued_at, client_secret_expires_at: 0 };
        return answer(id, 200);
      }
      case 'DELETE':
        clients.delete(id);
        return { status: 204 };
      default:
        return undefined;
    }
  };
  const fake = await startFakeIdp(route);
  origin = fake.origin;
  return { ...fake, registrationEndpoint: `${fake.origin}${base}`, initialAccessToken, clients };
}
