/**
 * Why the embedded IdP will not serve oidc-provider's development login in production mode, and
 * what to change. That page signs anyone in as any user name it is given.
 */
export const DEVELOPMENT_LOGIN_IN_PRODUCTION =
  'Invalid environment:\n  IDP_LOGIN: "development" lets anyone sign in at the embedded IdP as any user name, ' +
  'so it is refused with GATEHOUSE_MODE=production. Unset IDP_LOGIN (or set IDP_LOGIN=portal) so people sign in ' +
  'with their Gatehouse account, or point the portal at your own identity provider.';
