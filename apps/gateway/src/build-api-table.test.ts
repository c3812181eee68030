import { describe, expect, it } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import { buildApiTable, type RejectedDefinition } from './build-api-table.ts';

function api(name: string, listenPath: string, upstreamUrl = 'http://127.0.0.1:4200/anything/'): ApiDefinition {
  return { id: name, name, listenPath, upstreamUrl, jwksUri: 'http://127.0.0.1:4100/jwks', issuer: null, audience: null, identitySource: 'client_id', defaultPolicyId: null };
}

describe('buildApiTable', () => {
  const table = buildApiTable([api('root', '/'), api('a', '/a/'), api('a-b', '/a/b'), api('other', '/other')]);
  const matched = (path: string) => table.match(path)?.definition.name;

  it('matches the longest listen path on whole segments', () => {
    expect(matched('/a/b/c')).toBe('a-b');
    expect(matched('/a/b')).toBe('a-b');
    expect(matched('/a/bc')).toBe('a');
    expect(matched('/a')).toBe('a');
    expect(matched('/other/x')).toBe('other');
    expect(matched('/otherwise')).toBe('root');
    expect(matched('/')).toBe('root');
  });

  it('matches nothing without a root API', () => {
    const noRoot = buildApiTable([api('a', '/a/')]);
    expect(noRoot.match('/ab')).toBeUndefined();
    expect(noRoot.match('/')).toBeUndefined();
  });

  it('splits the upstream URL into origin and base path', () => {
    const route = table.match('/a/x')!;
    expect(route.prefix).toBe('/a');
    expect(route.upstreamOrigin).toBe('http://127.0.0.1:4200');
    expect(route.upstreamBasePath).toBe('/anything');
  });

  it('skips definitions it cannot route and reports why, keeping the others', () => {
    const rejected: RejectedDefinition[] = [];
    const partial = buildApiTable(
      [
        api('good', '/good/'),
        api('relative', 'no-slash'),
        api('ftp', '/ftp/', 'ftp://files.test/'),
        api('query', '/query/', 'http://127.0.0.1:4200/?debug=1'),
        { ...api('bad jwks', '/bad-jwks/'), jwksUri: 'not a url' },
        api('duplicate', '/good'),
        api('reserved', '/_gatehouse/usage/'),
        api('dots', '/a/../b/'),
        { ...api('no claims', '/no-claims/'), identitySource: '  ' },
        { ...api('bad claim', '/bad-claim/'), identitySource: 'azp "cid"' },
      ],
      (r) => rejected.push(r),
    );
    expect(partial.routes.map((r) => r.definition.name)).toEqual(['good']);
    expect(rejected.map((r) => r.name)).toEqual(['relative', 'ftp', 'query', 'bad jwks', 'duplicate', 'reserved', 'dots', 'no claims', 'bad claim']);
    expect(rejected.at(-1)!.reason).toMatch(/^identity source: "cid" is not a claim name/);
  });

  it('compiles the identity source once per API, with refusals that name its claims', () => {
    const route = buildApiTable([{ ...api('okta', '/okta/'), identitySource: 'cid client_id' }]).routes[0]!;
    expect(route.identity.readers).toEqual([{ claim: 'cid', suffix: null }, { claim: 'client_id', suffix: null }]);
    expect(JSON.parse(route.identity.noClientIdentity.body.toString()).error_description).toBe(
      'The access token does not identify a client: it has no client id in cid or client_id',
    );
  });
});
