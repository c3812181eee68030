import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

/** Issue 7: the developer catalogue as pages of a bounded size, searchable, hidden APIs left out. */
const PAGE = `query($first: Int, $after: String, $search: String) {
  publishedApis(first: $first, after: $after, search: $search) {
    edges { cursor node { id publicName description dcrEnabled visible policy { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ONE = 'query($id: ID!) { publishedApi(id: $id) { id publicName } }';

let h: ApiHarness;
let developer: string;
let seeded: string[];

beforeAll(async () => {
  h = await startApiHarness();
  developer = await h.signInAs('developer');
  const policyId = (await h.db.policy.findFirstOrThrow()).id;
  seeded = (await h.db.catalogueEntry.findMany({ where: { visible: true } })).map((e) => e.publicName);
  // Names sort differently from their creation order, and one description holds LIKE wildcards.
  const entries = [
    { publicName: 'zeta Payments', description: 'Card payments and refunds.' },
    { publicName: 'Alpha Orders', description: 'Orders and INVOICES.' },
    { publicName: 'beta Shipping', description: 'Parcels; 100% tracked.' },
    { publicName: 'Gamma Hidden Ledger', description: 'Invoices, not published.', visible: false },
    { publicName: 'delta_Users', description: 'Accounts.' },
  ];
  for (const e of entries) await h.db.catalogueEntry.create({ data: { visible: true, ...e, policyId } });
});
afterAll(() => h?.close());

async function page(variables: Record<string, unknown>, cookie = developer) {
  const { data, errors } = await h.gql(PAGE, variables, cookie);
  expect(errors).toBeUndefined();
  return data!.publishedApis as { edges: { cursor: string; node: { id: string; publicName: string; visible: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const names = (p: Awaited<ReturnType<typeof page>>) => p.edges.map((e) => e.node.publicName);

describe('publishedApis', () => {
  it('pages through every visible API in public-name order, each exactly once, and never a hidden one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ first: 2, after });
      expect(p.edges.length).toBeLessThanOrEqual(2);
      seen.push(...names(p));
      expect(p.edges.every((e) => e.node.visible)).toBe(true);
      if (!p.pageInfo.hasNextPage) break;
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
      after = p.pageInfo.endCursor;
    }
    const expected = [...seeded, 'zeta Payments', 'Alpha Orders', 'beta Shipping', 'delta_Users'].sort();
    expect(seen).toEqual(expected);
    expect(seen).not.toContain('Gamma Hidden Ledger');
  });

  it('searches public name and description ignoring case, and leaves hidden APIs out of the matches', async () => {
    expect(names(await page({ search: 'invoices' }))).toEqual(['Alpha Orders']);
    expect(names(await page({ search: 'PAYMENTS' }))).toEqual(['zeta Payments']);
    expect(names(await page({ search: '  refunds ' }))).toEqual(['zeta Payments']);
  });

  it('ignores case beyond ASCII the same on every database, and keeps matching after an edit', async () => {
    const policyId = (await h.db.policy.findFirstOrThrow()).id;
    const maps = await h.db.catalogueEntry.create({ data: { publicName: 'Straße Maps', description: 'ÉCOLE données, ΣΟΦΊΑ.', policyId } });
    try {
      expect(names(await page({ search: 'STRASSE' }))).toEqual(['Straße Maps']);
      expect(names(await page({ search: 'école' }))).toEqual(['Straße Maps']);
      expect(names(await page({ search: 'σοφία' }))).toEqual(['Straße Maps']);
      expect(names(await page({ search: 'ｍａｐｓ' }))).toEqual(['Straße Maps']);
      await h.db.catalogueEntry.update({ where: { id: maps.id }, data: { publicName: 'Öffentliche Karten' } });
      expect(names(await page({ search: 'öffentliche' }))).toEqual(['Öffentliche Karten']);
      expect(await page({ search: 'straße' })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    } finally {
      await h.db.catalogueEntry.delete({ where: { id: maps.id } });
    }
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect(names(await page({ search: '100%' }))).toEqual(['beta Shipping']);
    expect(names(await page({ search: 'a_U' }))).toEqual(['delta_Users']);
    expect(names(await page({ search: '%' }))).toEqual(['beta Shipping']);
  });

  it('answers an empty page, not an error, when nothing matches; a blank search is no filter', async () => {
    expect(await page({ search: 'no such api' })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(names(await page({ search: '   ', first: 100 }))).toHaveLength(seeded.length + 4);
  });

  it('pages within a search', async () => {
    const first = await page({ search: 'a', first: 1 });
    const second = await page({ search: 'a', first: 1, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(names(second)).toHaveLength(1);
    expect(names(second)[0]! > names(first)[0]!).toBe(true);
  });

  it('bounds the page size to 1..100', async () => {
    expect((await page({ first: 0 })).edges).toHaveLength(1);
    expect((await page({ first: 1000 })).edges.length).toBeLessThanOrEqual(100);
  });

  it('asks anonymous callers to sign in', async () => {
    const { data, errors } = await h.gql(PAGE, {});
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(data?.publishedApis ?? null).toBeNull();
  });
});

describe('publishedApi', () => {
  it('returns a visible API by id, and null for a hidden or unknown one', async () => {
    const visible = await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Alpha Orders' } });
    const hidden = await h.db.catalogueEntry.findUniqueOrThrow({ where: { publicName: 'Gamma Hidden Ledger' } });
    expect((await h.gql(ONE, { id: visible.id }, developer)).data).toEqual({ publishedApi: { id: visible.id, publicName: 'Alpha Orders' } });
    expect((await h.gql(ONE, { id: hidden.id }, developer)).data).toEqual({ publishedApi: null });
    expect((await h.gql(ONE, { id: 'cunknown000000000000000' }, developer)).data).toEqual({ publishedApi: null });
  });
});
