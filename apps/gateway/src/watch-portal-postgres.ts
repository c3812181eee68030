import { CHANGES_CHANNEL } from '@gatehouse/db/change-notifications';
import pg from 'pg';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import { readPortalPostgres } from './portal-postgres.repo.ts';
import { PortalSnapshotBuilder } from './portal-snapshot-builder.ts';
import type { PortalSource, PortalSourceHealth } from './portal-snapshot.ts';

/** Tables whose writes change the snapshot (the notice's payload is the table name). */
const SNAPSHOT_TABLES = new Set(['Api', 'Policy', '_PolicyGrants', 'CatalogueEntry', 'OAuthClient', '_CatalogueEntryToOAuthClient']);
/** Of those, the ones that make the clients be read again. */
const CLIENT_TABLES = new Set(['OAuthClient', '_CatalogueEntryToOAuthClient']);

export interface WatchPortalPostgresOptions {
  /** DATABASE_URL (postgresql://). */
  connectionString: string;
  logger?: GatewayLogger;
  /** Called on every failed connection or read (the gateway's metrics count them). */
  onReadFailed?: () => void;
  /** Wait before the first reconnection attempt, doubled after each failure up to `maxReconnectMs` (defaults 100 ms, 5 s). */
  minReconnectMs?: number;
  maxReconnectMs?: number;
}

export interface PortalPostgresSource extends PortalSource {
  health(): PortalSourceHealth;
  /** Connects, LISTENs and reads; resolves after the first read, or the first failure (retried meanwhile). */
  start(): Promise<void>;
  /** Reads everything again now, without waiting for a notice; resolves once it is applied (at once while disconnected). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The portal snapshot from PostgreSQL, for gateways on hosts other than the API's: the portal's
 * migrations make every table announce committed writes on CHANGES_CHANNEL (a statement-level
 * trigger), and this source LISTENs on its own connection and reads the tables again after each
 * notice for a table the snapshot uses (the clients only when theirs changed). Notices that
 * arrive during a read are merged into one more read. When the connection is lost the last good
 * snapshot keeps serving and health() says it is stale; the source reconnects with backoff,
 * LISTENs again and reads everything, since notices sent meanwhile were lost.
 */
export function watchPortalPostgres(options: WatchPortalPostgresOptions): PortalPostgresSource {
  const { connectionString, logger = silentLogger, minReconnectMs = 100, maxReconnectMs = 5000 } = options;
  const builder = new PortalSnapshotBuilder(logger);
  let client: pg.Client | undefined;
  let staleSince: number | undefined = Date.now();
  let everConnected = false;
  let closed = false;
  let attempt = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;
  // Reads asked for while one runs or while disconnected, merged.
  let pending = false;
  let pendingClients = false;
  let reading = false;
  let draining: Promise<void> = Promise.resolve();

  const markStale = (err: unknown) => {
    options.onReadFailed?.();
    if (staleSince !== undefined) return;
    staleSince = Date.now();
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'lost the portal database (PostgreSQL); serving the last snapshot until it is back');
  };

  const requestRead = (withClients: boolean) => {
    pending = true;
    pendingClients ||= withClients;
    if (!reading && client) draining = drain(client);
  };

  async function drain(connection: pg.Client): Promise<void> {
    reading = true;
    try {
      while (pending && client === connection) {
        const withClients = pendingClients;
        pending = pendingClients = false;
        const read = await readPortalPostgres(connection, withClients);
        builder.apply(read.policyRows, read.clients);
      }
    } catch (err) {
      // A lost connection is handled by its events; anything else (tables missing) is retried.
      markStale(err);
      pendingClients = true;
      if (client === connection) reconnectSoon(connection);
    } finally {
      reading = false;
    }
  }

  function lost(connection: pg.Client, err: unknown): void {
    if (client !== connection) return;
    client = undefined;
    markStale(err);
    connection.end().catch(() => {});
    scheduleConnect();
  }

  function reconnectSoon(connection: pg.Client): void {
    lost(connection, new Error('reading the portal tables failed'));
  }

  function scheduleConnect(): void {
    if (closed || reconnectTimer) return;
    const delay = Math.min(minReconnectMs * 2 ** attempt++, maxReconnectMs);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, delay);
    reconnectTimer.unref();
  }

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString, keepAlive: true, connectionTimeoutMillis: 2000, application_name: 'gatehouse-gateway' });
    connection.on('error', (err) => lost(connection, err));
    connection.on('end', () => lost(connection, new Error('connection closed')));
    connection.on('notification', ({ channel, payload }) => {
      if (channel === CHANGES_CHANNEL && payload !== undefined && SNAPSHOT_TABLES.has(payload)) requestRead(CLIENT_TABLES.has(payload));
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${CHANGES_CHANNEL}`);
      // Everything: notices sent while disconnected are lost.
      const read = await readPortalPostgres(connection, true);
      if (closed) return void connection.end().catch(() => {});
      builder.apply(read.policyRows, read.clients);
      client = connection;
      attempt = 0;
      everConnected = true;
      if (staleSince !== undefined) logger.info({}, 'portal database (PostgreSQL) connected; snapshot up to date');
      staleSince = undefined;
      if (pending) draining = drain(connection);
    } catch (err) {
      if (!everConnected && attempt === 0) logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'cannot read the portal database (PostgreSQL) yet; retrying');
      markStale(err);
      connection.removeAllListeners('end');
      connection.end().catch(() => {});
      scheduleConnect();
    }
  }

  return {
    current: () => builder.snapshot,
    loaded: () => everConnected,
    health: () => ({ source: 'postgresql', stale: staleSince !== undefined, ...(staleSince !== undefined && { staleSince: new Date(staleSince).toISOString() }) }),
    start: () => connect(),
    async refresh() {
      // A drain under way picks the request up before it ends.
      requestRead(true);
      await draining;
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      const connection = client;
      client = undefined;
      await connection?.end().catch(() => {});
    },
  };
}
