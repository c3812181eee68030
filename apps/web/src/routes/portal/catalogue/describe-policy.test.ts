import { describe, expect, it } from 'vitest';
import { describePolicy } from './describe-policy.ts';

describe('describePolicy', () => {
  it('puts limits, quota and expiry in words', () => {
    expect(
      describePolicy({
        rateLimitRequests: 1000,
        rateLimitPeriodSeconds: 60,
        quotaMax: 10000,
        quotaRenewalSeconds: 2_592_000,
        keyExpiresInSeconds: 604_800,
      }),
    ).toEqual({
      rateLimit: '1,000 requests per minute',
      quota: '10,000 requests per 30 days',
      expiry: '7 days after the client is created',
    });
  });

  it('says Unlimited and Never when nothing is set', () => {
    expect(describePolicy({ rateLimitRequests: null, quotaMax: null, keyExpiresInSeconds: null })).toEqual({
      rateLimit: 'Unlimited',
      quota: 'Unlimited',
      expiry: 'Never',
    });
  });

  it('handles a single request and a quota that never renews', () => {
    expect(describePolicy({ rateLimitRequests: 1, rateLimitPeriodSeconds: 1, quotaMax: 500 })).toMatchObject({
      rateLimit: '1 request per second',
      quota: '500 requests in total',
    });
  });
});
