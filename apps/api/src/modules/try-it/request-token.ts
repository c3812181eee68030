import { outboundUrlProblem } from '@gatehouse/dcr';
import { request } from 'undici';
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
 * discovery document, never from the developer (issue 7). Redirects are not followed (undici's
 * request never does), the answer is size- and time-capped, and an error never echoes the body:
 * only RFC 6749 section 5.2's error and error_description are read.
 */
export async function requestToken(
  tokenEndpoint: string,
  params: Record<string, string>,
  auth: TokenClientAuth,
  timeoutMs: number,
): Promise<TokenRequestResult> {
  const body = new URLSearchParams(params);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (auth.method === 'client_secret_basic' && auth.clientSecret !== null) {
    headers.authorization = `Basic ${Buffer.from(`${formEncode(auth.clientId)}:${formEncode(auth.clientSecret)}`).toString('base64')}`;
  } else {
    body.set('client_id', auth.clientId);
    if (auth.method === 'client_secret_post' && auth.clientSecret !== null) body.set('client_secret', auth.clientSecret);
  }
  const host = new URL(tokenEndpoint).host;
  // The client secret must not cross the network in clear outside local mode (ADR 008).
  const refused = outboundUrlProblem(tokenEndpoint);
  if (refused) return failed('UNREACHABLE', `The portal did not call the token endpoint: ${refused} Ask an admin to check the identity provider.`, null);
  let status: number;
  let text: string;
  try {
    const res = await request(tokenEndpoint, {
      method: 'POST',
      headers,
      body: body.toString(),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.statusCode;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES) {
        res.body.destroy();
        return failed('INVALID_RESPONSE', `The token endpoint at ${host} sent an answer larger than ${MAX_BYTES / 1024} KB, which is not a token response.`, status);
      }
      chunks.push(chunk as Buffer);
    }
    text = Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    const { name, code } = error as { name?: string; code?: string };
    if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return failed('TIMEOUT', `The token endpoint at ${host} did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later.`, null);
    }
    return failed('UNREACHABLE', `The token endpoint at ${host} could not be reached. Try again later, or ask an admin to check the identity provider.`, null);
  }
  return readAnswer(host, status, text);
}

function readAnswer(host: string, status: number, text: string): TokenRequestResult {
  let json: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    // handled below: not JSON
  }
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
