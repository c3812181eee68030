import { ApolloServer } from '@apollo/server';
import type { GatehouseConfig } from '@gatehouse/config';
import { tableWritesOf, type PrismaClient } from '@gatehouse/db';
import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ReadinessCheck } from '@gatehouse/telemetry';
import { answerCachePlugins } from './answer-cache.ts';
import { observeIdpCalls, type ApiMetrics } from './api-metrics.ts';
import { clientIpResolver } from './client-ip.ts';
import { resolveCaller, type GraphQLContext } from './context.ts';
import { databaseUnavailablePlugin } from './database-unavailable.ts';
import { createHttpHandler } from './create-http-handler.ts';
import { createServices, type Services } from './create-services.ts';
import { idpInternalEndpoint } from '../modules/idp-consents/idp-internal-endpoint.ts';
import { createFormatError } from './format-error.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './graphql-limits.ts';
import { graphqlLimitsPlugin } from './graphql-limits-plugin.ts';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './graphql-limits-rate.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';
import { malformedTextPlugin } from './malformed-text-plugin.ts';
import { metricsPlugin } from './metrics-plugin.ts';
import { databaseReadiness, redisReadiness } from './readiness-checks.ts';
import { requestLogPlugin } from './request-log-plugin.ts';
import { resolvers, typeDefs } from './schema-modules.ts';

export interface ApiServer {
  server: Server;
  services: Services;
  close(): Promise<void>;
}

/** Protection limits (issue 6); tests and benchmarks may loosen them, `rate: false` turns rate limiting off. */
export interface ApiLimits {
  operation: OperationLimits;
  rate: RateLimits | false;
}

export async function createApiServer(deps: {
  db: PrismaClient;
  config: GatehouseConfig;
  encryptionKey: Buffer;
  logger: Logger;
  limits?: Partial<ApiLimits>;
  /** The answer cache (answer-cache.ts), on unless a benchmark measures without it. */
  answerCache?: boolean;
  /** Redis shared by the API replicas (REDIS_URL); without it, that state stays in this process. */
  redis?: Redis;
  /** Key prefix of the gateways' usage in Redis; default theirs (tests give each their own). */
  usageKeyPrefix?: string;
  /** Prometheus metrics (API_METRICS_PORT), served apart by main.ts; default: none kept. */
  metrics?: ApiMetrics;
}): Promise<ApiServer> {
  const services = createServices(deps);
  observeIdpCalls(deps.metrics);
  const readinessChecks: ReadinessCheck[] = [databaseReadiness(deps.db), ...(deps.redis ? [redisReadiness(deps.redis)] : [])];
  const limits: ApiLimits = { operation: DEFAULT_OPERATION_LIMITS, rate: DEFAULT_RATE_LIMITS, ...deps.limits };
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    // Requests must carry a non-simple content type or a preflight header, so a cross-site
    // form cannot trigger a mutation with the session cookie.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.operation.maxTokens },
    includeStacktraceInErrorResponses: false,
    // Allowed here, refused to anonymous callers by graphqlLimitsPlugin.
    introspection: true,
    plugins: [
      graphqlLimitsPlugin(limits.operation),
      malformedTextPlugin(),
      requestLogPlugin(deps.logger),
      ...(deps.metrics ? [metricsPlugin(deps.metrics)] : []),
      databaseUnavailablePlugin(),
      ...answerCachePlugins(tableWritesOf(deps.db), deps.answerCache ?? true),
    ],
    formatError: createFormatError(deps.logger),
  });
  await apollo.start();
  const clientIp = clientIpResolver(deps.config.trustedProxies);
  const secureCookies = deps.config.mode !== 'local';
  const handler = createHttpHandler({
    apollo,
    logger: deps.logger,
    resolveCaller: (req) => resolveCaller(req, services),
    // Per-caller limits hold across API replicas when they share Redis.
    rateLimiter: deps.redis ? new RedisRateLimiter(deps.redis, deps.logger) : new RateLimiter(),
    rateLimits: limits.rate,
    clientIp,
    internal: idpInternalEndpoint({ auth: services.auth, token: services.internalToken, logger: deps.logger }),
    operationLimits: limits.operation,
    ...(deps.metrics && { metrics: deps.metrics }),
    readinessChecks,
    context: (req, setCookie, caller) => ({
      viewer: caller.viewer,
      services,
      http: { sessionToken: caller.sessionToken, clientIp: clientIp(req), secureCookies, setCookie },
    }),
  });
  const server = createServer((req, res) => void handler(req, res));
  return {
    server,
    services,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
      services.oauthClients.close();
    },
  };
}
