import type { Viewer } from '../common/viewer.ts';
import type { ValidationErrorResult } from '../common/validation-error.ts';
import { describeAccessToken, type AccessTokenResultView } from './describe-access-token.ts';
import { findOwnClient } from './find-own-client.ts';
import { requestToken, type TokenRequestErrorResult } from './request-token.ts';
import { clientGrants } from './try-it-options.ts';
import type { ExchangeCodeInput } from './try-it-inputs.ts';
import type { TryItDeps } from './try-it.service.ts';

export type ExchangeAuthorizationCodeResult =
  | AccessTokenResultView
  | TokenRequestErrorResult
  | { __typename: 'AuthorizationRequestExpiredError'; message: string }
  | ValidationErrorResult;

/**
 * Exchanges the code of a request the viewer started (RFC 6749 section 4.1.3):
 *
 *   take the pending request by state (the viewer's, unexpired, once)
 *   -> check the redirect's issuer (RFC 9207) -> the client must still be the viewer's
 *   -> POST the code with the same redirect_uri and the kept code_verifier (RFC 7636 section 4.5).
 */
export async function exchangeAuthorizationCode(deps: TryItDeps, v: Viewer, input: ExchangeCodeInput): Promise<ExchangeAuthorizationCodeResult> {
  const pending = await deps.pending.take(input.state, v.id);
  if (!pending) {
    return {
      __typename: 'AuthorizationRequestExpiredError',
      message: 'This authorization request is unknown, expired or already used (they last ten minutes and work once). Start the authorization again.',
    };
  }
  if (input.iss && pending.issuer && input.iss !== pending.issuer) {
    // RFC 9207 section 2.4: a response from another issuer may be a mix-up attack; its code is not sent anywhere.
    return {
      __typename: 'TokenRequestError',
      code: 'INVALID_RESPONSE',
      idpError: null,
      message: `The authorization response names the issuer ${input.iss}, not ${pending.issuer} (RFC 9207); the portal did not use its code. Start the authorization again.`,
      httpStatus: null,
    };
  }
  const { record } = await findOwnClient(deps, v, pending.clientId);
  const answer = await requestToken(
    pending.tokenEndpoint,
    { grant_type: 'authorization_code', code: input.code, redirect_uri: pending.redirectUri, code_verifier: pending.codeVerifier },
    { method: clientGrants(record).authMethod, clientId: record.clientId, clientSecret: deps.secrets.openOptional(record.clientSecretEnc) },
    deps.idpTimeoutMs,
  );
  if (!answer.ok) return answer.error;
  return describeAccessToken(answer.value, { clientId: record.id, grantType: 'authorization_code', now: new Date() });
}
