import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import type { Viewer } from '../common/viewer.ts';
import { validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { CallApiInput } from './call-api-input.ts';
import { describeRefusal } from './describe-refusal.ts';
import { findOwnClient } from './find-own-client.ts';
import { gatewayRequestUrl } from './gateway-request-url.ts';
import type { TryItDeps } from './try-it.service.ts';

/** The most of a response body the page shows (issue 6: "size-capped"). */
export const RESPONSE_BODY_LIMIT_BYTES = 256 * 1024;

export interface HttpHeaderView {
  name: string;
  value: string;
}

export type CallApiResult =
  | {
      __typename: 'ApiCallResponse';
      url: string;
      status: number;
      headers: HttpHeaderView[];
      body: string;
      bodyBytes: number;
      bodyTruncated: boolean;
      bodyLimitBytes: number;
      timeMs: number;
      refusal: string | null;
    }
  | { __typename: 'ApiCallFailedError'; reason: 'TIMEOUT' | 'UNREACHABLE'; message: string; timeMs: number }
  | ValidationErrorResult;

/**
 * Calls an API through the gateway as the developer's client would (issue 6, "Call the API"):
 *
 *   find the viewer's client -> the API must be one its policies grant
 *   -> build the URL on the configured gateway below the API's listen path
 *   -> send with `Authorization: Bearer` -> read at most 256 KB of the answer, timed.
 *
 * Whatever the gateway answers (401, 403 and 429 included) is the result; only no answer at all
 * is a failure.
 */
export async function callApi(deps: TryItDeps, viewer: Viewer | null, input: CallApiInput): Promise<CallApiResult> {
  const { record } = await findOwnClient(deps, viewer, input.clientId);

  const api = (await deps.repo.apisGrantedToClient(record.id)).find((a) => a.id === input.apiId);
  if (!api) return validationError([{ path: 'apiId', message: "This client's policies do not grant that API (or it is inactive); choose another." }]);
  const url = gatewayRequestUrl(deps.urls.gateway, api.listenPath, input.path);
  if ('problem' in url) return validationError([{ path: 'path', message: url.problem }]);

  const headers: Record<string, string> = {};
  for (const { name, value } of input.headers ?? []) headers[name.toLowerCase()] = value;
  headers.authorization = `Bearer ${input.accessToken}`;

  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await request(url, {
      method: input.method,
      headers,
      body: input.body || undefined,
      headersTimeout: deps.callTimeoutMs,
      bodyTimeout: deps.callTimeoutMs,
      signal: AbortSignal.timeout(deps.callTimeoutMs),
    });
    const { text, bytes, truncated } = await readCapped(res.body);
    const responseHeaders = toHeaderList(res.headers);
    return {
      __typename: 'ApiCallResponse',
      url: url.toString(),
      status: res.statusCode,
      headers: responseHeaders,
      body: text,
      bodyBytes: bytes,
      bodyTruncated: truncated,
      bodyLimitBytes: RESPONSE_BODY_LIMIT_BYTES,
      timeMs: elapsed(),
      refusal: describeRefusal(res.statusCode, responseHeaders, text),
    };
  } catch (error) {
    const { name, code } = error as { name?: string; code?: string };
    if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return {
        __typename: 'ApiCallFailedError',
        reason: 'TIMEOUT',
        message: `The gateway did not answer within ${Math.round(deps.callTimeoutMs / 1000)} s; the API behind it may be slow or down.`,
        timeMs: elapsed(),
      };
    }
    deps.logger.warn({ code, api: api.name }, 'try-it call could not reach the gateway');
    return {
      __typename: 'ApiCallFailedError',
      reason: 'UNREACHABLE',
      message: `The gateway at ${url.host} could not be reached; it may not be running. Ask an admin.`,
      timeMs: elapsed(),
    };
  }
}

/** Reads at most the limit and drops the rest, so a huge answer costs the portal 256 KB. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }): Promise<{ text: string; bytes: number; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    const room = RESPONSE_BODY_LIMIT_BYTES - bytes;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      bytes += chunk.length;
      body.destroy();
      // A cut may split a UTF-8 sequence; TextDecoder replaces the broken tail rather than throwing.
      return { text: new TextDecoder().decode(Buffer.concat(chunks)), bytes, truncated: true };
    }
    chunks.push(chunk);
    bytes += chunk.length;
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks)), bytes, truncated: false };
}

function toHeaderList(headers: Record<string, string | string[] | undefined>): HttpHeaderView[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
  );
}
