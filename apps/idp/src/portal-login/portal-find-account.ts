import type { FindAccount } from 'oidc-provider';
import type { PortalAccounts } from './portal-accounts.ts';

/**
 * `sub` is the Gatehouse user id, which never changes (OpenID Connect Core section 5.7: `sub` is
 * the stable identifier). An account deleted or deactivated in the portal is not found, so its
 * IdP session and its refresh tokens stop working (oidc-provider asks for a new sign-in).
 */
export function portalFindAccount(accounts: PortalAccounts): FindAccount {
  return async (_ctx, sub) => {
    const account = await accounts.find(sub);
    if (!account) return undefined;
    return {
      accountId: account.id,
      claims: () => ({ sub: account.id, name: account.name, preferred_username: account.email, email: account.email, email_verified: false }),
    };
  };
}
