import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../server/schema-modules.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';
import { onPostgresql } from '../test-support/test-database.ts';

/**
 * Issue 7: every mutation of the schema (read from the modules' SDL, so a new one is covered the
 * day it is added) gets malformed and oversized inputs as admin, developer and anonymous caller.
 * Each answer must be a clear error (a GraphQL error with a code other than INTERNAL, or a
 * payload), never a 5xx, and the database must be byte-for-byte the same afterwards.
 *
 * Inputs come from fast-check with a fixed seed, so CI sends the same requests every run.
 */

const SEED = 20261128;
const RUNS_PER_MUTATION = 6;

const schema = buildSchema(typeDefs.join('\n'));
const mutations = Object.values(schema.getMutationType()!.getFields());

// Strings no form produces. Every input is invalid by construction, so none can be accepted and stored.
/** Longer than any text field takes (most stop at 100 to 4000 characters), `length` UTF-16 units. */
const oversized = (length: number) =>
  fc
    .tuple(fc.constantFrom('a', 'é', '😀', "' OR 1=1 --", '<script>x</script>', '../'), fc.integer({ min: length, max: length + 500 }))
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

/** How many strings a value of `type` holds at most (lists of two), to share out the body limit. */
function stringLeaves(type: GraphQLInputType, depth = 0): number {
  if (isNonNullType(type)) return stringLeaves(type.ofType, depth);
  if (isListType(type)) return 2 * stringLeaves(type.ofType, depth + 1);
  if (isInputObjectType(type)) return depth > 4 ? 0 : Object.values(type.getFields()).reduce((n, f) => n + stringLeaves(f.type, depth + 1), 0);
  return isScalarType(type) && (type.name === 'String' || type.name === 'ID') ? 1 : 0;
}

/** The API refuses bodies over 64 KB (413) before GraphQL; stay under it so resolvers see the input. */
const oversizedFor = (type: GraphQLInputType) => Math.max(4_100, Math.min(10_000, Math.floor(56_000 / (2 * Math.max(1, stringLeaves(type))))));
const malformedText = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\uD800', 'abc\uDFFFdef', '\uDBFF', 'x\uD83D'),
  fc.constantFrom('\u0001', 'line\u001Bbreak', '\u007F', 'tab\u0008'),
);
const hostileInt = fc.constantFrom(2 ** 31 - 1, -(2 ** 31), -1, 0);

/**
 * How a sample is spoiled: every string too long for any field; enormous lists (of short items,
 * with the other strings too long); or every string with a control character or lone surrogate.
 */
type Flavour = 'oversized' | 'huge-lists' | 'malformed-text';

/** A value of the right GraphQL shape, spoiled as the flavour says. */
function shaped(type: GraphQLInputType, flavour: Flavour, depth = 0, inList = false, length = oversizedFor(type)): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return shaped(type.ofType, flavour, depth, inList, length);
  if (isListType(type)) {
    if (flavour === 'huge-lists') {
      // Still under the API's 64 KB body limit, so the list reaches the resolvers.
      return shaped(type.ofType, flavour, depth + 1, true, length).map((one) => Array.from({ length: 5_000 }, () => one));
    }
    return fc.array(shaped(type.ofType, flavour, depth + 1, true, length), { minLength: 1, maxLength: 2 });
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    return fc.record(Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, shaped(f.type, flavour, depth + 1, inList, length)])));
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return hostileInt;
      case 'Float':
        return fc.constantFrom(1e308, -1e308, 0.5);
      case 'Boolean':
        return fc.boolean();
      default:
        if (flavour === 'malformed-text') return malformedText;
        return flavour === 'huge-lists' && inList ? fc.constantFrom('x', '0') : oversized(length);
    }
  }
  return fc.constant(null);
}

const deep = (levels: number): unknown => (levels === 0 ? 'x' : { a: deep(levels - 1) });

/** Values of the wrong GraphQL type for an argument. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.constant(deep(300)),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => i)),
  fc.anything({ maxDepth: 3 }),
);

function argumentsArb(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const byArg = (pick: (arg: GraphQLArgument) => fc.Arbitrary<unknown>) => fc.record(Object.fromEntries(field.args.map((a) => [a.name, pick(a)])));
  return fc.oneof(
    { weight: 3, arbitrary: byArg((a) => shaped(a.type, 'oversized')) },
    { weight: 1, arbitrary: byArg((a) => shaped(a.type, 'huge-lists')) },
    { weight: 1, arbitrary: byArg((a) => shaped(a.type, 'malformed-text')) },
    { weight: 1, arbitrary: byArg(() => wrongType) },
  );
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  if (field.args.length === 0) return `mutation { ${field.name} { __typename } }`;
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation(${declared}) { ${field.name}(${passed}) { __typename } }`;
}

let h: ApiHarness;
let callers: { name: string; cookie: string | undefined }[];

/** A fingerprint of every row of every table, in an order that does not depend on the database. */
async function databaseChecksum(): Promise<{ checksum: string; rows: Record<string, number> }> {
  const tables = onPostgresql
    ? await h.db.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`
    : await h.db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`;
  const hash = createHash('sha256');
  const rows: Record<string, number> = {};
  for (const { name } of tables) {
    const all = await h.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    rows[name] = all.length;
    const texts = all.map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).sort();
    hash.update(name).update(JSON.stringify(texts));
  }
  return { checksum: hash.digest('hex'), rows };
}

beforeAll(async () => {
  h = await startApiHarness();
  callers = [
    { name: 'admin', cookie: await h.signInAs('admin') },
    { name: 'developer', cookie: await h.signInAs('developer') },
    { name: 'anonymous', cookie: undefined },
  ];
}, 60_000);
afterAll(() => h?.close());

interface Finding {
  mutation: string;
  caller: string;
  problem: string;
  variables: string;
}

async function send(body: string | Buffer, cookie: string | undefined): Promise<{ status: number; text: string }> {
  const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, text: await res.text() };
}

/** What is wrong with an answer, or null when it is a clear refusal or a payload. */
function problemWith(answer: { status: number; text: string }, mutation: string): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  let body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `HTTP ${answer.status} with a body that is not JSON`;
  }
  for (const error of body.errors ?? []) {
    if (!error.extensions?.code || error.extensions.code === 'INTERNAL') return `error ${error.extensions?.code ?? 'without code'}: ${error.message}`;
    if (!error.message) return `error ${error.extensions.code} without a message`;
  }
  if (!body.errors?.length && !(body.data?.[mutation] as { __typename?: string } | undefined)?.__typename) return 'neither an error nor a payload';
  return null;
}

describe(`fuzzing every mutation (${mutations.length}) with malformed and oversized input`, () => {
  it('answers each with a clear error or payload, never INTERNAL or 5xx, and leaves the database unchanged', async () => {
    expect(mutations.length).toBeGreaterThan(20);
    const before = await databaseChecksum();
    const findings: Finding[] = [];
    let sent = 0;
    for (const [index, field] of mutations.entries()) {
      const document = documentFor(field);
      // A mutation without arguments (signOut) has no input to spoil: it gets only the bogus argument below.
      const samples = field.args.length === 0 ? [] : fc.sample(argumentsArb(field), { seed: SEED + index, numRuns: RUNS_PER_MUTATION });
      for (const caller of callers) {
        for (const variables of samples) {
          const body = JSON.stringify({ query: document, variables });
          const answer = await send(body, caller.cookie);
          sent++;
          const problem = problemWith(answer, field.name);
          if (problem) findings.push({ mutation: field.name, caller: caller.name, problem, variables: body.slice(0, 300) });
        }
        // Bytes that are not UTF-8 inside a JSON string, and an unknown argument.
        const raw = Buffer.concat([Buffer.from(`{"query":${JSON.stringify(document)},"variables":{"x":"`), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]);
        for (const answer of [await send(raw, caller.cookie), await send(JSON.stringify({ query: `mutation { ${field.name}(bogus: 1) { __typename } }` }), caller.cookie)]) {
          sent++;
          const problem = problemWith(answer, field.name);
          if (problem) findings.push({ mutation: field.name, caller: caller.name, problem, variables: 'raw' });
        }
      }
    }
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan((mutations.length - 1) * callers.length * RUNS_PER_MUTATION);
    const after = await databaseChecksum();
    expect(after.rows).toEqual(before.rows);
    expect(after.checksum).toBe(before.checksum);
    // The sessions the fuzz used are still there: no input signed anybody out.
    for (const caller of callers.filter((c) => c.cookie)) {
      expect((await h.gql('{ me { id } }', {}, caller.cookie)).data!.me).not.toBeNull();
    }
  }, 120_000);

  it('refuses control characters and lone surrogates with the variable path, before any resolver runs', async () => {
    const developer = callers[1]!.cookie;
    const document = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';
    for (const [email, message] of [
      ['a\u0000@example.com', 'Variable $input.email contains a control character such as NUL; remove it and send the request again.'],
      ['a\uD800@example.com', 'Variable $input.email is not valid Unicode (it has a lone surrogate); remove it and send the request again.'],
    ] as const) {
      const answer = await send(JSON.stringify({ query: document, variables: { input: { email, password: 'x' } } }), developer);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).errors).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT' } }]);
    }
    const bytes = await send(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), developer);
    expect(bytes.status).toBe(400);
    expect(JSON.parse(bytes.text).errors[0].message).toBe('The request body is not valid UTF-8.');
  });
});

/** The generator itself: a smoke check that a shaped input really is of the argument's type. */
describe('the fuzz generator', () => {
  it('fills every input field of createOAuthClient', () => {
    const field = mutations.find((m) => m.name === 'createOAuthClient')!;
    const [sample] = fc.sample(shaped(field.args[0]!.type, 'oversized'), { seed: SEED, numRuns: 1 });
    const fields = Object.keys((getNamedType(field.args[0]!.type) as { getFields(): Record<string, unknown> }).getFields());
    expect(Object.keys(sample as object).sort()).toEqual(fields.sort());
  });
});
