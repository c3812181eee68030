import { join, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { envSchema } from './env-schema.ts';
import { repoRoot } from './repo-root.ts';

export type GatehouseConfig = ReturnType<typeof loadConfig>;

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
    ports: {
      web: e.WEB_PORT,
      api: e.API_PORT,
      idp: e.IDP_PORT,
      echo: e.ECHO_PORT,
      gateway: e.GATEWAY_PORT,
    },
    urls: {
      web: origin(e.WEB_PORT),
      api: `${origin(e.API_PORT)}/graphql`,
      echo: origin(e.ECHO_PORT),
      gateway: e.GATEWAY_PUBLIC_URL ?? origin(e.GATEWAY_PORT),
    },
    idp: {
      issuer,
      initialAccessToken: e.IDP_INITIAL_ACCESS_TOKEN,
      dbPath: join(dataDir, 'idp.db'),
    },
  };
}
