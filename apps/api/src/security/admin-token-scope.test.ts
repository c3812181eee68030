import { buildSchema, type GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createApiToken, postGql } from '../modules/api-tokens/test-support/api-token-client.ts';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

// What the schema tells integrators an ADMIN token may do, checked against what it does.

let h: ApiHarness;
beforeAll(async () => void (h = await startApiHarness()));
afterAll(() => h?.close());

const roleDescription = (role: string) => {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  return (schema.getType('ApiTokenRole') as GraphQLEnumType).getValue(role)!.description!;
};

describe('an ADMIN token', () => {
  it('revokes API tokens and creates none, and its documentation says exactly that', async () => {
    expect(roleDescription('ADMIN')).toMatch(/revoking API tokens included/);
    expect(roleDescription('ADMIN')).toMatch(/except creating API tokens and changing the admin's own account/);

    const admin = await h.signInAs('admin');
    const adminToken = bearer((await createApiToken(h, admin, { name: 'scope', role: 'ADMIN' })).value);
    const developerToken = await createApiToken(h, await h.signInAs('developer'), { name: 'leaked laptop token' });

    const revoked = await postGql(h.url, 'mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { status } } }', { id: developerToken.id }, adminToken);
    expect(revoked.data).toEqual({ revokeApiToken: { apiToken: { status: 'REVOKED' } } });

    const create = await postGql(
      h.url,
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }',
      { input: { name: 'more', currentPassword: DEMO_ACCOUNTS.admin.password } },
      adminToken,
    );
    expect(create.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const password = await postGql(h.url, 'mutation { changePassword(input: { currentPassword: "gatehouse-admin", newPassword: "another long password" }) { __typename } }', undefined, adminToken);
    expect(password.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });
});
