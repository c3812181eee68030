import type { Logger } from 'pino';
import { request } from 'undici';
import { z } from 'zod';

/** One client's counters as the gateway's GET /_gatehouse/usage reports them (apps/gateway/src/usage-counters.ts). */
const clientUsageReport = z.object({
  id: z.string(),
  requests: z.number(),
  statuses: z.object({ '2xx': z.number(), '3xx': z.number(), '4xx': z.number(), '5xx': z.number() }),
  latencyMs: z.object({ sum: z.number(), buckets: z.array(z.object({ le: z.number().nullable(), count: z.number() })) }),
  lastRequestAt: z.string().nullable(),
});
const usageReport = z.object({ since: z.string(), clients: z.array(clientUsageReport) });

export type ClientUsageReport = z.infer<typeof clientUsageReport> & { since: string };

/** Per-minute counts as POST /_gatehouse/usage/minutes reports them (apps/gateway/src/minute-usage.ts). */
const count = z.number().int().nonnegative();
const minuteUsageReport = z.object({
  instance: z.string().min(1).max(100),
  currentMinute: count,
  droppedMinutes: count,
  minutes: z.array(
    z.object({
      minute: count,
      clientId: z.string(),
      apiId: z.string(),
      requests: count,
      statuses: z.object({ '2xx': count, '3xx': count, '4xx': count, '5xx': count, other: count }),
      latencySumMs: z.number().nonnegative(),
    }),
  ),
});

export type MinuteUsageReport = z.infer<typeof minuteUsageReport>;

/** "Every complete minute up to `throughMinute` of gateway process `instance` is stored." */
export interface MinuteUsageAck {
  instance: string;
  throughMinute: number;
}

/** The gateway could not be asked, or did not answer as agreed. */
export class GatewayUsageUnavailable {
  constructor(readonly reason: string) {}
}

export interface GatewayUsageClientOptions {
  /** The gateway's internal URL (GATEWAY_INTERNAL_URL), e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  /** GATEWAY_USAGE_TOKEN, sent as a Bearer token when set. */
  token: string | undefined;
  /** Give up after this long, headers and body together (default 2 s): a page must not hang on the gateway. */
  timeoutMs?: number;
  logger: Logger;
}

/** At most this many clients per request: the gateway's limit (MAX_USAGE_CLIENTS). */
export const MAX_CLIENTS_PER_REQUEST = 100;

/** Reads per-client counters from the gateway over HTTP with undici. Never throws. */
export class GatewayUsageClient {
  readonly #url: URL;
  readonly #headers: Record<string, string>;
  readonly #timeoutMs: number;
  readonly #logger: Logger;

  constructor({ baseUrl, token, timeoutMs = 2000, logger }: GatewayUsageClientOptions) {
    this.#url = new URL('/_gatehouse/usage', baseUrl);
    this.#headers = { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    this.#timeoutMs = timeoutMs;
    this.#logger = logger;
  }

  /** Counters of up to MAX_CLIENTS_PER_REQUEST clients by portal id, or why they are unavailable. */
  async usageOf(clientIds: readonly string[]): Promise<Map<string, ClientUsageReport> | GatewayUsageUnavailable> {
    const url = new URL(this.#url);
    for (const id of clientIds) url.searchParams.append('client', id);
    const answer = await this.#call(url, 'GET', usageReport);
    if ('unavailable' in answer) return this.#unavailable(answer.unavailable);
    const { clients, since } = answer.data;
    return new Map(clients.map((client) => [client.id, { ...client, since }]));
  }

  /**
   * Acknowledges what was stored last time (the gateway then forgets those minutes) and reads
   * every minute the gateway still holds. Logs nothing: the collector runs every few seconds and
   * says once when the gateway stops and starts answering.
   */
  async collectMinutes(ack: MinuteUsageAck | undefined): Promise<MinuteUsageReport | GatewayUsageUnavailable> {
    const url = new URL(`${this.#url.pathname}/minutes`, this.#url);
    if (ack) {
      url.searchParams.set('instance', ack.instance);
      url.searchParams.set('through', String(ack.throughMinute));
    }
    const answer = await this.#call(url, 'POST', minuteUsageReport);
    return 'unavailable' in answer ? new GatewayUsageUnavailable(answer.unavailable) : answer.data;
  }

  /** One request to the gateway: its answer as `schema` reads it, or why there is none. */
  async #call<T>(url: URL, method: 'GET' | 'POST', schema: z.ZodType<T>): Promise<{ data: T } | { unavailable: string }> {
    try {
      const res = await request(url, {
        method,
        headers: this.#headers,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return { unavailable: `the gateway answered ${res.statusCode}` };
      }
      const parsed = schema.safeParse(await res.body.json());
      return parsed.success ? { data: parsed.data } : { unavailable: 'the gateway answered in an unexpected format' };
    } catch (err) {
      return { unavailable: (err as { code?: string }).code ?? (err as Error).name };
    }
  }

  #unavailable(reason: string): GatewayUsageUnavailable {
    this.#logger.warn({ gateway: this.#url.origin, reason }, 'could not read usage from the gateway');
    return new GatewayUsageUnavailable(reason);
  }
}
