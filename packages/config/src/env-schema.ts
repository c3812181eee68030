import { isIP } from 'node:net';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalUrl = z
  .string()
  .url({ message: 'must be an absolute URL such as http://127.0.0.1:4100' })
  .optional();

const DATABASE_URL_KINDS = 'a SQLite file URL such as file:/path/to/gatehouse.db, or a PostgreSQL URL such as postgresql://gatehouse@db.example:5432/gatehouse';

/** DATABASE_URL: `file:<path>` or `postgresql://` / `postgres://` with a host and a database. */
function checkDatabaseUrl(value: string, ctx: z.RefinementCtx): void {
  const fail = (problem: string) => ctx.addIssue({ code: 'custom', message: `${problem}; use ${DATABASE_URL_KINDS}` });
  if (value.startsWith('file:')) {
    if (value.length === 'file:'.length) fail('names no SQLite file');
    return;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (!scheme) return fail('is neither a file: nor a postgresql:// URL');
  if (!/^postgres(?:ql)?$/i.test(scheme)) return fail(`has the unsupported scheme "${scheme}:"`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('is not a valid URL (percent-encode special characters in the user name and password)');
  }
  if (!url.hostname) return fail('names no PostgreSQL host');
  if (url.pathname.length <= 1) return fail('names no PostgreSQL database (add /<database> after the host)');
}

/** redis:// or rediss:// with a host, a numeric port if any, and a database number as the path if any. */
function isRedisUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '' && /^\/?\d*$/.test(url.pathname) && !url.search && !url.hash;
}

/**
 * Every environment variable Gatehouse reads, with the default that makes the local stack run
 * with no configuration at all. `.env.example` documents the same list.
 */
export const envSchema = z.object({
  /** "local" relaxes what only makes sense on a laptop: http IdPs, non-Secure cookies. */
  GATEHOUSE_MODE: z.enum(['local', 'production']).default('local'),
  /** Interface every server binds to. */
  GATEHOUSE_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where SQLite files, the IdP's keys and the local encryption key live. */
  GATEHOUSE_DATA_DIR: z.string().min(1).optional(),
  WEB_PORT: port(3000),
  API_PORT: port(4000),
  IDP_PORT: port(4100),
  ECHO_PORT: port(4200),
  GATEWAY_PORT: port(8080),
  /** Port of the gateway's Prometheus /metrics listener; unset: no metrics are served. */
  GATEWAY_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Port of the API's Prometheus /metrics listener; unset: no metrics are served. */
  API_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Interface the metrics listeners bind to; loopback unless a scraper on another host needs them. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The portal's database: a SQLite file as a Prisma `file:` URL (the default, in the data dir), or
   * a PostgreSQL server as `postgresql://user:password@host:5432/database`.
   */
  DATABASE_URL: z.string().superRefine(checkDatabaseUrl).optional(),
  /**
   * Redis shared by every API replica and gateway (redis://[user:password@]host:port[/db], or
   * rediss:// for TLS). Unset: each process keeps that state in its own memory (one replica).
   */
  REDIS_URL: z
    .string()
    .refine(isRedisUrl, { message: 'must be a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@redis.example:6380/0 (host, optional port, optional database number)' })
    .optional(),
  /**
   * How long an API replica's client registration stays its own without a renewal; once it has
   * expired (the replica died), another replica reconciles the registration (ADR 009).
   */
  GATEHOUSE_REGISTRATION_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** 32 random bytes, base64; encrypts client secrets, tokens and the IdP's signing keys at rest. */
  GATEHOUSE_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, {
      message: 'must be 32 random bytes in base64 (openssl rand -base64 32)',
    })
    .optional(),
  /** Issuer of the embedded IdP; its path mimics Curity's default token-service profile. */
  IDP_ISSUER: optionalUrl,
  /** When set, the embedded IdP requires this initial access token for registration (RFC 7591 section 3). */
  IDP_INITIAL_ACCESS_TOKEN: z.string().min(8).optional(),
  /**
   * RFC 7591 section 2 lets an IdP replace requested metadata with suitable values. "true": the
   * embedded IdP registers a client without the response types it does not offer (it keeps
   * `code`, drops `token`) instead of refusing it. The local stack (packages/stack) turns it on.
   */
  IDP_SUBSTITUTE_RESPONSE_TYPES: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  /**
   * How people sign in at the embedded IdP for the authorization code flow. "portal" (default):
   * with their Gatehouse account (email and password, checked by the API). "development":
   * oidc-provider's test page that accepts any user name; refused in production mode.
   */
  IDP_LOGIN: z.enum(['portal', 'development'], { message: 'must be portal or development' }).default('portal'),
  /** Where the embedded IdP reaches the API to check passwords; a loopback URL by default. */
  API_INTERNAL_URL: optionalUrl,
  /**
   * Shared secret the API and the embedded IdP send each other on their internal endpoints (an
   * RFC 6750 b64token). Required in production mode; generated into the data dir in local mode.
   */
  GATEHOUSE_INTERNAL_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9\-._~+/]{32,}=*$/, { message: 'must be 32 or more characters of A-Z a-z 0-9 - . _ ~ + / (openssl rand -base64 32)' })
    .optional(),
  /** Public base URL of the gateway, used as the audience of the embedded IdP's access tokens. */
  GATEWAY_PUBLIC_URL: optionalUrl,
  /** Where the API reads the gateway's usage counters; a loopback URL, as the gateway answers loopback callers only. */
  GATEWAY_INTERNAL_URL: optionalUrl,
  /**
   * Comma-separated IP addresses of the proxies whose X-Forwarded-For the API believes (the web
   * server, which proxies /graphql). Default: loopback in local mode, where the web server runs
   * beside the API; none in production mode, so set it there. "none" trusts no proxy.
   */
  GATEHOUSE_TRUSTED_PROXIES: z
    .string()
    .refine((v) => v.trim() === 'none' || v.split(',').every((a) => isIP(a.trim()) !== 0), {
      message: 'must be comma-separated IP addresses, such as 127.0.0.1,::1, or none',
    })
    .optional(),
  /** Shared secret the API sends the gateway for its usage counters (an RFC 6750 b64token). */
  GATEWAY_USAGE_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9\-._~+/]{16,}=*$/, { message: 'must be 16 or more characters of A-Z a-z 0-9 - . _ ~ + / (openssl rand -base64 32)' })
    .optional(),
  /**
   * What the gateway does with requests under a policy with limits while Redis is unreachable:
   * "open" counts them in each gateway's memory meanwhile, "closed" refuses them with 503.
   */
  GATEWAY_LIMITS_FAIL_MODE: z.enum(['open', 'closed'], { message: 'must be open or closed' }).default('open'),
  /**
   * Whether the first start loads the seed guide's demo setup (accounts, API, policy, catalogue
   * entry). "false" starts from an empty portal; then GATEHOUSE_ADMIN_* creates the first admin.
   */
  GATEHOUSE_DEMO_DATA: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  /** First admin, created on the first start (empty database). Set together with GATEHOUSE_ADMIN_PASSWORD. */
  GATEHOUSE_ADMIN_EMAIL: z.string().email({ message: 'must be an email address' }).optional(),
  /** Password of the first admin; at least 12 characters. */
  GATEHOUSE_ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).max(1024).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Tests only: makes the API stop at a named point of client registration, `<point>:<action>`
   * (apps/api/src/faults/fault-points.ts). Refused outside local mode.
   */
  GATEHOUSE_FAULT: z.string().regex(/^[a-z-]+:[a-z]+$/, { message: 'must be <point>:<action>, e.g. registration-journalled:kill' }).optional(),
});

export type Env = z.infer<typeof envSchema>;
