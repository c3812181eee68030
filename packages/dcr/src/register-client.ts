import { driverFor } from './drivers/index.ts';
import { outboundJson, type OutboundOptions } from './outbound-json.ts';
import { outboundObserver } from './outbound-observer.ts';
import type { Provider } from './providers.ts';
import { hostOf, readClientInformation } from './read-client-information.ts';
import type { IdpResult, RegisteredClient } from './registration-result.ts';
import { isRegistrationErrorCode, type ClientMetadataRequest } from './rfc7591.ts';

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
 * with at least client_id (Gluu answers 200). Steps: pick the driver -> authorize -> apply the
 * vendor's rules to the body -> send -> read the answer.
 */
export async function registerClient(req: RegisterClientRequest, options?: OutboundOptions): Promise<IdpResult<RegisteredClient>> {
  const driver = driverFor(req.provider);
  const authorization = driver.registrationAuthorization(req.initialAccessToken ?? null);
  const result = await outboundJson(
    req.registrationEndpoint,
    { method: 'POST', headers: authorization ? { authorization } : {}, body: driver.registrationBody(req.metadata) },
    options,
  );
  const credential = req.provider === 'OKTA' ? 'api-token' : 'initial-access-token';
  const outcome = readClientInformation(result, { statuses: [201, 200], idpLabel: hostOf(req.registrationEndpoint), credential, schema: driver.answerSchema });
  outboundObserver().registered(req.provider, registrationOutcome(outcome));
  return outcome;
}

/** A bounded label: codes an IdP made up count as one. */
function registrationOutcome(result: IdpResult<RegisteredClient>): string {
  if (result.ok) return 'registered';
  if (result.kind === 'rejected') return isRegistrationErrorCode(result.error) ? result.error : 'other_error';
  return result.kind;
}
