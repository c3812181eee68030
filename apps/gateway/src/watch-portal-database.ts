import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import { PortalDatabaseRepo, type ClientTablesVersion } from './portal-database.repo.ts';
import { PortalSnapshotBuilder } from './portal-snapshot-builder.ts';
import type { PortalSource } from './portal-snapshot.ts';

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
  /** Called on every failed read (the gateway's metrics count them). */
  onReadFailed?: () => void;
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
  const builder = new PortalSnapshotBuilder(logger);
  let failingSince: number | undefined;
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
      builder.apply(read.policyRows, read.clients);
      if (failingSince !== undefined) logger.info({}, 'portal database readable again');
      failingSince = undefined;
    } catch (err) {
      options.onReadFailed?.();
      // Logged once per outage, not every tick; the last good snapshot keeps serving.
      if (failingSince === undefined) logger.warn({ err, databasePath }, 'cannot read the portal database; keeping the last snapshot');
      failingSince ??= Date.now();
    }
  };

  return {
    current: () => builder.snapshot,
    loaded: () => seenVersion !== undefined,
    health: () => ({ source: 'sqlite', stale: failingSince !== undefined, ...(failingSince !== undefined && { staleSince: new Date(failingSince).toISOString() }) }),
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

