import { describe, expect, it } from 'vitest';
import { emptyPolicyDraft, policyDraftErrors, policyDraftFrom, toPolicyInput } from './policy-draft.ts';

describe('policy draft', () => {
  it('sends empty limits as unlimited, without their periods, and no expiry as never', () => {
    expect(toPolicyInput({ ...emptyPolicyDraft(), name: ' Curity Policy ', apiIds: ['a1'] })).toEqual({
      name: 'Curity Policy',
      apiIds: ['a1'],
      rateLimitRequests: null,
      rateLimitPeriodSeconds: null,
      quotaMax: null,
      quotaRenewalSeconds: null,
      keyExpiresInSeconds: null,
      limitsWhenRedisDown: null,
      active: true,
    });
  });

  it('sends a limit with its period and an expiry in seconds', () => {
    const input = toPolicyInput({ ...emptyPolicyDraft(), rateLimitRequests: '100', quotaMax: '10000', keyExpiresInSeconds: '86400' });
    expect(input).toMatchObject({ rateLimitRequests: 100, rateLimitPeriodSeconds: 60, quotaMax: 10_000, quotaRenewalSeconds: 2_592_000, keyExpiresInSeconds: 86_400 });
  });

  it("sends the policy's choice for a Redis outage, and null for the gateway default", () => {
    expect(toPolicyInput({ ...emptyPolicyDraft(), limitsWhenRedisDown: 'REFUSE' }).limitsWhenRedisDown).toBe('REFUSE');
    expect(toPolicyInput(emptyPolicyDraft()).limitsWhenRedisDown).toBeNull();
    expect(policyDraftFrom({ name: 'P', apis: [], limitsWhenRedisDown: 'ALLOW', active: true }).limitsWhenRedisDown).toBe('ALLOW');
  });

  it('reads a stored policy back', () => {
    const draft = policyDraftFrom({ name: 'P', apis: [{ id: 'a' }], rateLimitRequests: 5, rateLimitPeriodSeconds: 1, keyExpiresInSeconds: null, active: false });
    expect(draft).toMatchObject({ apiIds: ['a'], rateLimitRequests: '5', rateLimitPeriodSeconds: '1', quotaMax: '', keyExpiresInSeconds: '', active: false });
  });
});

describe('policyDraftErrors', () => {
  it('catches counts that are not whole numbers before they are sent', () => {
    expect(policyDraftErrors({ ...emptyPolicyDraft(), rateLimitRequests: '1.5', quotaMax: '-3' }).map((e) => e.path)).toEqual(['rateLimitRequests', 'quotaMax']);
    expect(policyDraftErrors({ ...emptyPolicyDraft(), rateLimitRequests: '100' })).toEqual([]);
  });
});
