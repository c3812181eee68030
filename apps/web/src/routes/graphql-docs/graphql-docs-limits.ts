/**
 * The API's protections as the GraphQL API page states them. The numbers are the API's defaults
 * (apps/api/src/server/graphql-limits.ts, graphql-limits-rate.ts, modules/common/connection.ts);
 * keep them in step when those change.
 */
export const API_LIMITS: readonly { name: string; rule: string; error: string }[] = [
  {
    name: 'Rate',
    rule: '600 requests per minute for each API token (1,200 for a signed-in browser session), with short bursts allowed.',
    error: 'HTTP 429 with code RATE_LIMITED, a Retry-After header and extensions.retryAfterSeconds.',
  },
  {
    name: 'Depth',
    rule: 'Fields nest at most 12 levels; edges { node { … } } counts as two.',
    error: 'HTTP 400 with code GRAPHQL_VALIDATION_FAILED and extensions.limit = "depth".',
  },
  {
    name: 'Cost',
    rule: 'At most 20,000: each field costs 1, multiplied by the first of every connection around it.',
    error: 'HTTP 400 with code GRAPHQL_VALIDATION_FAILED and extensions.limit = "cost".',
  },
  {
    name: 'Aliases',
    rule: 'At most 30 aliased fields per document.',
    error: 'HTTP 400 with code GRAPHQL_VALIDATION_FAILED and extensions.limit = "aliases".',
  },
  {
    name: 'Page size',
    rule: 'Lists are cursor connections: first is at most 100; pass pageInfo.endCursor as after for the next page.',
    error: 'Larger values are lowered to 100.',
  },
  {
    name: 'One operation per request',
    rule: 'Batched requests (a JSON array) are refused. Send a JSON POST with Content-Type: application/json.',
    error: 'HTTP 400.',
  },
  {
    name: 'Introspection',
    rule: 'The schema (__schema, __type) is served to authenticated callers only.',
    error: 'Code UNAUTHENTICATED without a token or session.',
  },
];
