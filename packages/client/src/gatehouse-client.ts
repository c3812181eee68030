import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode } from 'graphql';

export interface GatehouseClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql` or the portal's `/graphql`. */
  url: string;
  /** An API token (`gh_…`), sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Retries after HTTP 429, waiting as long as Retry-After says (at most 60 s each). Default 2. */
  maxRateLimitRetries?: number;
  /** For tests or proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * A refusal the API threw: UNAUTHENTICATED (bad, expired or revoked token), FORBIDDEN (the
 * token's role may not), NOT_FOUND, RATE_LIMITED, GRAPHQL_VALIDATION_FAILED (a limit or a bad
 * query), INTERNAL. Errors a user can fix come back as data (ValidationError), not as this.
 */
export class GatehouseError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GatehouseError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

const printed = new WeakMap<object, { query: string; operationName?: string }>();

function toRequest(document: TypedDocumentNode<unknown, unknown>) {
  let request = printed.get(document);
  if (!request) {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    request = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, request);
  }
  return request;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends typed operations (src/generated) to Gatehouse with an API token. */
export class GatehouseClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GatehouseClientOptions) {
    if (!options.url) throw new TypeError('GatehouseClient: url is required (the /graphql endpoint).');
    if (!options.token) throw new TypeError('GatehouseClient: token is required (create one in the portal under API tokens).');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Runs one operation; resolves with its data or rejects with a GatehouseError. */
  async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]): Promise<TResult> {
    const body = JSON.stringify({ ...toRequest(document as TypedDocumentNode<unknown, unknown>), variables: variables ?? {} });
    for (let attempt = 0; ; attempt++) {
      const res = await this.fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${this.options.token}` },
        body,
      });
      const json = (await res.json().catch(() => null)) as GraphQLResponse<TResult> | null;
      // A rate-limited request was not run at all, so repeating it is safe, mutations included.
      if (res.status === 429 && attempt < (this.options.maxRateLimitRetries ?? 2)) {
        await sleep(Math.min(Number(res.headers.get('retry-after') ?? 1), 60) * 1000);
        continue;
      }
      const error = json?.errors?.[0];
      if (error) {
        throw new GatehouseError(error.message, error.extensions?.code ?? 'INTERNAL', res.status, error.extensions?.retryAfterSeconds);
      }
      if (!res.ok || !json?.data) throw new GatehouseError(`Gatehouse answered HTTP ${res.status} without data.`, 'INTERNAL', res.status);
      return json.data;
    }
  }
}
