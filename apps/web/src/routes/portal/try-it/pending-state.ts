/**
 * Which client an authorization request started from, by its `state`, for the callback page to
 * return to even when the identity provider sends an error instead of a code. Not a secret: the
 * verifier stays on the server. sessionStorage keeps it to this tab.
 */
const key = (state: string) => `gatehouse.try-it.${state}`;

export function rememberPendingClient(state: string, clientId: string): void {
  try {
    sessionStorage.setItem(key(state), clientId);
  } catch {
    // Storage may be off; the callback then links to the client list instead.
  }
}

export function pendingClient(state: string | null): string | null {
  if (!state) return null;
  try {
    return sessionStorage.getItem(key(state));
  } catch {
    return null;
  }
}

export function forgetPendingClient(state: string | null): void {
  if (!state) return;
  try {
    sessionStorage.removeItem(key(state));
  } catch {
    // nothing to forget
  }
}
