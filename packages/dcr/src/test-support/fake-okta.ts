import { epoch, newSecret, rfc7591Error, startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from './fake-idp-server.ts';

/**
 * Okta's org-level Dynamic Client Registration API as its documentation describes it
 * (developer.okta.com, "Dynamic Client Registration API"):
 * - every call needs `Authorization: SSWS <API token>`; without it Okta answers 401 with its
 *   own error object (errorCode E0000011), not an RFC 7591 error;
 * - POST /oauth2/v1/clients answers 201 with the client and its client_secret, and no
 *   registration_access_token or registration_client_uri; the client_id is Okta's app id;
 * - application types: `web` must have authorization_code; `service` is client_credentials
 *   only; a `token` response type needs implicit (Tyk #3561 shows Okta's wording) except for a
 *   service app, which takes response type `token`; redirect URIs are needed unless the client
 *   uses client_credentials; client_secret cannot be chosen;
 * - PUT /oauth2/v1/clients/{id} needs all settings and refuses client_secret_expires_at and
 *   client_id_issued_at; GET leaves the secret out; POST .../lifecycle/newSecret issues a new
 *   one; DELETE answers 204; an unknown id is 404 (E0000007).
 */
export interface FakeOkta extends FakeIdp {
  apiToken: string;
  clients: Map<string, Record<string, unknown>>;
}

const CLIENTS = /^\/oauth2\/v1\/clients$/;
const CLIENT = /^\/oauth2\/v1\/clients\/([^/]+)(\/lifecycle\/newSecret)?$/;

const oktaError = (status: number, errorCode: string, errorSummary: string): FakeAnswer => ({
  status,
  body: { errorCode, errorSummary, errorLink: errorCode, errorId: `oae${newSecret().slice(0, 20)}`, errorCauses: [] },
});

function metadataProblems(m: Record<string, unknown>): string[] {
  const grants = (m.grant_types as string[] | undefined) ?? ['authorization_code'];
  const responses = (m.response_types as string[] | undefined) ?? [];
  const type = (m.application_type as string | undefined) ?? 'web';
  const problems: string[] = [];
  if (type === 'service') {
    if (grants.some((g) => g !== 'client_credentials')) problems.push("'grant_types' must only contain 'client_credentials' when 'application_type' is 'service'.");
  } else {
    if (responses.includes('token') && !grants.includes('implicit')) problems.push("'grant_types' must contain 'implicit' when 'response_types' contains 'token'.");
    if ((type === 'web' || type === 'native') && !grants.includes('authorization_code')) {
      problems.push(`'grant_types' must contain 'authorization_code' when 'application_type' is '${type}'.`);
    }
  }
  const redirects = (m.redirect_uris as string[] | undefined) ?? [];
  if (!grants.includes('client_credentials') && redirects.length === 0) problems.push("'redirect_uris' must contain at least one URI.");
  return problems;
}

export async function startFakeOkta(apiToken = '00okta-api-token'): Promise<FakeOkta> {
  const clients = new Map<string, Record<string, unknown>>();
  const withSecret = (client: Record<string, unknown>) => client;
  const withoutSecret = ({ client_secret: _s, ...client }: Record<string, unknown>) => client;

  const route = (req: SeenRequest): FakeAnswer | undefined => {
    if (req.authorization !== `SSWS ${apiToken}`) return oktaError(401, 'E0000011', 'Invalid token provided');
    const path = new URL(req.url, 'http://okta').pathname;
    if (CLIENTS.test(path) && req.method === 'POST') {
      const body = req.body ?? {};
      if ('client_secret' in body) return rfc7591Error(400, 'invalid_client_metadata', "'client_secret' cannot be specified.");
      const problems = metadataProblems(body);
      if (problems.length) return rfc7591Error(400, 'invalid_client_metadata', problems.join(' '));
      const client_id = `0oa${newSecret().slice(0, 17)}`;
      const client = { ...body, client_id, client_id_issued_at: epoch(), client_secret: newSecret(), client_secret_expires_at: 0 };
      clients.set(client_id, client);
      return { status: 201, body: withSecret(client) };
    }
    const match = CLIENT.exec(path);
    if (!match) return undefined;
    const id = decodeURIComponent(match[1]!);
    const client = clients.get(id);
    if (!client) return oktaError(404, 'E0000007', `Not found: Resource not found: ${id} (AppInstance)`);
    if (match[2]) {
      if (req.method !== 'POST') return oktaError(405, 'E0000022', 'The endpoint does not support the provided HTTP method');
      client.client_secret = newSecret();
      return { status: 200, body: withSecret(client) };
    }
    switch (req.method) {
      case 'GET':
        return { status: 200, body: withoutSecret(client) };
      case 'PUT': {
        const body = req.body ?? {};
        const refused = ['client_secret_expires_at', 'client_id_issued_at'].find((f) => f in body);
        if (refused) return rfc7591Error(400, 'invalid_client_metadata', `'${refused}' must not be included.`);
        if (body.client_id !== id) return rfc7591Error(400, 'invalid_client_metadata', "'client_id' does not match.");
        if (typeof body.client_name !== 'string' || !Array.isArray(body.grant_types) || !body.token_endpoint_auth_method) {
          return rfc7591Error(400, 'invalid_client_metadata', 'All settings must be specified; partial updates are not supported.');
        }
        const problems = metadataProblems(body);
        if (problems.length) return rfc7591Error(400, 'invalid_client_metadata', problems.join(' '));
        const updated = { ...body, client_id: id, client_id_issued_at: client.client_id_issued_at, client_secret: client.client_secret, client_secret_expires_at: 0 };
        clients.set(id, updated);
        return { status: 200, body: withSecret(updated) };
      }
      case 'DELETE':
        clients.delete(id);
        return { status: 204 };
      default:
        return undefined;
    }
  };
  const fake = await startFakeIdp(route);
  return { ...fake, apiToken, clients };
}
