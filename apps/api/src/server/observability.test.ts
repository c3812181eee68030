import { createPrismaClient } from '@gatehouse/db';
import { serveMetrics, type MetricsServer } from '@gatehouse/telemetry';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../lib/logger.ts';
import { connectRedis } from '../lib/redis-connection.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { ApiMetrics } from './api-metrics.ts';
import { createApiServer } from './create-api-server.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOAuthClientInput!) {
    createOAuthClient(input: $input) {
      __typename
      ... on CreateOAuthClientSuccess { client { id clientId } }
      ... on ValidationError { message }
    }
  }
`;

let h: ApiHarness;
let metricsServer: MetricsServer;
let developer: string;
let catalogueEntryId: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const lines = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const metrics = new ApiMetrics({ processMetrics: false });
  h = await startApiHarness({ metrics, logger: createLogger('debug', 'api', lines) });
  metricsServer = await serveMetrics(metrics.registry, { port: 0, host: '127.0.0.1' });
  developer = await h.signInAs('developer');
  const { data } = await h.gql('{ catalogue { id publicName } }', {}, developer);
  catalogueEntryId = data!.catalogue.find((e: { publicName: string }) => e.publicName === 'Curity Demo API').id;
});
afterAll(async () => {
  await metricsServer?.close();
  await h?.close();
});

/** The sum of the samples of `name` whose labels include `labels`, from what the metrics listener serves. */
async function sample(name: string, labels: Record<string, string> = {}): Promise<number> {
  const reply = await fetch(`${metricsServer.url}/metrics`);
  expect(reply.status).toBe(200);
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  let sum = 0;
  for (const line of (await reply.text()).split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] === name && wanted.every((w) => (match[2] ?? '').split(',').includes(w))) sum += Number(match[3]);
  }
  return sum;
}

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('API metrics after GraphQL calls and a registration at the IdP', () => {
  it('count operations by root field and outcome, registrations by outcome, IdP calls and answer-cache lookups', async () => {
    const input = { catalogueEntryIds: [catalogueEntryId], clientName: 'Metrics App', redirectUris: ['https://app.example/cb'], idempotencyKey: crypto.randomUUID() };
    const created = await h.gql(CREATE, { input }, developer);
    expect(created.data!.createOAuthClient.__typename).toBe('CreateOAuthClientSuccess');
    const invalid = await h.gql(CREATE, { input: { ...input, clientName: '', idempotencyKey: crypto.randomUUID() } }, developer);
    expect(invalid.data!.createOAuthClient.__typename).toBe('ValidationError');
    // The same page twice: the second answer comes from the answer cache.
    await h.gql('{ myOAuthClients { edges { node { id } } } }', {}, developer);
    await h.gql('{ myOAuthClients { edges { node { id } } } }', {}, developer);
    expect((await post({ query: '{ me { id } }' }, { authorization: 'Bearer not-a-token' })).status).toBe(401);

    expect(await sample('gatehouse_api_graphql_operations_total', { operation: 'createOAuthClient', outcome: 'ok' })).toBe(1);
    expect(await sample('gatehouse_api_graphql_operations_total', { operation: 'createOAuthClient', outcome: 'ValidationError' })).toBe(1);
    expect(await sample('gatehouse_api_graphql_operations_total', { operation: 'none', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(await sample('gatehouse_api_client_registrations_total', { outcome: 'registered' })).toBe(1);
    expect(await sample('gatehouse_api_idp_request_duration_seconds_count', { method: 'POST', outcome: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(await sample('gatehouse_api_answer_cache_lookups_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(await sample('gatehouse_api_graphql_operation_duration_seconds_count', { operation: 'signIn' })).toBe(1);
    // Names a caller gives its operations never become labels.
    const text = await (await fetch(`${metricsServer.url}/metrics`)).text();
    expect(text).not.toContain('Create"');
  });
});

describe('request ids', () => {
  it('returns the caller\'s X-Request-Id, or a new one, and writes it on each log line of the request', async () => {
    const reply = await post({ query: 'query Who { me { id } }' }, { 'x-request-id': 'portal-req-42', cookie: developer });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-request-id')).toBe('portal-req-42');
    const operationLine = logLines.find((line) => line.msg === 'graphql operation' && line.operation === 'Who');
    expect(operationLine).toMatchObject({ requestId: 'portal-req-42', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });

    const hostile = await post({ query: '{ me { id } }' }, { 'x-request-id': 'a b"c;'.repeat(40) });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('readiness and liveness', () => {
  it('GET /readyz is 200 with the database check when it answers', async () => {
    const reply = await fetch(new URL('/readyz', h.url));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ status: 'ready', checks: { database: { ok: true } } });
  });

  it('GET /readyz is 503 naming the database and Redis when they cannot be reached, while /healthz stays 200', async () => {
    const db = createPrismaClient('postgresql://gatehouse@127.0.0.1:1/gatehouse');
    const redis = connectRedis('redis://127.0.0.1:1', pino({ level: 'silent' }));
    const api = await createApiServer({ db, config: h.config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }), redis });
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    const { port } = api.server.address() as { port: number };
    try {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'not_ready',
        checks: { database: { ok: false, detail: 'the portal database does not answer' }, redis: { ok: false, detail: 'Redis does not answer' } },
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
      redis.disconnect();
      await db.$disconnect();
    }
  });
});
