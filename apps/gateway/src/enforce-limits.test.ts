import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ApiRoute } from './api-definition.ts';
import { ClientLimits } from './client-limits.ts';
import { enforceLimits } from './enforce-limits.ts';
import type { GatewayResponse } from './gateway-responses.ts';
import type { PolicyRule, PortalClient, PortalSnapshot } from './portal-snapshot.ts';
import { NO_LIMIT, type GatewayExchange } from './request-step.ts';

const client: PortalClient = { id: 'portal-1', clientId: 'client-1', createdAtMs: 0, entryKey: '' };

function policy(overrides: Partial<PolicyRule>): PolicyRule {
  return { id: 'p', name: 'p', active: true, apiIds: new Set(['api']), rateLimit: null, quota: null, keyExpiresInMs: null, limitsWhenRedisDown: null, ...overrides };
}

function exchangeUnder(rule: PolicyRule): GatewayExchange {
  return {
    req: {} as IncomingMessage, res: {} as ServerResponse, startedAt: 0, requestId: 'test', traceparent: '', forwardedAt: 0, route: {} as ApiRoute, snapshot: {} as PortalSnapshot, upstreamPath: '/',
    claims: {}, clientId: client.clientId, scopes: undefined, client, policy: rule,
    rateLimit: NO_LIMIT, rateLimitRemaining: NO_LIMIT, rateLimitReset: NO_LIMIT, quotaLimit: NO_LIMIT, quotaRemaining: NO_LIMIT, quotaReset: NO_LIMIT,
  };
}

/** Runs `count` requests at the current (real, fast-moving) time; returns the statuses. */
function run(step: ReturnType<typeof enforceLimits>, rule: PolicyRule, count: number): number[] {
  return Array.from({ length: count }, () => ((step(exchangeUnder(rule)) as GatewayResponse | undefined)?.status ?? 200));
}

describe('enforceLimits', () => {
  it('admits a burst of exactly N for "N per period", even when period/N is not exact in binary', () => {
    const step = enforceLimits(new ClientLimits());
    expect(run(step, policy({ rateLimit: { requests: 7, periodMs: 60_000 } }), 8)).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
  });

  it('reports the remaining rate and when it is fully replenished', () => {
    const step = enforceLimits(new ClientLimits());
    const rule = policy({ rateLimit: { requests: 10, periodMs: 10_000 } });
    const exchange = exchangeUnder(rule);
    expect(step(exchange)).toBeUndefined();
    expect([exchange.rateLimit, exchange.rateLimitRemaining, exchange.rateLimitReset]).toEqual([10, 9, 1]);
    expect(exchange.quotaLimit).toBe(NO_LIMIT);
  });

  it('never reports more remaining requests than the limit, however high the rate', () => {
    const step = enforceLimits(new ClientLimits());
    const million = exchangeUnder(policy({ id: 'million', rateLimit: { requests: 1_000_000, periodMs: 1000 } }));
    expect(step(million)).toBeUndefined();
    expect([million.rateLimit, million.rateLimitRemaining]).toEqual([1_000_000, 999_999]);
    const billion = exchangeUnder(policy({ id: 'billion', rateLimit: { requests: 1_000_000_000, periodMs: 1000 } }));
    expect(step(billion)).toBeUndefined();
    expect(billion.rateLimitRemaining).toBeLessThan(1_000_000_000);
  });

  it('refuses everything under a rate of 0, asking to retry after the period', () => {
    const refusal = enforceLimits(new ClientLimits())(exchangeUnder(policy({ rateLimit: { requests: 0, periodMs: 60_000 } }))) as GatewayResponse;
    expect(refusal.status).toBe(429);
    expect(refusal.headers).toEqual(expect.arrayContaining(['retry-after', '60']));
  });

  it('does not charge the quota for a request the rate limit refused', () => {
    const limits = new ClientLimits();
    const step = enforceLimits(limits);
    const rule = policy({ rateLimit: { requests: 1, periodMs: 60_000 }, quota: { max: 5, renewalMs: 3_600_000 } });
    expect(run(step, rule, 3)).toEqual([200, 429, 429]);
    expect(limits.stateFor(client.id, rule.id).quotaUsed).toBe(1);
  });

  it('starts the rate over when an admin changes it, and keeps the quota count when the maximum changes', () => {
    const limits = new ClientLimits();
    const step = enforceLimits(limits);
    expect(run(step, policy({ rateLimit: { requests: 1, periodMs: 3_600_000 }, quota: { max: 2, renewalMs: 3_600_000 } }), 2)).toEqual([200, 429]);
    expect(run(step, policy({ rateLimit: { requests: 100, periodMs: 3_600_000 }, quota: { max: 2, renewalMs: 3_600_000 } }), 2)).toEqual([200, 429]);
    expect(run(step, policy({ rateLimit: { requests: 100, periodMs: 3_600_000 }, quota: { max: 3, renewalMs: 3_600_000 } }), 2)).toEqual([200, 429]);
  });

  it('counts separately per policy and forgets clients the portal deleted', () => {
    const limits = new ClientLimits();
    const step = enforceLimits(limits);
    expect(run(step, policy({ id: 'a', quota: { max: 1, renewalMs: 60_000 } }), 2)).toEqual([200, 429]);
    expect(run(step, policy({ id: 'b', quota: { max: 1, renewalMs: 60_000 } }), 1)).toEqual([200]);
    limits.retainClients({ clientsById: new Map() } as unknown as PortalSnapshot);
    expect(limits.size).toBe(0);
  });
});
