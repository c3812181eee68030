import { describeFailure } from './describe-failure.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import { registrationAuthorization, type Provider } from './providers.ts';
import type { IdpResult, RegisteredClient } from './registration-result.ts';
import type { ClientMetadataRequest } from './rfc7591.ts';

export interface RegisterClientRequest {
  provider: Provider;
  /** Client Registration Endpoint (RFC 7591 section 3). */
  registrationEndpoint: string;
  /** Initial Registration Access Token or vendor API token, if the IdP needs one. */
  initialAccessToken?: string | null;
  metadata: ClientMetadataRequest;
}

/**
 * RFC 7591 section 3.1: POST the client metadata as JSON; section 3.2.1: a success is HTTP 201
 * with at least client_id. Steps: authorize -> send -> read the answer.
 */
export async function registerClient(req: RegisterClientRequest, options?: OutboundOptions): Promise<IdpResult<RegisteredClient>> {
  const authorization = registrationAuthorization(req.provider, req.initialAccessToken);
  const result = await outboundJson(
    req.registrationEndpoint,
    { method: 'POST', headers: authorization ? { authorization } : {}, body: req.metadata },
    options,
  );
  const label = new URL(req.registrationEndpoint).host;
  if (result.kind === 'answer' && (result.status === 201 || result.status === 200)) {
    const json = result.json as Partial<RegisteredClient> | null;
    if (json && typeof json.client_id === 'string' && json.client_id.length > 0) {
      return { ok: true, value: json as RegisteredClient };
    }
    return {
      ok: false,
      kind: 'unavailable',
      message: `The identity provider at ${label} answered without a client_id, so no client was created. Ask an admin to check the Client Registration Endpoint.`,
    };
  }
  return { ok: false, ...describeFailure(result, label) };
}
