import { join, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { envSchema } from './env-schema.ts';
import { DEVELOPMENT_LOGIN_IN_PRODUCTION } from './development-login.ts';
import { repoRoot } from './repo-root.ts';

export type GatehouseConfig = ReturnType<typeof loadConfig>;

/** Loopback in local mode (the web server runs beside the API), none in production unless listed. */
function trustedProxies(list: string | undefined, mode: 'local' | 'production'): string[] {
  if (list === undefined) return mode === 'local' ? ['127.0.0.1', '::1'] : [];
  return list.trim() === 'none' ? [] : list.split(',').map((a) => a.trim());
}

/**
 * Parses the environment once and derives every URL the processes use to reach each other.
 * Fails fast with a message that names each invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.GATEHOUSE_ADMIN_EMAIL) !== Boolean(e.GATEHOUSE_ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid environment:\n  GATEHOUSE_ADMIN_EMAIL and GATEHOUSE_ADMIN_PASSWORD: set both, or neither');
  }
  if (e.GATEHOUSE_FAULT && e.GATEHOUSE_MODE !== 'local') {
    throw new ConfigError('Invalid environment:\n  GATEHOUSE_FAULT: fault injection is for tests; unset it outside local mode');
  }
  if (e.IDP_LOGIN === 'development' && e.GATEHOUSE_MODE === 'production') {
    throw new ConfigError(DEVELOPMENT_LOGIN_IN_PRODUCTION);
  }
  const host = e.GATEHOUSE_HOST;
  const dataDir = resolve(e.GATEHOUSE_DATA_DIR ?? join(repoRoot, '.data'));
  const origin = (port: number) => `http://${host}:${port}`;
  const idpOrigin = origin(e.IDP_PORT);
  const issuer = e.IDP_ISSUER ?? `${idpOrigin}/oauth/v2/oauth-anonymous`;

  return {
    mode: e.GATEHOUSE_MODE,
    host,
    dataDir,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL ?? `file:${join(dataDir, 'gatehouse.db')}`,
    encryptionKey: e.GATEHOUSE_ENCRYPTION_KEY,
    /** Shared by API replicas and gateways (locks, PKCE, limits, usage); unset: each process keeps its own. */
    redisUrl: e.REDIS_URL,
    /** ADR 009: how long a registration stays its replica's without a renewal. */
    registrationLeaseMs: e.GATEHOUSE_REGISTRATION_LEASE_SECONDS * 1000,
    ports: {
      web: e.WEB_PORT,
      api: e.API_PORT,
      idp: e.IDP_PORT,
      echo: e.ECHO_PORT,
      gateway: e.GATEWAY_PORT,
    },
    /** Prometheus listeners, apart from the public ones (docs/operations.md); a port left unset serves none. */
    metrics: {
      host: e.METRICS_HOST,
      gatewayPort: e.GATEWAY_METRICS_PORT,
      apiPort: e.API_METRICS_PORT,
    },
    urls: {
      web: origin(e.WEB_PORT),
      api: `${origin(e.API_PORT)}/graphql`,
      echo: origin(e.ECHO_PORT),
      gateway: e.GATEWAY_PUBLIC_URL ?? origin(e.GATEWAY_PORT),
      /** Loopback even when the host is 0.0.0.0: the gateway serves usage to loopback callers only. */
      /** Where the embedded IdP reaches the API's internal endpoints (loopback by default). */
      apiInternal: e.API_INTERNAL_URL ?? `http://127.0.0.1:${e.API_PORT}`,
      gatewayInternal: e.GATEWAY_INTERNAL_URL ?? `http://127.0.0.1:${e.GATEWAY_PORT}`,
    },
    /** What requests under limits get while Redis is unreachable (GATEWAY_LIMITS_FAIL_MODE). */
    gatewayLimitsFailMode: e.GATEWAY_LIMITS_FAIL_MODE,
    /** Proxies whose X-Forwarded-For the API believes (GATEHOUSE_TRUSTED_PROXIES). */
    trustedProxies: trustedProxies(e.GATEHOUSE_TRUSTED_PROXIES, e.GATEHOUSE_MODE),
    /** Guards the gateway's usage counters, which are served only with it. */
    gatewayUsageToken: e.GATEWAY_USAGE_TOKEN,
    /** GATEHOUSE_INTERNAL_TOKEN; read it with loadInternalToken, which makes one in local mode. */
    internalToken: e.GATEHOUSE_INTERNAL_TOKEN,
    /** Tests only (GATEHOUSE_FAULT): where the API stops on purpose; see apps/api/src/faults/. */
    fault: e.GATEHOUSE_FAULT,
    /** What the first start (empty database) puts in it; see apps/api/src/seed/. */
    firstStart: {
      demoData: e.GATEHOUSE_DEMO_DATA === 'true',
      admin: e.GATEHOUSE_ADMIN_EMAIL && e.GATEHOUSE_ADMIN_PASSWORD ? { email: e.GATEHOUSE_ADMIN_EMAIL, password: e.GATEHOUSE_ADMIN_PASSWORD } : undefined,
    },
    idp: {
      issuer,
      initialAccessToken: e.IDP_INITIAL_ACCESS_TOKEN,
      substituteResponseTypes: e.IDP_SUBSTITUTE_RESPONSE_TYPES === 'true',
      dbPath: join(dataDir, 'idp.db'),
      /** IDP_LOGIN: Gatehouse accounts ("portal") or any user name ("development", local mode only). */
      login: e.IDP_LOGIN,
    },
  };
}
