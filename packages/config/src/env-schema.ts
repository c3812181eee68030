import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalUrl = z
  .string()
  .url({ message: 'must be an absolute URL such as http://127.0.0.1:4100' })
  .optional();

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
  /** SQLite file of the portal, as a Prisma `file:` URL. */
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, { message: 'must be a SQLite file URL such as file:/path/to/gatehouse.db' })
    .optional(),
  /** 32 random bytes, base64; encrypts client secrets and tokens at rest. */
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
  /** Public base URL of the gateway, used as the audience of the embedded IdP's access tokens. */
  GATEWAY_PUBLIC_URL: optionalUrl,
  /** Where the API reads the gateway's usage counters; a loopback URL, as the gateway answers loopback callers only. */
  GATEWAY_INTERNAL_URL: optionalUrl,
  /** Shared secret the API sends the gateway for its usage counters (an RFC 6750 b64token). */
  GATEWAY_USAGE_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9\-._~+/]{16,}=*$/, { message: 'must be 16 or more characters of A-Z a-z 0-9 - . _ ~ + / (openssl rand -base64 32)' })
    .optional(),
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
