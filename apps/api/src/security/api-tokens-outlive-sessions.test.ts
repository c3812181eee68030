import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postGql } from '../modules/api-tokens/test-support/api-token-client.ts';
import { startApiHarness, type ApiHarness } from '../test-support/api-harness.ts';

// A personal API token keeps working after the session that made it ends. So a stolen session
// must not be enough to make one, and a password change must end the tokens as it ends sessions.

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on CreateApiTokenSuccess { value } ... on ValidationError { fieldErrors { path message } } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ChangePasswordSuccess { endedSessions revokedApiTokens } } }`;
const ME = '{ me { email } }';

let h: ApiHarness;
beforeAll(async () => void (h = await startApiHarness()));
afterAll(() => h?.close());

/** An account the test knows the password of, added by the admin. */
async function newDeveloper(email: string, password: string): Promise<string> {
  const admin = await h.signInAs('admin');
  const { data } = await h.gql('mutation($input: AddDeveloperInput!) { addDeveloper(input: $input) { __typename } }', { input: { name: 'Victim', email, password } }, admin);
  expect(data!.addDeveloper.__typename).toBe('AddDeveloperSuccess');
  return h.signIn(email, password);
}

describe('personal API tokens', () => {
  it('cannot be created with the session alone: the current password is asked for', async () => {
    const stolenSession = await newDeveloper('victim-1@example.com', 'victim-password-1');
    const tokensBefore = await h.db.apiToken.count();
    for (const currentPassword of [undefined, '', 'a guess at the password']) {
      const { data } = await h.gql(CREATE, { input: { name: 'attacker', currentPassword } }, stolenSession);
      expect(data!.createApiToken.__typename, String(currentPassword)).toBe('ValidationError');
      expect(data!.createApiToken.fieldErrors).toEqual([{ path: 'currentPassword', message: expect.stringMatching(/current password/) }]);
    }
    expect(await h.db.apiToken.count()).toBe(tokensBefore);
    const { data } = await h.gql(CREATE, { input: { name: 'my laptop', currentPassword: 'victim-password-1' } }, stolenSession);
    expect(data!.createApiToken.__typename).toBe('CreateApiTokenSuccess');
  });

  it('stop working when the password changes, and the answer says how many were revoked', async () => {
    const victim = await newDeveloper('victim-2@example.com', 'victim-password-2');
    const attacker = await h.signIn('victim-2@example.com', 'victim-password-2');
    const made = (await h.gql(CREATE, { input: { name: 'made by the attacker', currentPassword: 'victim-password-2' } }, attacker)).data!.createApiToken.value as string;
    expect((await postGql(h.url, ME, undefined, bearer(made))).status).toBe(200);

    const { data } = await h.gql(CHANGE, { input: { currentPassword: 'victim-password-2', newPassword: 'a new victim password' } }, victim);
    expect(data!.changePassword).toEqual({ __typename: 'ChangePasswordSuccess', endedSessions: 1, revokedApiTokens: 1 });

    const refused = await postGql(h.url, ME, undefined, bearer(made));
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.message).toMatch(/^The API token "made by the attacker" was revoked on .*\. Create a new one\.$/);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { action: 'user.password_changed' }, orderBy: { createdAt: 'desc' } });
    expect(JSON.parse(event.detailsJson)).toEqual({ endedSessions: 1, revokedApiTokens: 1 });
  });
});
