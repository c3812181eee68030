import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiToken, postGql } from '../modules/api-tokens/test-support/api-token-client.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { startRateLimitedApi } from '../test-support/start-rate-limited-api.ts';
import type { ApiServer } from './create-api-server.ts';
import { countFragments, DEFAULT_OPERATION_LIMITS, measureOperation } from './graphql-limits.ts';
import { RateLimiter } from './graphql-limits-rate.ts';

let h: ApiHarness;
let admin: string;
let token: string;

beforeAll(async () => {
  h = await startApiHarness();
  admin = await h.signInAs('admin');
  token = (await createApiToken(h, admin, { name: 'limits', role: 'READ_ONLY' })).value;
});
afterAll(() => h?.close());

const nested = (levels: number) => {
  // policies -> edges -> node -> apis -> ... alternates through types that link back.
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `defaultPolicy { apis { ${selection} } }`;
  return `{ apis(first: 1) { edges { node { ${selection} } } } }`;
};

describe('operation limits', () => {
  it('refuses a query nested deeper than the limit with a 400 that says how deep and what to do', async () => {
    const res = await postGql(h.url, nested(6), undefined, bearer(token));
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toBe(`The query is nested 16 levels deep; the limit is ${DEFAULT_OPERATION_LIMITS.maxDepth}. Split it into several queries.`);
    expect(res.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', measured: 16 });
    expect(res.data ?? null).toBeNull();
    // Within the limit, the same shape runs.
    expect((await postGql(h.url, nested(2), undefined, bearer(token))).status).toBe(200);
  });

  it('counts nested page sizes into the cost, from literals and from variables', async () => {
    const query = `query($outer: Int, $inner: Int) { developers(first: $outer) { edges { node { id name email clients(first: $inner) { edges { cursor node { id clientId clientName apis createdAt } } } } } } }`;
    const big = await postGql(h.url, query, { outer: 100, inner: 100 }, { cookie: admin });
    expect(big.status).toBe(400);
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(big.errors![0]!.message).toMatch(/^The query could return about \d+ fields; the limit is 20000\. Ask for smaller pages \(first\) in nested lists/);
    const small = await postGql(h.url, query, { outer: 20, inner: 10 }, { cookie: admin });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
  });

  it('refuses more aliases than the limit (alias flooding)', async () => {
    const aliases = Array.from({ length: DEFAULT_OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: health`).join(' ');
    const res = await postGql(h.url, `{ ${aliases} }`, undefined, {});
    expect(res.status).toBe(400);
    expect(res.errors![0]).toMatchObject({
      message: `The query uses ${DEFAULT_OPERATION_LIMITS.maxAliases + 1} aliases; the limit is ${DEFAULT_OPERATION_LIMITS.maxAliases}. Send several smaller queries instead.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' },
    });
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ health }' }, { query: '{ health }' }]) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('keeps internals out of errors: no stack trace, no source excerpt', async () => {
    const res = await postGql(h.url, '{ health ', undefined, {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|at .*\.js/);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('accepts every operation the SPA sends (apps/web), so the limits never break the portal', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    const sources: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'generated' || name === 'node_modules') continue;
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.tsx?$/.test(name)) for (const m of readFileSync(path, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) sources.push(m[1]!);
      }
    };
    visit(new URL('../../../web/src', import.meta.url).pathname);
    const definitions = sources.flatMap((s) => parse(s).definitions);
    const fragments = Object.fromEntries(
      definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(10);
    // Even all of the SPA's documents together stay within the per-document fragment limits.
    const counts = countFragments(sources.join('\n'), Number.MAX_SAFE_INTEGER)!;
    expect(counts.fragments).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxFragments);
    expect(counts.spreads).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxSpreads);
    for (const source of sources) expect(countFragments(source, DEFAULT_OPERATION_LIMITS.maxTokens)).not.toBeNull();
    for (const op of operations) {
      const measure = measureOperation(schema, op, fragments, {});
      expect({ op: op.name?.value, ok: measure.depth <= DEFAULT_OPERATION_LIMITS.maxDepth && measure.cost <= DEFAULT_OPERATION_LIMITS.maxCost && measure.aliases <= DEFAULT_OPERATION_LIMITS.maxAliases, measure }).toMatchObject({ ok: true });
    }
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  it('is refused to anonymous callers with a clear 401, and answered for sessions and tokens', async () => {
    const anonymous = await postGql(h.url, INTROSPECT, undefined, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(anonymous.errors![0]!.message).toContain('Introspection is only for signed-in users and API tokens');
    const typeQuery = await postGql(h.url, '{ __type(name: "Query") { name } }', undefined, {});
    expect(typeQuery.status).toBe(401);
    expect((await postGql(h.url, INTROSPECT, undefined, { cookie: admin })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await postGql(h.url, INTROSPECT, undefined, bearer(token))).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is not introspection of the schema; anonymous callers may ask for it.
    expect((await postGql(h.url, '{ __typename health }', undefined, {})).data).toEqual({ __typename: 'Query', health: true });
  });
});

describe('rate limit', () => {
  let strict: ApiServer;
  let url: string;
  beforeAll(async () => {
    ({ api: strict, url } = await startRateLimitedApi(h, { token: { requests: 3, periodSeconds: 60 }, session: { requests: 5, periodSeconds: 60 }, anonymous: { requests: 100, periodSeconds: 60 } }));
  });
  afterAll(() => strict?.close());

  it('answers 429 with Retry-After and a GraphQL error body once a token used its requests, per token', async () => {
    const other = (await createApiToken(h, admin, { name: 'other', role: 'READ_ONLY' })).value;
    for (let i = 0; i < 3; i++) expect((await postGql(url, '{ health }', undefined, bearer(token))).status).toBe(200);
    const limited = await postGql(url, '{ health }', undefined, bearer(token));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.errors).toEqual([
      {
        message: `Too many requests: at most 3 per 60 seconds for each API token. Retry in ${limited.headers.get('retry-after')} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(limited.headers.get('retry-after')) },
      },
    ]);
    // Another token has its own allowance.
    expect((await postGql(url, '{ health }', undefined, bearer(other))).status).toBe(200);
  });

  it('limits a signed-in user across requests too', async () => {
    const developer = await h.signInAs('developer');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postGql(url, '{ me { email } }', undefined, { cookie: developer })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('RateLimiter', () => {
  it('refills over time and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const limit = { requests: 2, periodSeconds: 10 };
    expect(limiter.take('a', limit)).toEqual({ allowed: true });
    expect(limiter.take('a', limit)).toEqual({ allowed: true });
    expect(limiter.take('a', limit)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    now = 5_000;
    expect(limiter.take('a', limit)).toEqual({ allowed: true });
    expect(limiter.take('b', limit)).toEqual({ allowed: true });
  });
});
