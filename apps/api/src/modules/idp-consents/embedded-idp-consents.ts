import { z } from 'zod';

const consent = z.object({
  clientId: z.string(),
  clientName: z.string().nullable(),
  scopes: z.array(z.string()),
  grantedAt: z.string(),
});
export type IdpConsent = z.infer<typeof consent>;
const consentList = z.object({ grants: z.array(consent) });

const signingKey = z.object({ kid: z.string(), state: z.enum(['next', 'current', 'retired']), removeAfter: z.string().nullable() });
export type IdpSigningKeyState = z.infer<typeof signingKey>;
const signingKeys = z.object({ keys: z.array(signingKey) });
const rotation = signingKeys.extend({ signingKid: z.string() });

/**
 * The embedded IdP's internal endpoint for consents (apps/idp/src/internal/internal-routes.ts):
 * the IdP owns the grants, so listing and revoking go through it (docs/decisions/018-*.md).
 * The issuer comes from the operator's configuration (IDP_ISSUER), never from a user.
 */
export class EmbeddedIdpConsents {
  constructor(
    private readonly issuer: string,
    private readonly token: string,
  ) {}

  /** The account's consents, newest first; null when the embedded IdP cannot be reached. */
  async list(accountId: string): Promise<IdpConsent[] | null> {
    try {
      const res = await this.call('GET', accountId);
      if (!res.ok) return null;
      return consentList.parse(await res.json()).grants;
    } catch {
      return null;
    }
  }

  /** False when the account gave this client no consent. */
  async revoke(accountId: string, clientId: string): Promise<boolean> {
    const res = await this.call('DELETE', accountId, clientId);
    // A client_id the IdP cannot even route (too long, odd characters) names no consent either.
    if (res.status >= 400 && res.status < 500) return false;
    if (res.status !== 204) throw new Error(`the embedded IdP answered HTTP ${res.status} to a consent revocation`);
    return true;
  }

  /** The signing keys and their states; null when the embedded IdP cannot be reached. */
  async signingKeys(): Promise<IdpSigningKeyState[] | null> {
    try {
      const res = await this.fetch('GET', '/internal/signing-keys');
      return res.ok ? signingKeys.parse(await res.json()).keys : null;
    } catch {
      return null;
    }
  }

  /** One rotation: next -> current, current -> retired, a new next announced. */
  async rotateSigningKeys(): Promise<z.infer<typeof rotation>> {
    const res = await this.fetch('POST', '/internal/signing-keys/rotate');
    if (!res.ok) throw new Error(`the embedded IdP answered HTTP ${res.status} to a key rotation`);
    return rotation.parse(await res.json());
  }

  private call(method: 'GET' | 'DELETE', accountId: string, clientId?: string): Promise<Response> {
    return this.fetch(method, `/internal/accounts/${encodeURIComponent(accountId)}/grants${clientId ? `/${encodeURIComponent(clientId)}` : ''}`);
  }

  private fetch(method: 'GET' | 'POST' | 'DELETE', path: string): Promise<Response> {
    return fetch(`${this.issuer.replace(/\/$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  }
}
