import type { IncomingMessage, ServerResponse } from 'node:http';
import { presentsInternalToken } from '@gatehouse/config';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import { listRememberedGrants } from '../portal-login/remembered-grants.ts';
import type { describeKeys } from '../signing-keys.ts';
import type { SqliteStore } from '../sqlite-adapter.ts';

const GRANTS = /^\/internal\/accounts\/([^/]+)\/grants(?:\/([^/]+))?$/;

export interface InternalRoutesOptions {
  provider: () => Provider;
  store: SqliteStore;
  /** GATEHOUSE_INTERNAL_TOKEN: only the portal API knows it. */
  token: string;
  logger: Logger;
  signingKeys: { list(): ReturnType<typeof describeKeys>; rotate(): Promise<string> };
}

/**
 * What the portal API asks of the IdP on a user's behalf (docs/decisions/018-*.md); the API has
 * already checked who the user is, the IdP checks the shared token:
 *
 *   GET    /internal/accounts/:accountId/grants            the consents this account gave
 *   DELETE /internal/accounts/:accountId/grants/:clientId  revoke them for one client (204)
 *   GET    /internal/signing-keys                          the signing keys and their states
 *   POST   /internal/signing-keys/rotate                   one rotation (next -> current -> retired)
 */
export function internalRoutes(options: InternalRoutesOptions) {
  const { store, logger } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://idp').pathname;
    if (!path.startsWith('/internal/')) return false;
    if (!presentsInternalToken(req, options.token)) {
      json(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer realm="gatehouse-idp-internal"' });
      return true;
    }
    if (path === '/internal/signing-keys' && req.method === 'GET') return json(res, 200, { keys: options.signingKeys.list() });
    if (path === '/internal/signing-keys/rotate' && req.method === 'POST') {
      const kid = await options.signingKeys.rotate();
      return json(res, 200, { signingKid: kid, keys: options.signingKeys.list() });
    }
    const match = GRANTS.exec(path);
    if (!match) return json(res, 404, { error: 'not_found' });
    const accountId = decodeURIComponent(match[1]!);
    const clientId = match[2] && decodeURIComponent(match[2]);

    if (req.method === 'GET' && !clientId) {
      const provider = options.provider();
      const grants = await listRememberedGrants(store, accountId, async (id) => (await provider.Client.find(id))?.clientName ?? null);
      return json(res, 200, { grants });
    }
    if (req.method === 'DELETE' && clientId) {
      const revoked = store.grantsOf(accountId).filter((g) => g.payload.clientId === clientId);
      if (revoked.length === 0) return json(res, 404, { error: 'not_found' });
      // The grant and every code and token issued from it (RFC 7009 section 2.1).
      for (const grant of revoked) store.revokeGrant(grant.id);
      logger.info({ accountId, clientId }, 'consent revoked');
      res.writeHead(204).end();
      return true;
    }
    return json(res, 405, { error: 'method_not_allowed' });
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
  return true;
}
