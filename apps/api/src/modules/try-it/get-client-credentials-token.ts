import type { Viewer } from '../common/viewer.ts';
import type { ValidationErrorResult } from '../common/validation-error.ts';
import { clientIdpEndpoints } from './client-idp-endpoints.ts';
import { describeAccessToken, type AccessTokenResultView } from './describe-access-token.ts';
import { findOwnClient } from './find-own-client.ts';
import { requestToken, type TokenRequestErrorResult } from './request-token.ts';
import { clientGrants, grantUnavailableMessage } from './try-it-options.ts';
import type { ClientCredentialsInput } from './try-it-inputs.ts';
import type { TryItDeps } from './try-it.service.ts';

export type GrantUnavailableResult = { __typename: 'TokenGrantUnavailableError'; message: string };
export type TokenResult = AccessTokenResultView | TokenRequestErrorResult | GrantUnavailableResult | ValidationErrorResult;

export const grantUnavailable = (message: string): GrantUnavailableResult => ({ __typename: 'TokenGrantUnavailableError', message });

/**
 * Client credentials (RFC 6749 section 4.4) for the developer's own client:
 *
 *   find the viewer's client -> check it is registered for the grant
 *   -> find its token endpoint (registration or the admin-configured IdP's discovery)
 *   -> POST grant_type=client_credentials with its stored secret -> decode what came back.
 */
export async function getClientCredentialsToken(deps: TryItDeps, viewer: Viewer | null, input: ClientCredentialsInput): Promise<TokenResult> {
  const { record } = await findOwnClient(deps, viewer, input.clientId);

  const grants = clientGrants(record);
  const unavailable = grantUnavailableMessage(grants, 'client_credentials');
  if (unavailable) return grantUnavailable(unavailable);
  const endpoints = await clientIdpEndpoints(deps, record, false);
  if ('unavailable' in endpoints) return grantUnavailable(endpoints.unavailable);

  const answer = await requestToken(
    endpoints.tokenEndpoint,
    { grant_type: 'client_credentials', ...(input.scope ? { scope: input.scope } : {}) },
    { method: grants.authMethod, clientId: record.clientId, clientSecret: deps.secrets.openOptional(record.clientSecretEnc) },
    deps.idpTimeoutMs,
  );
  if (!answer.ok) return answer.error;
  return describeAccessToken(answer.value, { clientId: record.id, grantType: 'client_credentials', now: new Date() });
}
