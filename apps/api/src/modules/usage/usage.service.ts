import DataLoader from 'dataloader';
import { notFound } from '../common/errors.ts';
import { requireViewer, type Viewer } from '../common/viewer.ts';
import { GatewayUsageUnavailable, MAX_CLIENTS_PER_REQUEST, type ClientUsageReport } from './gateway-usage.client.ts';
import type { ClientUsageSource } from './redis-client-usage.source.ts';
import type { UsageRepo } from './usage.repo.ts';

export type ClientUsageResult =
  | {
      __typename: 'ClientUsage';
      since: string;
      requests: number;
      status2xx: number;
      status3xx: number;
      status4xx: number;
      status5xx: number;
      averageLatencyMs: number | null;
      latencyBuckets: { upToMs: number | null; count: number }[];
      lastRequestAt: string | null;
    }
  | { __typename: 'UsageUnavailable'; message: string };

const UNAVAILABLE: ClientUsageResult = { __typename: 'UsageUnavailable', message: 'The gateway did not answer; usage cannot be shown right now.' };

/** What UsageService works with; create-usage-services.ts builds it. */
export interface UsageDeps {
  /** Who owns each client. */
  repo: UsageRepo;
  /** The gateway at GATEWAY_INTERNAL_URL, or the totals of every gateway in Redis. */
  gateway: ClientUsageSource;
}

/**
 * Usage of OAuth clients, as counted by the gateways. Loads are batched per tick (a page of
 * clients costs one database read and one gateway request, not one each) and never cached:
 * DataLoader with `cache: false` is safe to share between requests.
 */
export class UsageService {
  readonly #owners: DataLoader<string, string | null>;
  readonly #usage: DataLoader<string, ClientUsageReport | GatewayUsageUnavailable | undefined>;

  constructor({ repo, gateway }: UsageDeps) {
    this.#owners = new DataLoader((ids) => repo.ownersOf(ids), { cache: false });
    this.#usage = new DataLoader(
      async (ids) => {
        const reports = await gateway.usageOf(ids);
        return ids.map((id) => (reports instanceof GatewayUsageUnavailable ? reports : reports.get(id)));
      },
      { cache: false, maxBatchSize: MAX_CLIENTS_PER_REQUEST },
    );
  }

  /** The owner and admins may see a client's usage; anyone else gets NOT_FOUND, as for the client itself. */
  async forClient(viewer: Viewer | null, clientId: string): Promise<ClientUsageResult> {
    const v = requireViewer(viewer);
    const owner = await this.#owners.load(clientId);
    if (owner === null || (owner !== v.id && v.role !== 'ADMIN')) throw notFound('OAuth client');
    const report = await this.#usage.load(clientId);
    if (report instanceof GatewayUsageUnavailable || report === undefined) return UNAVAILABLE;
    return toClientUsage(report);
  }
}

function toClientUsage(report: ClientUsageReport): ClientUsageResult {
  return {
    __typename: 'ClientUsage',
    since: report.since,
    requests: report.requests,
    status2xx: report.statuses['2xx'],
    status3xx: report.statuses['3xx'],
    status4xx: report.statuses['4xx'],
    status5xx: report.statuses['5xx'],
    averageLatencyMs: report.requests > 0 ? report.latencyMs.sum / report.requests : null,
    latencyBuckets: report.latencyMs.buckets.map(({ le, count }) => ({ upToMs: le, count })),
    lastRequestAt: report.lastRequestAt,
  };
}
