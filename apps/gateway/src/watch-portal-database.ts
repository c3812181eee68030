import type { ApiDefinition, ApiTable } from './api-definition.ts';
import { buildApiTable } from './build-api-table.ts';
import { assembleSnapshot, buildClientIndex, buildPolicyIndex, type ClientIndex } from './build-portal-snapshot.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import { PortalDatabaseRepo, type ClientTablesVersion } from './portal-database.repo.ts';
import type { PortalSnapshot, PortalSource } from './portal-snapshot.ts';

/**
 * How often the gateway asks SQLite whether another connection committed. The check is one pragma
 * on an open connection (microseconds), so a short interval costs nothing; it bounds how long a
 * client deleted in the portal keeps working.
 */
export const DEFAULT_POLL_INTERVAL_MS = 200;

export interface WatchPortalDatabaseOptions {
  /** The portal's SQLite file (the path of DATABASE_URL). */
  databasePath: string;
  pollIntervalMs?: number;
  logger?: GatewayLogger;
}

export interface PortalDatabaseSource extends PortalSource {
  /** Reads the database once (if it can), then keeps watching it. A failed first read is retried on the next tick. */
  start(): void;
  /** Checks for a change now, as the timer does. */
  poll(): void;
  /** Stops watching and closes the connection. */
  close(): void;
}

/**
 * Keeps a snapshot of the portal's APIs, policies and clients in memory and rebuilds it whenever
 * the database changes (see docs/decisions/004-gateway-watches-the-portal-database.md): every
 * interval it reads `PRAGMA data_version`, and only when that moved does it read the tables again:
 * the small ones (APIs, policies, catalogue entries) always, the clients when theirs changed.
 * Requests never touch the database. A read that fails (database missing or not migrated yet)
 * keeps serving the last good snapshot and is retried on the next tick.
 */
export function watchPortalDatabase(options: WatchPortalDatabaseOptions): PortalDatabaseSource {
  const { databasePath, pollIntervalMs = DEFAULT_POLL_INTERVAL_MS, logger = silentLogger } = options;
  let repo: PortalDatabaseRepo | undefined;
  let seenVersion: number | undefined;
  let clientTables: ClientTablesVersion | undefined;
  let clients: ClientIndex = buildClientIndex([]);
  let policyRowsFingerprint = '';
  let apisFingerprint = '';
  let snapshot: PortalSnapshot = assembleSnapshot(buildApiTable([]), clients, buildPolicyIndex({ apis: [], policies: [], grants: [], entries: [] }, new Set()));
  let failing = false;
  let timer: NodeJS.Timeout | undefined;

  const poll = () => {
    try {
      repo ??= PortalDatabaseRepo.open(databasePath);
      const version = repo.dataVersion();
      if (version === seenVersion) return;
      // Most commits (sign-ins, audit events) touch neither clients nor policies: the clients are
      // read again only when their tables moved, and nothing is rebuilt when nothing we use did.
      const read = repo.read(clientTables);
      // Remember the versions only once the read succeeded, so a failed read is retried.
      seenVersion = version;
      clientTables = read.version;
      const fingerprint = JSON.stringify(read.policyRows);
      if (read.clients === undefined && fingerprint === policyRowsFingerprint) return;
      policyRowsFingerprint = fingerprint;
      if (read.clients !== undefined) clients = buildClientIndex(read.clients);
      snapshot = assembleSnapshot(apiTableFor(read.policyRows.apis), clients, buildPolicyIndex(read.policyRows, clients.entryKeys));
      if (failing) logger.info({}, 'portal database readable again');
      failing = false;
    } catch (err) {
      // Logged once per outage, not every tick; the last good snapshot keeps serving.
      if (!failing) logger.warn({ err, databasePath }, 'cannot read the portal database; keeping the last snapshot');
      failing = true;
    }
  };

  /** Rebuilds the routing table only when API definitions changed: the table keeps its identity otherwise. */
  const apiTableFor = (apis: ApiDefinition[]): ApiTable => {
    const fingerprint = JSON.stringify(apis);
    if (fingerprint === apisFingerprint) return snapshot.apis;
    apisFingerprint = fingerprint;
    const table = buildApiTable(apis, (rejected) => logger.warn(rejected, 'API definition skipped'));
    logger.info({ apis: table.size }, 'API definitions loaded');
    return table;
  };

  return {
    current: () => snapshot,
    poll,
    start() {
      poll();
      timer = setInterval(poll, pollIntervalMs);
      // Watching alone must not keep the process alive.
      timer.unref();
    },
    close() {
      clearInterval(timer);
      repo?.close();
      repo = undefined;
    },
  };
}

