import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApiRoute } from './api-definition.ts';
import type { PortalSource } from './portal-snapshot.ts';

/** Seconds; from a cached token's sub-millisecond answer to the upstream timeout (30 s). */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** `reason` of a request whose answer came from the upstream, as opposed to a gateway refusal. */
export const UPSTREAM_ANSWERED = 'upstream';

const STATUS_CLASSES = ['aborted', '1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** The label children of one API, made on its first request so the hot path only adds numbers. */
interface RouteChildren {
  /** By status / 100 (0: the client left before any answer). */
  relayed: Counter.Internal[];
  /** By refusal reason (a bounded set: gateway-responses.ts). */
  refused: Map<string, Counter.Internal>;
  duration: Histogram.Internal<string>;
  upstreamDuration: Histogram.Internal<string>;
}

/**
 * What the gateway counts for Prometheus (docs/operations.md lists each metric and what to alert
 * on). Labels are bounded: the API's name, a status class and a refusal reason, never a client id
 * or a path. Each API's label children are bound once and cached, so counting a request costs a
 * map lookup and a few additions.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #requests = new Counter({
    name: 'gatehouse_gateway_requests_total',
    help: 'Requests answered, by API (empty: matched no API), status class and reason ("upstream" when relayed, else why the gateway refused or failed it).',
    labelNames: ['api', 'status_class', 'reason'],
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: 'gatehouse_gateway_request_duration_seconds',
    help: 'Time from a request\'s arrival to the end of its answer, by API.',
    labelNames: ['api'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly #upstreamDuration = new Histogram({
    name: 'gatehouse_gateway_upstream_duration_seconds',
    help: 'Time from forwarding a request to the end of the upstream\'s answer, by API.',
    labelNames: ['api'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly #tokenCache = new Counter({
    name: 'gatehouse_gateway_token_cache_lookups_total',
    help: 'Bearer tokens looked up among the verified ones: "hit" skips the signature check.',
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly #jwksFetches = new Counter({
    name: 'gatehouse_gateway_jwks_fetches_total',
    help: 'JWKS fetches from the IdPs, by result.',
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly #redisErrors = new Counter({
    name: 'gatehouse_gateway_redis_errors_total',
    help: 'Redis connection errors and failed limit or usage commands.',
    registers: [this.registry],
  });
  readonly #databaseErrors = new Counter({
    name: 'gatehouse_gateway_database_errors_total',
    help: 'Failed reads of the portal database (the gateway keeps serving its last snapshot).',
    registers: [this.registry],
  });
  readonly #byRoute = new WeakMap<ApiRoute, RouteChildren>();
  readonly #unrouted: RouteChildren;
  readonly #tokenCacheHit = this.#tokenCache.labels('hit');
  readonly #tokenCacheMiss = this.#tokenCache.labels('miss');
  readonly #jwksOk = this.#jwksFetches.labels('ok');
  readonly #jwksFailed = this.#jwksFetches.labels('failed');

  constructor({ source, processMetrics = true }: { source?: PortalSource; processMetrics?: boolean } = {}) {
    this.#unrouted = this.#children('');
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'gatehouse_gateway_' });
    const snapshotChangedAt = { at: Date.now() / 1000, snapshot: source?.current() };
    new Gauge({
      name: 'gatehouse_gateway_portal_snapshot_stale_seconds',
      help: 'How long the portal database has been unreadable, so that the gateway serves an older snapshot (0: up to date).',
      registers: [this.registry],
      collect() {
        const staleSince = source?.health?.().staleSince;
        this.set(staleSince ? Math.max(0, (Date.now() - Date.parse(staleSince)) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'gatehouse_gateway_portal_snapshot_changed_timestamp_seconds',
      help: 'Unix time when the gateway last loaded changed portal data (APIs, clients, policies).',
      registers: [this.registry],
      collect() {
        const current = source?.current();
        if (current !== snapshotChangedAt.snapshot) {
          snapshotChangedAt.snapshot = current;
          snapshotChangedAt.at = Date.now() / 1000;
        }
        this.set(snapshotChangedAt.at);
      },
    });
  }

  /** One answered request: relayed (reason UPSTREAM_ANSWERED) or produced by the gateway. */
  requestFinished(route: ApiRoute | undefined, status: number, reason: string, startedAt: number, finishedAt: number): void {
    const children = route === undefined ? this.#unrouted : (this.#byRoute.get(route) ?? this.#bind(route));
    if (reason === UPSTREAM_ANSWERED) (children.relayed[(status / 100) | 0] ?? children.relayed[0]!).inc();
    else {
      let refused = children.refused.get(reason);
      if (refused === undefined) children.refused.set(reason, (refused = this.#requests.labels(route?.definition.name ?? '', statusClass(status), reason)));
      refused.inc();
    }
    children.duration.observe((finishedAt - startedAt) / 1000);
  }

  /** The upstream's part of a forwarded request, from forwarding to the end of its answer. */
  upstreamFinished(route: ApiRoute, forwardedAt: number, finishedAt: number): void {
    (this.#byRoute.get(route) ?? this.#bind(route)).upstreamDuration.observe((finishedAt - forwardedAt) / 1000);
  }

  tokenCacheLookup(hit: boolean): void {
    (hit ? this.#tokenCacheHit : this.#tokenCacheMiss).inc();
  }

  jwksFetched(ok: boolean): void {
    (ok ? this.#jwksOk : this.#jwksFailed).inc();
  }

  redisError(): void {
    this.#redisErrors.inc();
  }

  databaseError(): void {
    this.#databaseErrors.inc();
  }

  #bind(route: ApiRoute): RouteChildren {
    const children = this.#children(route.definition.name);
    this.#byRoute.set(route, children);
    return children;
  }

  #children(api: string): RouteChildren {
    return {
      relayed: STATUS_CLASSES.map((statusClass) => this.#requests.labels(api, statusClass, UPSTREAM_ANSWERED)),
      refused: new Map(),
      duration: this.#duration.labels(api),
      upstreamDuration: this.#upstreamDuration.labels(api),
    };
  }
}

function statusClass(status: number): string {
  return STATUS_CLASSES[(status / 100) | 0] ?? 'aborted';
}
