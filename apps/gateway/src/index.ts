export { createGateway, type Gateway, type GatewayOptions } from './create-gateway.ts';
export type { ApiDefinition, ApiDefinitionSource, ApiRoute, ApiTable } from './api-definition.ts';
export { buildApiTable, type RejectedDefinition } from './build-api-table.ts';
export { createInMemoryApiDefinitionSource, type InMemoryApiDefinitionSource } from './in-memory-api-definition-source.ts';
export {
  createPollingApiDefinitionSource,
  DEFAULT_REFRESH_INTERVAL_MS,
  type PollingApiDefinitionSource,
  type PollingApiDefinitionSourceOptions,
} from './polling-api-definition-source.ts';
export { createApiDefinitionsRepo, type ApiDefinitionsRepo } from './api-definitions.repo.ts';
export type { GatewayLogger } from './gateway-logger.ts';
export type { GatewayExchange, RequestStep } from './request-step.ts';
export { CLIENT_ID_HEADER } from './forwarded-headers.ts';
export { ACCEPTED_ALGORITHMS, CLOCK_TOLERANCE_SECONDS } from './verify-access-token.ts';
