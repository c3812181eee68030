/**
 * Ports of the stack under test: away from the defaults, so the tests can run while a developer
 * has `npm start` running.
 */
export const E2E_ENV = {
  WEB_PORT: '13000',
  API_PORT: '13001',
  IDP_PORT: '13002',
  ECHO_PORT: '13003',
  GATEWAY_PORT: '13004',
  LOG_LEVEL: 'warn',
} as const;

export const e2eUrls = {
  web: `http://127.0.0.1:${E2E_ENV.WEB_PORT}`,
  gateway: `http://127.0.0.1:${E2E_ENV.GATEWAY_PORT}`,
  issuer: `http://127.0.0.1:${E2E_ENV.IDP_PORT}/oauth/v2/oauth-anonymous`,
};
