import { describeFailure, type PortalCredential } from './describe-failure.ts';
import { httpUrlProblem } from './http-url.ts';
import { answerProblem, type ClientInformationSchema } from './idp-answer-schemas.ts';
import type { OutboundResult } from './outbound-json.ts';
import type { IdpResult, RegisteredClient, SalvagedClient } from './registration-result.ts';

/** What a call expects back. */
export interface ExpectedAnswer {
  statuses: readonly number[];
  /** The IdP's host, to name it in messages. */
  idpLabel: string;
  credential: PortalCredential;
  /** The shape of a success: RFC 7591 section 3.2.1, or the vendor's client object. */
  schema: ClientInformationSchema;
  /** A management request's client (RFC 7592 section 2): an answer about another is refused. */
  clientId?: string;
}

/**
 * Reads a client information response (RFC 7591 section 3.2.1, RFC 7592 section 3): one of the
 * expected statuses and an answer that passes the schema, about the client asked about.
 * Anything else is a failure worded for the page, carrying what the answer still said about the
 * client (its client_id, a rotated registration access token) so the caller can keep track of
 * it before anything else can fail.
 */
export function readClientInformation(result: OutboundResult, expected: ExpectedAnswer): IdpResult<RegisteredClient> {
  const { idpLabel } = expected;
  const salvaged = result.kind === 'answer' ? salvage(result.json, expected.clientId) : undefined;
  if (result.kind !== 'answer' || !expected.statuses.includes(result.status)) {
    return { ok: false, ...describeFailure(result, idpLabel, expected.credential), salvaged };
  }
  if (!salvaged?.clientId) {
    const json = result.json as { client_id?: unknown } | null;
    if (expected.clientId !== undefined && json && typeof json === 'object' && json.client_id !== undefined) {
      return { ok: false, kind: 'invalid-answer', field: 'client_id', message: `The identity provider at ${idpLabel} answered about another client than ${expected.clientId}; the portal kept nothing of its answer.` };
    }
    return {
      ok: false,
      kind: 'unavailable',
      message: `The identity provider at ${idpLabel} answered without a client_id. Ask an admin to check the Client Registration Endpoint.`,
      outcomeUnknown: true,
      salvaged,
    };
  }
  const parsed = expected.schema.safeParse(result.json);
  if (!parsed.success) {
    const { field, problem } = answerProblem(parsed.error);
    return {
      ok: false,
      kind: 'invalid-answer',
      field,
      message: `The identity provider at ${idpLabel} sent an answer the portal cannot store: its ${field} ${problem}. Ask an admin to check the identity provider.`,
      salvaged,
    };
  }
  return { ok: true, value: parsed.data };
}

/** Longest value read leniently from an answer that failed (the journal's columns are text). */
const SALVAGE_MAX = 8192;

/**
 * The client_id, registration access token and registration_client_uri of any JSON answer,
 * whatever else is wrong with it. Nothing is taken from an answer about another client.
 */
function salvage(json: unknown, expectedClientId: string | undefined): SalvagedClient | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const answer = json as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= SALVAGE_MAX ? value : null);
  const rawId = answer.client_id;
  const clientId = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : text(rawId);
  if (expectedClientId !== undefined && clientId !== null && clientId !== expectedClientId) return undefined;
  const uri = text(answer.registration_client_uri);
  const salvaged = {
    clientId,
    registrationAccessToken: text(answer.registration_access_token),
    registrationClientUri: uri && httpUrlProblem(uri, 'uri') === null ? uri : null,
  };
  return Object.values(salvaged).some((v) => v !== null) ? salvaged : undefined;
}

/** host[:port] of a URL, to name an IdP in messages without its path or query. */
export function hostOf(url: string): string {
  return new URL(url).host;
}
