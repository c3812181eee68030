export * from './rfc7591.ts';
export * from './providers.ts';
export * from './registration-result.ts';
export { registerClient, type RegisterClientRequest } from './register-client.ts';
export { deleteClient, type ManagedClientRef } from './delete-client.ts';
export { discover, discoveryUrl, type DiscoveryDocument } from './discover.ts';
export type { OutboundOptions } from './outbound-json.ts';
export { splitRedirectUris, redirectUriProblem } from './redirect-uris.ts';
