import { randomBytes } from 'node:crypto';
import type { AdapterPayload } from 'oidc-provider';
import type Provider from 'oidc-provider';
import type { SqliteStore } from './sqlite-adapter.ts';

type Middleware = Parameters<Provider['use']>[0];

/** Same shape as oidc-provider's default secretFactory: 64 random bytes, base64url. */
const newClientSecret = () => randomBytes(64).toString('base64url');

/**
 * An extension, so the portal can rotate secrets at this IdP (Curity issues new secrets on PUT;
 * oidc-provider 8 never does). RFC 7592 section 2.2 lets a client send its current client_secret
 * in a PUT and lets the server include a new one in any answer. Here a PUT that leaves
 * client_secret out is answered with a new secret, which replaces the old one at once; a PUT that
 * sends the current secret (as the portal does when it edits a client) keeps it.
 *
 * Runs after oidc-provider's own update: the PUT was validated and stored, so only the secret
 * changes. Clients are cached by a fingerprint of their stored metadata, so the next lookup sees it.
 */
export function issueSecretOnPut(store: SqliteStore): Middleware {
  const clients = store.adapterFactory('Client');
  return async (ctx, next) => {
    await next();
    const oidc = (ctx as { oidc?: { route?: string; body?: Record<string, unknown> } }).oidc;
    if (oidc?.route !== 'client_update' || ctx.status !== 200) return;
    if (oidc.body && 'client_secret' in oidc.body) return;
    const answer = ctx.body as { client_id: string; client_secret?: string };
    // Public clients (token_endpoint_auth_method none) have no secret to replace.
    if (!answer.client_secret) return;
    const stored = await clients.find(answer.client_id);
    if (!stored) return;
    const client_secret = newClientSecret();
    await clients.upsert(answer.client_id, { ...stored, client_secret } as AdapterPayload);
    ctx.body = { ...answer, client_secret };
  };
}
