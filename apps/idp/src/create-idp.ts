import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import Provider from 'oidc-provider';
import { pino, type Logger } from 'pino';
import { DEVELOPMENT_LOGIN_IN_PRODUCTION, loadEncryptionKey, SecretBox } from '@gatehouse/config';
import { internalRoutes } from './internal/internal-routes.ts';
import { interactionRoutes } from './portal-login/interaction-routes.ts';
import type { PortalAccounts } from './portal-login/portal-accounts.ts';
import { captureProviderNotices } from './capture-provider-notices.ts';
import { initialAccessTokenChallenge } from './initial-access-token-challenge.ts';
import { issueSecretOnPut } from './issue-secret-on-put.ts';
import { logProviderEvents } from './log-provider-events.ts';
import { mountUnderIssuerPath } from './mount-under-issuer-path.ts';
import { providerConfiguration, RESPONSE_TYPES } from './provider-configuration.ts';
import { currentKid, describeKeys, loadOrCreateKeyFile, maintainKeyFile, rotateSigningKeyInFile, type KeyFile, type KeyFileStore } from './signing-keys.ts';
import { LONGEST_SIGNED_TOKEN_LIFETIME } from './token-lifetimes.ts';
import { openSqliteStore } from './sqlite-adapter.ts';
import { substituteResponseTypes } from './substitute-response-types.ts';

export interface IdpOptions {
  /**
   * Issuer identifier (RFC 8414 section 2), e.g. http://127.0.0.1:4100/oauth/v2/oauth-anonymous.
   * The provider is mounted under its path. Port 0 (http://127.0.0.1:0/...) means "the port
   * listen() binds", for tests; read the result from `idp.issuer`.
   */
  issuer: string;
  /** SQLite file holding clients, grants, sessions and tokens; created if missing. */
  dbPath: string;
  /** Private JWKS + cookie keys, sealed; default `idp-keys.json` beside dbPath. Created if missing. */
  keysPath?: string;
  /**
   * 32-byte key that seals the key file (AES-256-GCM), the portal's GATEHOUSE_ENCRYPTION_KEY.
   * Default: as the portal API does without it, `encryption.key` in the key file's directory
   * (created on first start; refused in production mode).
   */
  encryptionKey?: Buffer;
  /** When set, registration requires `Authorization: Bearer <initialAccessToken>`. */
  initialAccessToken?: string;
  /** `aud` of every access token: the gateway's public URL. A function is read per request,
   * for tests that only learn the gateway's port after starting the IdP. */
  audience: string | (() => string);
  /**
   * RFC 7591 section 2 substitution: register a client without the response types this IdP does
   * not offer (`token`) rather than refuse it. Off by default, as oidc-provider behaves.
   */
  substituteResponseTypes?: boolean;
  /**
   * "production" refuses `developmentLogin`. Default "local".
   */
  mode?: 'local' | 'production';
  /**
   * oidc-provider's development login page, which signs anyone in as any user name. For local
   * experiments and the IdP's own protocol tests; never served in production mode.
   */
  developmentLogin?: boolean;
  /**
   * The portal's accounts, which people sign in with unless `developmentLogin` is on. With
   * neither, the IdP registers clients and issues client credentials tokens, but signs no one in.
   */
  accounts?: PortalAccounts;
  /** Bearer token of the internal endpoints the portal API calls (consents); off when absent. */
  internalToken?: string;
  /** Defaults to a silent logger, so in-process tests stay quiet. */
  logger?: Logger;
}

export interface IdpEndpoints {
  discovery: string;
  registration: string;
  token: string;
  jwks: string;
  authorization: string;
}

export interface RotateSigningKeyOptions {
  /** Drop the older keys from the JWKS, so tokens they signed no longer verify. Default false. */
  retirePrevious?: boolean;
}

export interface Idp {
  /** The current oidc-provider instance. It is replaced by listen() on port 0 and by
   * rotateSigningKey(), so read it from here rather than keeping a reference. */
  readonly provider: Provider;
  /** The effective issuer (with the bound port when the configured one was 0). */
  readonly issuer: string;
  /** kid of the key new tokens are signed with. */
  readonly signingKid: string;
  /** Every published key and its state (next, current, retired until a time). */
  readonly signingKeys: ReturnType<typeof describeKeys>;
  /** Absolute URLs of the endpoints, as discovery publishes them. */
  readonly endpoints: IdpEndpoints;
  listen(port: number, host?: string): Promise<Server>;
  /**
   * The announced next key starts signing; the current one stays published (retired) for the
   * longest token lifetime; a new next key is announced. Returns the new signing kid.
   */
  rotateSigningKey(options?: RotateSigningKeyOptions): Promise<string>;
  /** Stops the HTTP server (dropping idle keep-alive connections) and closes the database. */
  close(): Promise<void>;
}

/**
 * The embedded OpenID provider that stands in for the Curity Identity Server: RFC 7591
 * registration at <issuer>/oauth-registration, RFC 7592 management, client credentials and
 * authorization code + PKCE, RS256 JWT access tokens (RFC 9068) for the gateway.
 *
 * Steps: open the store -> load or create keys -> build the provider -> (listen).
 */
export async function createIdp(options: IdpOptions): Promise<Idp> {
  const logger = options.logger ?? pino({ level: 'silent' });
  if (options.developmentLogin && options.mode === 'production') throw new Error(DEVELOPMENT_LOGIN_IN_PRODUCTION);
  const accounts = options.developmentLogin ? undefined : options.accounts;
  const audience = typeof options.audience === 'function' ? options.audience : () => options.audience as string;
  const keysPath = options.keysPath ?? join(dirname(options.dbPath), 'idp-keys.json');
  const encryptionKey = options.encryptionKey ?? loadEncryptionKey({ dataDir: dirname(keysPath), mode: options.mode ?? 'local' });
  const keyFile: KeyFileStore = { path: keysPath, box: new SecretBox(encryptionKey) };

  const store = openSqliteStore(options.dbPath);
  let keys: KeyFile;
  try {
    // A next key announced, and retired keys past their tokens' lifetime removed.
    keys = await maintainKeyFile(keyFile, await loadOrCreateKeyFile(keyFile));
  } catch (err) {
    store.close();
    throw err;
  }

  // Expired codes, sessions and tokens are never read again (the adapter filters them); purge
  // them hourly so the file does not grow without bound in a long-running process.
  // Retired signing keys leave the JWKS on the same schedule (checked every 5 minutes).
  const purge = setInterval(() => store.purgeExpired(), 60 * 60 * 1000).unref();
  const keyMaintenance = setInterval(() => {
    void maintainKeyFile(keyFile, keys)
      .then((maintained) => {
        if (maintained === keys) return;
        keys = maintained;
        build();
        logger.info({ keys: describeKeys(keys) }, 'retired signing keys removed');
      })
      .catch((err: unknown) => logger.error({ err }, 'signing key maintenance failed'));
  }, 5 * 60 * 1000).unref();

  let issuer = options.issuer;
  let provider: Provider;
  let handler: RequestListener;
  let server: Server | undefined;

  // Signing keys are read once, when oidc-provider is constructed, so a new issuer or a new key
  // means a new provider. All state lives in the store, so nothing is lost in the swap.
  const build = () => {
    const next = captureProviderNotices(logger, () =>
      new Provider(issuer, providerConfiguration({ issuer, store, keys, initialAccessToken: options.initialAccessToken, audience, accounts, developmentLogin: Boolean(options.developmentLogin) })),
    );
    if (options.substituteResponseTypes) substituteResponseTypes(next, RESPONSE_TYPES);
    next.use(initialAccessTokenChallenge);
    next.use(issueSecretOnPut(store));
    logProviderEvents(next, logger);
    provider = next;
    handler = withOwnRoutes(next.callback(), routes, logger);
  };
  async function rotateSigningKey(retirePrevious: boolean): Promise<string> {
    keys = await rotateSigningKeyInFile(keyFile, keys, { retiredFor: LONGEST_SIGNED_TOKEN_LIFETIME, retirePrevious });
    build();
    logger.info({ keys: describeKeys(keys), retirePrevious }, 'signing key rotated');
    return currentKid(keys);
  }
  const signingKeys = { list: () => describeKeys(keys), rotate: () => rotateSigningKey(false) };
  const routes = [
    ...(accounts ? [interactionRoutes({ provider: () => provider, accounts, logger })] : []),
    ...(options.internalToken ? [internalRoutes({ provider: () => provider, store, token: options.internalToken, logger, signingKeys })] : []),
  ];
  build();

  return {
    get provider() {
      return provider;
    },
    get issuer() {
      return issuer;
    },
    get signingKid() {
      return currentKid(keys);
    },
    get signingKeys() {
      return describeKeys(keys);
    },
    get endpoints() {
      // Provider#urlFor exists in oidc-provider 8 but is missing from its type definitions.
      const { urlFor } = provider as unknown as { urlFor(route: string): string };
      const url = (route: string) => urlFor.call(provider, route);
      return {
        discovery: url('discovery'),
        registration: url('registration'),
        token: url('token'),
        jwks: url('jwks'),
        authorization: url('authorization'),
      };
    },

    async listen(port, host = '127.0.0.1') {
      if (server) throw new Error('the IdP is already listening');
      const listening = createServer(mountUnderIssuerPath(issuer, () => handler));
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, host, () => {
          listening.off('error', reject);
          resolve();
        });
      });
      server = listening;
      const configured = new URL(issuer);
      if (configured.port === '0') {
        configured.port = String((listening.address() as AddressInfo).port);
        issuer = stripTrailingSlash(configured.href, options.issuer);
        build();
      }
      return listening;
    },

    rotateSigningKey: ({ retirePrevious = false } = {}) => rotateSigningKey(retirePrevious),

    async close() {
      clearInterval(purge);
      clearInterval(keyMaintenance);
      const closing = server;
      server = undefined;
      if (closing) {
        await new Promise<void>((resolve, reject) => {
          closing.close((err) => (err ? reject(err) : resolve()));
          closing.closeIdleConnections();
        });
      }
      store.close();
    },
  };
}

type Route = (req: Parameters<RequestListener>[0], res: Parameters<RequestListener>[1]) => Promise<boolean>;

/** The IdP's own pages and endpoints first; whatever they do not serve goes to oidc-provider. */
function withOwnRoutes(providerCallback: RequestListener, routes: Route[], logger: Logger): RequestListener {
  if (routes.length === 0) return providerCallback;
  return (req, res) => {
    void (async () => {
      for (const route of routes) if (await route(req, res)) return;
      providerCallback(req, res);
    })().catch((err: unknown) => {
      logger.error({ err }, 'IdP request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The identity provider could not complete this request.');
    });
  };
}

/** `new URL()` adds a trailing slash to a bare origin; keep the issuer spelled as configured. */
function stripTrailingSlash(href: string, configured: string): string {
  return configured.endsWith('/') ? href : href.replace(/\/$/, '');
}
