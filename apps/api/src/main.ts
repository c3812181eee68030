import { loadConfig, loadEncryptionKey } from '@gatehouse/config';
import { applyMigrations, createPrismaClient, foldUnfoldedSearchColumns } from '@gatehouse/db';
import { closeRedis, connectRedis, redisAddress } from './lib/redis-connection.ts';
import { createLogger } from './lib/logger.ts';
import { serveMetrics } from '@gatehouse/telemetry';
import { ApiMetrics } from './server/api-metrics.ts';
import { seedFirstStart } from './seed/seed-first-start.ts';
import { createApiServer } from './server/create-api-server.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);

const { applied } = await applyMigrations(config.databaseUrl);
if (applied.length > 0) logger.info({ applied }, 'applied migrations');

const db = createPrismaClient(config.databaseUrl);
// Catalogue search compares folded copies of names and descriptions; fill in those of rows
// written before they existed.
const folded = await foldUnfoldedSearchColumns(db);
if (folded > 0) logger.info({ folded }, 'folded catalogue entries for search');
const encryptionKey = loadEncryptionKey(config);
// What API replicas share beyond the database; without REDIS_URL it stays in this process.
const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
if (config.redisUrl) logger.info({ redis: redisAddress(config.redisUrl) }, 'sharing pending authorizations and client locks with other API replicas through Redis');
// Prometheus metrics only when API_METRICS_PORT names a port (docs/operations.md).
const metrics = config.metrics.apiPort === undefined ? undefined : new ApiMetrics({ usageCollectedAt: () => api.services.usageCollector.collectedAt });
const api = await createApiServer({ db, config, encryptionKey, logger, redis, ...(metrics && { metrics }) });
await seedFirstStart(db, config, api.services.secrets, logger);

api.server.listen(config.ports.api, config.host, () => {
  logger.info(`GraphQL API on http://${config.host}:${config.ports.api}/graphql`);
  // Clients a stopped replica (this one before a restart, or another) left registered at the
  // IdP but not stored: delete them there again, in the background, now and once per lease
  // length, so a slow IdP does not hold up the start (docs/decisions/009-*.md).
  api.services.oauthClients.startReconciling();
});
const metricsServer = metrics && (await serveMetrics(metrics.registry, { port: config.metrics.apiPort!, host: config.metrics.host }));
if (metricsServer) logger.info({ url: `${metricsServer.url}/metrics` }, 'API metrics listening');
// Usage charts: store the gateway's per-minute counts every 10 s (docs/decisions/007-usage-over-time.md).
api.services.usageCollector.start();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void api
      .close()
      .then(() => metricsServer?.close())
      .then(() => db.$disconnect())
      .then(() => redis && closeRedis(redis))
      .finally(() => process.exit(0));
  });
}
