/**
 * @gatehouse/client: the Gatehouse GraphQL API for integrators, typed from the published schema.
 * `GatehouseClient.request` runs any operation in ./generated; the helpers do the common automations.
 */
export { GatehouseClient, GatehouseError, type GatehouseClientOptions } from './gatehouse-client.ts';
export { GatehouseValidationError } from './field-errors.ts';
export { publishApiWithDcr, type PublishApiInput, type PublishedApi } from './publish-api.ts';
export { findDeveloper, provisionClient, type ProvisionClientInput, type ProvisionedClient } from './provision-client.ts';
export { listClientsWithUsage, type ClientWithUsage } from './list-clients.ts';
export * from './generated/graphql.ts';
