import { describe, expect, it } from 'vitest';
import { describeChanges } from './describe-changes.ts';
import { redactSecrets } from './redact-secrets.ts';

describe('redactSecrets', () => {
  it('replaces secret-looking values at any depth and keeps the rest', () => {
    expect(
      redactSecrets({
        name: 'Curity Demo API',
        clientSecret: 's3cret',
        dcr: { initialRegistrationAccessToken: 'tok', initialAccessTokenEnc: 'v1.x', initialRegistrationAccessTokenSet: true },
        list: [{ password: 'pw' }],
        cleared: { registrationAccessToken: null },
      }),
    ).toEqual({
      name: 'Curity Demo API',
      clientSecret: '[redacted]',
      dcr: { initialRegistrationAccessToken: '[redacted]', initialAccessTokenEnc: '[redacted]', initialRegistrationAccessTokenSet: true },
      list: [{ password: '[redacted]' }],
      cleared: { registrationAccessToken: null },
    });
  });
});

describe('describeChanges', () => {
  it('lists the fields that differ, with before and after', () => {
    expect(describeChanges({ name: 'a', active: true, apis: ['x'] }, { name: 'b', active: true, apis: ['x', 'y'] })).toEqual({
      name: { from: 'a', to: 'b' },
      apis: { from: ['x'], to: ['x', 'y'] },
    });
  });
});
