import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

const KEYS = '{ idpSigningKeys { kid state removeAfter } }';
const ROTATE = 'mutation { rotateIdpSigningKeys { signingKid keys { kid state removeAfter } } }';

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.close());

describe("rotating the embedded IdP's signing keys from the admin screen", () => {
  it('promotes the announced key, keeps the old one published until its tokens expire, and records who did it', async () => {
    const admin = await h.signInAs('admin');
    const before = (await h.gql(KEYS, {}, admin)).data!.idpSigningKeys as { kid: string; state: string }[];
    expect(before.map((k) => k.state)).toEqual(['CURRENT', 'NEXT']);
    const announced = before.find((k) => k.state === 'NEXT')!.kid;

    const rotated = (await h.gql(ROTATE, {}, admin)).data!.rotateIdpSigningKeys;
    expect(rotated.signingKid).toBe(announced);
    expect(h.idp.signingKid).toBe(announced);
    expect(rotated.keys.map((k: { state: string }) => k.state)).toEqual(['CURRENT', 'NEXT', 'RETIRED']);
    const retired = rotated.keys.find((k: { state: string }) => k.state === 'RETIRED');
    expect(retired.kid).toBe(before.find((k) => k.state === 'CURRENT')!.kid);
    expect(Date.parse(retired.removeAfter)).toBeGreaterThan(Date.now() + 59 * 60_000);

    const jwks = (await (await fetch(h.idp.endpoints.jwks)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(rotated.keys.map((k: { kid: string }) => k.kid));
    expect(await h.db.auditEvent.count({ where: { action: 'idp_signing_key.rotated', targetId: announced } })).toBe(1);
  });
});
