import type { KoaContextWithOIDC } from 'oidc-provider';
import type { SqliteStore } from '../sqlite-adapter.ts';

/** A consent the user gave an app, as the portal's Account page lists it. */
export interface RememberedGrant {
  grantId: string;
  clientId: string;
  clientName: string | null;
  scopes: string[];
  grantedAt: string;
}

/**
 * oidc-provider's `loadExistingGrant`: the consent given in this interaction first, then the
 * one this account gave this client in any earlier session (its default looks in the current
 * session only, so a new browser would ask again). A revoked grant is gone from the store, so
 * the next request asks for consent again.
 */
export function loadRememberedGrant(store: SqliteStore) {
  return async (ctx: KoaContextWithOIDC) => {
    const { provider, client, session, result } = ctx.oidc;
    const accountId = session?.accountId;
    if (!client) return undefined;
    const fromInteraction = (result as { consent?: { grantId?: string } } | undefined)?.consent?.grantId;
    const remembered = accountId ? store.grantsOf(accountId).find((g) => g.payload.clientId === client.clientId)?.id : undefined;
    const grantId = fromInteraction ?? remembered ?? session?.grantIdFor(client.clientId);
    return grantId ? provider.Grant.find(grantId) : undefined;
  };
}

/** The account's grants with what they allow, for the portal (through the IdP's internal endpoint). */
export async function listRememberedGrants(store: SqliteStore, accountId: string, clientName: (clientId: string) => Promise<string | null>): Promise<RememberedGrant[]> {
  const grants = store.grantsOf(accountId);
  return Promise.all(
    grants.map(async ({ id, payload }) => {
      const openid = (payload.openid as { scope?: string } | undefined)?.scope ?? '';
      const resources = Object.values((payload.resources as Record<string, string> | undefined) ?? {});
      const scopes = [...new Set([openid, ...resources].join(' ').split(' ').filter(Boolean))];
      const clientId = String(payload.clientId);
      return { grantId: id, clientId, clientName: await clientName(clientId), scopes, grantedAt: new Date(Number(payload.iat) * 1000).toISOString() };
    }),
  );
}
