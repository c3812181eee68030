import type { FindAccount } from 'oidc-provider';

/**
 * The IdP has no user directory: whatever username someone types at the development login page
 * becomes the subject. That is enough for a developer to walk through the authorization code
 * flow of an app they registered in the portal, and it is why this IdP is for local use only.
 */
export const findAccount: FindAccount = (_ctx, sub) => ({
  accountId: sub,
  claims: () => ({
    sub,
    name: sub,
    preferred_username: sub,
    // example.com is reserved for documentation (RFC 2606 section 3); the address is not real,
    // hence not verified.
    email: `${encodeURIComponent(sub)}@example.com`,
    email_verified: false,
  }),
});
