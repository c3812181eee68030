import { setOutboundObserver, type Provider } from '@gatehouse/dcr';
import { currentRequestIds } from '@gatehouse/telemetry';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds: from an answer-cache hit to the IdP timeout (10 s). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * What the API counts for Prometheus (docs/operations.md). Labels are bounded: the operation's
 * root field (from the schema, so not whatever name a caller gives its operation), an error code
 * from a fixed list, the IdP's admin-configured host or provider kind; never a user or client id.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'gatehouse_api_graphql_operations_total',
    help: 'GraphQL operations by root field ("none": refused before one was known) and outcome ("ok" or the first error code).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  readonly operationDuration = new Histogram({
    name: 'gatehouse_api_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by root field.',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly answerCache = new Counter({
    name: 'gatehouse_api_answer_cache_lookups_total',
    help: 'Cacheable answers of signed-in users: "hit" came from the answer cache.',
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly registrations = new Counter({
    name: 'gatehouse_api_client_registrations_total',
    help: 'Client registrations at identity providers, by provider kind and outcome ("registered", an RFC 7591 error code, "unavailable", ...).',
    labelNames: ['provider', 'outcome'],
    registers: [this.registry],
  });
  readonly idpCalls = new Histogram({
    name: 'gatehouse_api_idp_request_duration_seconds',
    help: 'Calls to identity providers (discovery, registration, management, token), by IdP host, method and outcome (status class or failure).',
    labelNames: ['idp_host', 'method', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor({ usageCollectedAt, processMetrics = true }: { usageCollectedAt?: () => number | undefined; processMetrics?: boolean } = {}) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'gatehouse_api_' });
    const startedAt = Date.now();
    new Gauge({
      name: 'gatehouse_api_usage_collection_lag_seconds',
      help: 'Time since the gateway\'s usage counts were last stored (since start before the first time).',
      registers: [this.registry],
      collect() {
        this.set((Date.now() - (usageCollectedAt?.() ?? startedAt)) / 1000);
      },
    });
  }

}

/**
 * Makes every call to an identity provider carry the X-Request-Id and traceparent of the request
 * being served, so the IdP's logs join the API's, and report its outcome to `metrics` if any.
 */
export function observeIdpCalls(metrics: ApiMetrics | undefined): void {
  setOutboundObserver({
    headers: () => {
      const ids = currentRequestIds();
      return ids && { 'x-request-id': ids.requestId, traceparent: ids.traceparent };
    },
    called: ({ host, method, outcome, durationMs }) => metrics?.idpCalls.labels(host, method, outcome).observe(durationMs / 1000),
    registered: (provider: Provider, outcome: string) => metrics?.registrations.labels(provider, outcome).inc(),
  });
}
