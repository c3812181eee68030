export { loadConfig, type GatehouseConfig } from './load-config.ts';
export { ConfigError } from './config-error.ts';
export { repoRoot } from './repo-root.ts';
export { GATEWAY_RESERVED_PREFIX, hasDotSegment, isGatewayReservedPath, listenPathProblem, pathAsUpstreamsRead, upstreamUrlProblem } from './gateway-paths.ts';
export { PORTAL_SESSION_COOKIE } from './portal-cookies.ts';
export { loadInternalToken, presentsInternalToken } from './internal-token.ts';
export { DEVELOPMENT_LOGIN_IN_PRODUCTION } from './development-login.ts';
export { SecretBox } from './secret-box.ts';
export { ENCRYPTION_KEY_VARIABLE, loadEncryptionKey } from './load-encryption-key.ts';
