import { driverFor, type ClientAtIdp } from './drivers/index.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import type { Provider } from './providers.ts';
import { hostOf, readClientInformation } from './read-client-information.ts';
import type { IdpResult, RegisteredClient } from './registration-result.ts';
import { MANAGEMENT_STATUS, replacementMetadata } from './rfc7592.ts';

export interface RotateClientSecretRequest {
  provider: Provider;
  client: ClientAtIdp;
  /** The client's registered metadata, for IdPs that issue new secrets on a PUT. */
  metadata: Record<string, unknown>;
  currentSecret: string | null;
}

export interface RotatedClient {
  /** The IdP's answer: the client with its new client_secret, maybe a new registration_access_token. */
  registered: RegisteredClient;
  /**
   * False when the IdP answered but kept the old secret: it does not issue secrets on request.
   * The answer must still be stored, since it may carry a new registration access token.
   */
  rotated: boolean;
}

/**
 * Has the IdP issue a new client secret, the way its driver knows: a PUT without the secret
 * (RFC 7592 section 2.2 lets the server include a new one in its answer) or a vendor endpoint
 * (Okta's lifecycle/newSecret). Steps: find the endpoint -> ask for a new secret -> read the
 * answer -> check that the secret changed.
 */
export async function rotateClientSecret(req: RotateClientSecretRequest, options?: OutboundOptions): Promise<IdpResult<RotatedClient>> {
  const driver = driverFor(req.provider);
  const rotation = driver.secretRotation;
  if (rotation.kind === 'unsupported') return { ok: false, kind: 'unsupported', message: rotation.reason };
  const endpoint = driver.clientEndpoint(req.client);
  if (!endpoint) return { ok: false, kind: 'unsupported', message: driver.unmanagedReason };

  const result =
    rotation.kind === 'vendor-endpoint'
      ? await outboundJson(`${endpoint.url}${rotation.path}`, { method: rotation.method, headers: { authorization: endpoint.authorization } }, options)
      : await outboundJson(
          endpoint.url,
          { method: 'PUT', headers: { authorization: endpoint.authorization }, body: replacementMetadata(req.client.clientId, req.metadata, null) },
          options,
        );
  if (result.kind === 'answer' && result.status === MANAGEMENT_STATUS.notSupported) {
    return { ok: false, kind: 'unsupported', message: `The identity provider at ${hostOf(endpoint.url)} does not let the portal change clients (HTTP 405).` };
  }
  const answer = readClientInformation(result, {
    statuses: [MANAGEMENT_STATUS.ok],
    idpLabel: hostOf(endpoint.url),
    credential: endpoint.credential,
    schema: driver.answerSchema,
    clientId: req.client.clientId,
  });
  if (!answer.ok) return answer;
  const secret = answer.value.client_secret;
  const rotated = typeof secret === 'string' && secret.length > 0 && secret !== req.currentSecret;
  return { ok: true, value: { registered: answer.value, rotated } };
}
