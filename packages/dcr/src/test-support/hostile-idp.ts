import { epoch, newId, newSecret, startFakeIdp, type FakeAnswer, type FakeIdp, type SeenRequest } from './fake-idp-server.ts';

/** What the hostile IdP's honest self would answer, with the change at the IdP already made. */
export type HonestAnswer = () => FakeAnswer;

/**
 * A test's answer to one request: usually a twist on the honest one (`honest()` makes the change
 * at the IdP, as a real IdP would before answering), or anything at all.
 */
export type HostileAnswer = (req: SeenRequest, honest: HonestAnswer) => FakeAnswer | Promise<FakeAnswer>;

export interface HostileIdp extends FakeIdp {
  /** Client Registration Endpoint (RFC 7591 section 3). */
  registrationEndpoint: string;
  /** The clients the IdP holds, by client_id: what the no-orphan property is checked against. */
  clients: Map<string, Record<string, unknown> & { registration_access_token: string }>;
  /** Each test sets it; the default answers honestly. */
  answer: HostileAnswer;
  /** The client_id the next registration gets (a test makes the IdP hand out one twice). */
  nextClientId: string | null;
  /** An OpenID Provider Configuration served at /.well-known/openid-configuration. */
  discovery: Record<string, unknown>;
}

const CLIENT = /^\/register\/?([^/?]*)$/;

/**
 * An RFC 7591/7592 identity provider at the HTTP boundary whose every answer a test can twist:
 * it registers (201), reads, replaces (rotating the registration access token on each PUT, as
 * Keycloak does, and issuing a new secret when the PUT leaves it out, as RFC 7592 section 2.2
 * allows) and deletes (204) clients like an honest one, and then answers whatever the test's
 * `answer` says. Both `/register` and `/register/` reach it, as two spellings of one endpoint.
 */
export async function startHostileIdp(): Promise<HostileIdp> {
  const clients: HostileIdp['clients'] = new Map();
  // Filled in once the server listens; the handler reads the test's settings from it.
  const self = {} as HostileIdp;

  const honestly = (req: SeenRequest): FakeAnswer => {
    const path = new URL(req.url, 'http://idp').pathname;
    if (path === '/.well-known/openid-configuration') return { status: 200, body: self.discovery };
    const match = CLIENT.exec(path);
    if (!match) return { status: 404, body: { error: 'not_found' } };
    const id = decodeURIComponent(match[1]!);
    if (!id) {
      if (req.method !== 'POST') return { status: 405 };
      const client_id = self.nextClientId ?? newId();
      self.nextClientId = null;
      const client = {
        ...req.body,
        client_id,
        client_secret: newSecret(),
        client_id_issued_at: epoch(),
        client_secret_expires_at: 0,
        registration_access_token: newSecret(),
        registration_client_uri: `${self.origin}/register/${encodeURIComponent(client_id)}`,
      };
      clients.set(client_id, client);
      return { status: 201, body: client };
    }
    const client = clients.get(id);
    // RFC 7592 section 2: an unknown client and a wrong token look the same, 401.
    if (!client || req.authorization !== `Bearer ${client.registration_access_token}`) return { status: 401, body: { error: 'invalid_token' } };
    switch (req.method) {
      case 'GET':
        return { status: 200, body: client };
      case 'PUT': {
        const body = req.body ?? {};
        const updated = {
          ...client,
          ...body,
          client_id: id,
          client_secret: typeof body.client_secret === 'string' ? body.client_secret : newSecret(),
          registration_access_token: newSecret(),
          registration_client_uri: client.registration_client_uri,
        };
        clients.set(id, updated);
        return { status: 200, body: updated };
      }
      case 'DELETE':
        clients.delete(id);
        return { status: 204 };
      default:
        return { status: 405 };
    }
  };

  const fake = await startFakeIdp((req) => self.answer(req, () => honestly(req)));
  Object.assign(self, {
    ...fake,
    registrationEndpoint: `${fake.origin}/register`,
    clients,
    answer: (_req, honest) => honest(),
    nextClientId: null,
    discovery: { issuer: fake.origin, token_endpoint: `${fake.origin}/token`, registration_endpoint: `${fake.origin}/register` },
  } satisfies HostileIdp);
  return self;
}
