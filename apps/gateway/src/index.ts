export { createGateway, type Gateway, type GatewayOptions } from './create-gateway.ts';
export type { ApiDefinition, ApiRoute, ApiTable } from './api-definition.ts';
export { buildApiTable, type RejectedDefinition } from './build-api-table.ts';
export { buildPortalSnapshot, type ClientRow, type PolicyRow, type PortalRows } from './build-portal-snapshot.ts';
export type { PolicyRule, PortalClient, PortalSnapshot, PortalSource } from './portal-snapshot.ts';
export { createInMemoryPortalSource, type InMemoryPortalSource } from './in-memory-portal-source.ts';
export {
  DEFAULT_POLL_INTERVAL_MS,
  watchPortalDatabase,
  type PortalDatabaseSource,
  type WatchPortalDatabaseOptions,
} from './watch-portal-database.ts';
export { watchPortalPostgres, type PortalPostgresSource } from './watch-portal-postgres.ts';
export type { GatewayLogger } from './gateway-logger.ts';
export type { GatewayExchange, RequestStep } from './request-step.ts';
export { CLIENT_ID_HEADER } from './forwarded-headers.ts';
export { LIMIT_HEADERS } from './enforce-limits.ts';
export { MAX_USAGE_CLIENTS, USAGE_MINUTES_PATH, USAGE_PATH, type UsageEndpointOptions } from './serve-usage.ts';
export { DEFAULT_MAX_HELD_MINUTES, MinuteUsage, type MinuteUsageAck, type MinuteUsageReport, type MinuteUsageRow } from './minute-usage.ts';
export { flushUsageToRedis, type FlushUsageOptions, type UsageFlusher } from './flush-usage-to-redis.ts';
export { LATENCY_BUCKETS_MS, type ClientUsageReport, type UsageReport } from './usage-counters.ts';
export { ACCEPTED_ALGORITHMS, CLOCK_TOLERANCE_SECONDS } from './verify-access-token.ts';
