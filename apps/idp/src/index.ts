export { createIdp, type Idp, type IdpEndpoints, type IdpOptions, type RotateSigningKeyOptions } from './create-idp.ts';
export { ROUTES } from './provider-configuration.ts';
export { API_SCOPES, OIDC_SCOPES, SUPPORTED_SCOPES } from './scopes.ts';
export { portalAccountsOverHttp, type PortalAccounts } from './portal-login/portal-accounts.ts';
