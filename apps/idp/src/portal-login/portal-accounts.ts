import { z } from 'zod';

/** Who signed in, as the portal API answers: the stable user id becomes `sub`. */
export const portalAccount = z.object({ id: z.string().min(1), email: z.string(), name: z.string() });
export type PortalAccount = z.infer<typeof portalAccount>;

const signInAnswer = z.discriminatedUnion('result', [
  z.object({ result: z.literal('signed-in'), account: portalAccount }),
  z.object({ result: z.literal('invalid-credentials'), message: z.string() }),
  z.object({ result: z.literal('throttled'), message: z.string(), retryAfterSeconds: z.number() }),
  z.object({ result: z.literal('invalid-input'), message: z.string() }),
]);
export type SignInAnswer = z.infer<typeof signInAnswer>;

/**
 * The portal's accounts, as the IdP reaches them (docs/decisions/018-*.md): the API checks the
 * password with its own throttle and lockout, and says whether an account still exists and is
 * active. The IdP never sees a password hash.
 */
export interface PortalAccounts {
  signIn(input: { email: string; password: string; clientIp: string | undefined }): Promise<SignInAnswer>;
  /** The active account with this id, or null (deleted or deactivated). */
  find(id: string): Promise<PortalAccount | null>;
}

/** PortalAccounts over the API's internal HTTP endpoints, authenticated with the shared token. */
export function portalAccountsOverHttp(options: { apiUrl: () => string; token: string }): PortalAccounts {
  const call = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path, options.apiUrl()), {
      ...init,
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json', ...(init.headers as object) },
      signal: AbortSignal.timeout(10_000),
    });
  return {
    async signIn(input) {
      const res = await call('/internal/idp/sign-in', { method: 'POST', body: JSON.stringify(input) });
      if (!res.ok && res.status !== 401 && res.status !== 429 && res.status !== 400) throw new Error(`the portal API answered HTTP ${res.status} to a sign-in`);
      return signInAnswer.parse(await res.json());
    },
    async find(id) {
      const res = await call(`/internal/idp/accounts/${encodeURIComponent(id)}`);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`the portal API answered HTTP ${res.status} for an account`);
      return portalAccount.parse(await res.json());
    },
  };
}
