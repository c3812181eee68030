import { outboundJson } from '@gatehouse/dcr';
import { TOKEN_ERROR_ADVICE, tokenErrorCode, type TokenErrorCode } from './token-error-codes.ts';

/** How the client authenticates at the token endpoint (RFC 7591 section 2 token_endpoint_auth_method). */
export interface TokenClientAuth {
  method: string;
  clientId: string;
  clientSecret: string | null;
}

/** RFC 6749 section 5.1: the successful answer, with only the parts the portal reads. */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in?: number;
  scope?: string;
  refresh_token?: string;
}

export interface TokenRequestErrorResult {
  __typename: 'TokenRequestError';
  code: TokenErrorCode;
  idpError: string | null;
  message: string;
  httpStatus: number | null;
}

export type TokenRequestResult = { ok: true; value: TokenResponse } | { ok: false; error: TokenRequestErrorResult };

/** Token responses are small; a larger answer is not a token response. */
const MAX_BYTES = 64 * 1024;

/** Auth methods the portal can perform with what it holds (RFC 6749 section 2.3.1; RFC 7591 section 2). */
export const SUPPORTED_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'] as const;

/**
 * RFC 6749 section 2.3.1: client_secret_basic form-encodes id and secret before Base64, so a
 * secret with `:` or non-ASCII survives.
 */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/**
 * One POST to a token endpoint (RFC 6749 section 3.2), with the client's credentials as its
 * registered auth method says. The URL always comes from the client's registration or its IdP's
 * discovery document, never from the developer (issue 7). It goes through the portal's one
 * outbound call (`outboundJson`: https outside local mode, no redirects, size- and time-capped,
 * ADR 008), and an error never echoes the body: only RFC 6749 section 5.2's error and
 * error_description are read.
 */
export async function requestToken(
  tokenEndpoint: string,
  params: Record<string, string>,
  auth: TokenClientAuth,
  timeoutMs: number,
): Promise<TokenRequestResult> {
  const body = new URLSearchParams(params);
  const headers: Record<string, string> = {};
  if (auth.method === 'client_secret_basic' && auth.clientSecret !== null) {
    headers.authorization = `Basic ${Buffer.from(`${formEncode(auth.clientId)}:${formEncode(auth.clientSecret)}`).toString('base64')}`;
  } else {
    body.set('client_id', auth.clientId);
    if (auth.method === 'client_secret_post' && auth.clientSecret !== null) body.set('client_secret', auth.clientSecret);
  }
  const host = new URL(tokenEndpoint).host;
  const answer = await outboundJson(tokenEndpoint, { method: 'POST', headers, form: body }, { timeoutMs, maxBytes: MAX_BYTES });
  switch (answer.kind) {
    case 'answer':
      return readAnswer(host, answer.status, answer.json);
    case 'not-json':
      return readAnswer(host, answer.status, null);
    case 'failed':
      switch (answer.reason) {
        // The client secret must not cross the network in clear outside local mode (ADR 008).
        case 'not-allowed':
          return failed('UNREACHABLE', `The portal did not call the token endpoint: ${answer.problem} Ask an admin to check the identity provider.`, null);
        case 'timeout':
          return failed('TIMEOUT', `The token endpoint at ${host} did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later.`, null);
        case 'too-large':
          return failed('INVALID_RESPONSE', `The token endpoint at ${host} sent an answer larger than ${MAX_BYTES / 1024} KB, which is not a token response.`, null);
        case 'unreachable':
          return failed('UNREACHABLE', `The token endpoint at ${host} could not be reached. Try again later, or ask an admin to check the identity provider.`, null);
      }
  }
}

function readAnswer(host: string, status: number, parsed: unknown): TokenRequestResult {
  const json = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  if (status === 200 && json && typeof json.access_token === 'string' && json.access_token) {
    return {
      ok: true,
      value: {
        access_token: json.access_token,
        token_type: typeof json.token_type === 'string' ? json.token_type : 'Bearer',
        ...(typeof json.expires_in === 'number' && Number.isFinite(json.expires_in) ? { expires_in: Math.trunc(json.expires_in) } : {}),
        ...(typeof json.scope === 'string' ? { scope: json.scope } : {}),
        ...(typeof json.refresh_token === 'string' ? { refresh_token: json.refresh_token } : {}),
      },
    };
  }
  // RFC 6749 section 5.2: 400 (or 401 for client authentication) with error and error_description.
  if (json && typeof json.error === 'string' && json.error) {
    const code = tokenErrorCode(json.error);
    const description = typeof json.error_description === 'string' && json.error_description ? json.error_description : json.error;
    const advice = TOKEN_ERROR_ADVICE[code];
    return failed(code, `The identity provider refused the token request: ${description} (${json.error}).${advice ? ` ${advice}` : ''}`, status, json.error);
  }
  return failed('INVALID_RESPONSE', `The token endpoint at ${host} answered HTTP ${status} without an access token or an OAuth error.`, status);
}

function failed(code: TokenErrorCode, message: string, httpStatus: number | null, idpError: string | null = null): TokenRequestResult {
  return { ok: false, error: { __typename: 'TokenRequestError', code, idpError, message, httpStatus } };
}
