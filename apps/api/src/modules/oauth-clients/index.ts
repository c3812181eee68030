/** What other modules may use of this one (ADR 017); everything else here is its own. */
export { registeredMetadata } from './client-at-idp.ts';
export type { IdpOperationUnsupportedResult, IdpRegistrationErrorResult } from './idp-failure-result.ts';
export { registeredGrantTypes } from './oauth-client-view.ts';
export type { OAuthClientView } from './oauth-client-view.ts';
export { OAuthClientRepo } from './oauth-client.repo.ts';
export type { OAuthClientRecord } from './oauth-client.repo.ts';
export type { OAuthClientsService } from './oauth-clients.service.ts';
