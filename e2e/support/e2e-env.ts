/**
 * Ports of the stacks under test: away from the defaults, so the tests can run while a developer
 * has `npm start` running. E2E_PORT_BASE moves them all (two checkouts testing at once).
 */
const base = Number(process.env.E2E_PORT_BASE ?? 13000);

/** Environment of a stack whose five ports start at `first`. */
export function stackEnv(first: number) {
  return {
    WEB_PORT: String(first),
    API_PORT: String(first + 1),
    IDP_PORT: String(first + 2),
    ECHO_PORT: String(first + 3),
    GATEWAY_PORT: String(first + 4),
    LOG_LEVEL: 'warn',
  };
}

/** The shared stack started by global-setup.ts. */
export const E2E_ENV = stackEnv(base);

/** Ports for tests that start a stack of their own (e.g. to restart it). */
export const OWN_STACK_PORT_BASE = base + 100;

export const e2eUrls = {
  web: `http://127.0.0.1:${E2E_ENV.WEB_PORT}`,
  gateway: `http://127.0.0.1:${E2E_ENV.GATEWAY_PORT}`,
  issuer: `http://127.0.0.1:${E2E_ENV.IDP_PORT}/oauth/v2/oauth-anonymous`,
};
