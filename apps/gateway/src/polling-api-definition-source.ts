import type { ApiDefinition, ApiDefinitionSource, ApiTable } from './api-definition.ts';
import { buildApiTable } from './build-api-table.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';

/** How often definitions are re-read: an admin's change takes effect within this time, without a restart. */
export const DEFAULT_REFRESH_INTERVAL_MS = 2000;

export interface PollingApiDefinitionSourceOptions {
  /** Reads every active definition, e.g. `repo.listActive` from api-definitions.repo.ts. */
  load: () => Promise<ApiDefinition[]>;
  intervalMs?: number;
  logger?: GatewayLogger;
}

export interface PollingApiDefinitionSource extends ApiDefinitionSource {
  /** Loads once, then keeps refreshing every interval. Resolves after the first attempt, even a failed one. */
  start(): Promise<void>;
  /** Loads now; a failure keeps the last good table and is logged. */
  refresh(): Promise<void>;
  /** Stops refreshing. */
  close(): void;
}

/**
 * Keeps the routing table in memory and re-reads the definitions periodically, so requests never
 * touch the database. A failed read (database locked, not migrated yet) keeps serving the last good
 * table rather than dropping every route.
 */
export function createPollingApiDefinitionSource(options: PollingApiDefinitionSourceOptions): PollingApiDefinitionSource {
  const { load, intervalMs = DEFAULT_REFRESH_INTERVAL_MS, logger = silentLogger } = options;
  let table: ApiTable = buildApiTable([]);
  let fingerprint = '';
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let inFlight: Promise<void> | undefined;

  const reload = async () => {
    let definitions: ApiDefinition[];
    try {
      definitions = await load();
    } catch (err) {
      logger.warn({ err }, 'could not refresh API definitions; keeping the previous ones');
      return;
    }
    // Rebuild only on change: the table keeps its identity (and rejections are logged once).
    const next = JSON.stringify(definitions);
    if (next === fingerprint) return;
    fingerprint = next;
    table = buildApiTable(definitions, (rejected) => logger.warn(rejected, 'API definition skipped'));
    logger.info({ apis: table.size }, 'API definitions loaded');
  };

  // One read at a time: a slow database must not pile up overlapping refreshes.
  const refresh = () => (inFlight ??= reload().finally(() => (inFlight = undefined)));

  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => void refresh().then(schedule), intervalMs);
    // The refresh loop alone must not keep the process alive.
    timer.unref();
  };

  return {
    current: () => table,
    refresh,
    async start() {
      await refresh();
      schedule();
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
