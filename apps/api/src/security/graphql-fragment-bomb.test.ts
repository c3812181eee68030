import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiToken, postGql } from '../modules/api-tokens/test-support/api-token-client.ts';
import type { ApiServer } from '../server/create-api-server.ts';
import { DEFAULT_OPERATION_LIMITS, measureOperation } from '../server/graphql-limits.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { startRateLimitedApi } from '../test-support/start-rate-limited-api.ts';

/** `fragment F1 on Query { ...F0 ...F0 }` ... `{ ...F<depth> }`: each level doubles the expansion. */
function fragmentBomb(depth: number): string {
  let query = 'fragment F0 on Query { health }\n';
  for (let i = 1; i <= depth; i++) query += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return `${query}{ ...F${depth} }`;
}

function measureDocument(source: string) {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  const document = parse(source);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, operation, fragments);
}

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.close());

describe('fragment bomb', () => {
  it('is measured with each fragment walked once: work grows with the document, not with the expansion', () => {
    for (const depth of [20, 40]) {
      const measure = measureDocument(fragmentBomb(depth));
      // One unit per selection written: the operation's spread, two spreads per level, one field.
      expect(measure.work).toBe(1 + 2 * depth + 1);
      // The expansion is still counted in full, so the cost limit refuses it.
      expect(measure.cost).toBe(2 ** depth);
    }
  });

  it('is refused to an anonymous caller with a 400 that says which limit and what to do', async () => {
    const shallow = await postGql(h.url, fragmentBomb(20), undefined, {});
    expect(shallow.status).toBe(400);
    expect(shallow.errors![0]).toMatchObject({
      message: expect.stringMatching(/^The query could return about 1048576 fields; the limit is 20000\./),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' },
    });

    const deep = await postGql(h.url, fragmentBomb(40), undefined, {});
    expect(deep.status).toBe(400);
    expect(deep.errors).toEqual([
      {
        message: `The document defines 41 fragments; the limit is ${DEFAULT_OPERATION_LIMITS.maxFragments}. Inline small fragments or split the document into several queries.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'fragments' },
      },
    ]);
    expect((await postGql(h.url, '{ health }', undefined, {})).status).toBe(200);
  });

  it('caps fragment spreads per document before validation', async () => {
    const spreads = Array.from({ length: DEFAULT_OPERATION_LIMITS.maxSpreads + 1 }, () => '...H').join(' ');
    const res = await postGql(h.url, `fragment H on Query { health } { ${spreads} }`, undefined, {});
    expect(res.status).toBe(400);
    expect(res.errors![0]).toMatchObject({
      message: `The document spreads fragments ${DEFAULT_OPERATION_LIMITS.maxSpreads + 1} times; the limit is ${DEFAULT_OPERATION_LIMITS.maxSpreads}. Spread each fragment where it is needed once, or split the document into several queries.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'spreads' },
    });
  });

  it('caps the tokens of a document, so parsing and validation are bounded', async () => {
    const fields = Array.from({ length: DEFAULT_OPERATION_LIMITS.maxTokens }, () => 'health').join(' ');
    const res = await postGql(h.url, `{ ${fields} }`, undefined, {});
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0]!.message).toMatch(/tokens/);
  });
});

describe('anonymous callers', () => {
  it('get no field suggestions; signed-in users still do', async () => {
    const anonymous = await postGql(h.url, 'mutation { createApiTokn }', undefined, {});
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors![0]!.message).toBe('Cannot query field "createApiTokn" on type "Mutation".');
    const signedIn = await postGql(h.url, 'mutation { createApiTokn }', undefined, { cookie: await h.signInAs('developer') });
    expect(signedIn.errors![0]!.message).toMatch(/Did you mean "createApiToken"/);
  });

  describe('rate limit per IP address', () => {
    let strict: ApiServer;
    let url: string;
    beforeAll(async () => {
      ({ api: strict, url } = await startRateLimitedApi(h, { token: { requests: 100, periodSeconds: 60 }, session: { requests: 100, periodSeconds: 60 }, anonymous: { requests: 3, periodSeconds: 60 } }));
    });
    afterAll(() => strict?.close());

    it('answers 429 once an address used its anonymous requests; tokens keep their own allowance', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await postGql(url, '{ health }', undefined, {})).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await postGql(url, '{ health }', undefined, {});
      expect(limited.errors![0]).toMatchObject({
        message: expect.stringMatching(/^Too many requests: at most 3 per 60 seconds for each IP address without a session or token\. Retry in \d+ s\.$/),
        extensions: { code: 'RATE_LIMITED' },
      });
      const token = (await createApiToken(h, await h.signInAs('admin'), { name: 'anonymous-limit', role: 'READ_ONLY' })).value;
      expect((await postGql(url, '{ health }', undefined, bearer(token))).status).toBe(200);
    });
  });
});
