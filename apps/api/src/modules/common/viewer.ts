import { forbidden, unauthenticated } from './errors.ts';

export type Role = 'ADMIN' | 'DEVELOPER';

/** How the caller proved who they are: the portal's session cookie or an API token (issue 6). */
export type ViewerVia = 'session' | 'token';

/** Who is calling: resolved once per request from the session cookie or the bearer API token. */
export interface Viewer {
  id: string;
  role: Role;
  email: string;
  name: string;
  /** Absent means `session` (services and tests that build a Viewer by hand). */
  via?: ViewerVia;
  /** A READ_ONLY API token: queries only; every mutation is refused before it runs. */
  readOnly?: boolean;
  /** The API token's ID when `via` is `token`. */
  tokenId?: string;
}

/**
 * Mutations an API token may never run, whatever its role: they act on the signed-in account
 * or mint more tokens, so a leaked token cannot take over the account or outlive its revocation.
 */
export const SESSION_ONLY_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'signUp', 'signOut', 'changePassword', 'createApiToken']);

/** Roles are enforced in the service layer (issue 2); services call these first. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== 'ADMIN') throw forbidden('use System or Portal Management');
  return v;
}

export function requireDeveloper(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== 'DEVELOPER') throw forbidden('do this as an admin; sign in as a developer');
  return v;
}

/** For operations that act on the signed-in account itself (see SESSION_ONLY_MUTATIONS). */
export function requireSession(viewer: Viewer | null, what: string): Viewer {
  const v = requireViewer(viewer);
  if (v.via === 'token') throw forbidden(`${what} with an API token; sign in to the portal to do it`);
  return v;
}

/**
 * Checked once per operation, before any resolver runs (server/graphql-limits-plugin.ts), so a new
 * mutation cannot forget it: a read-only token runs queries only, and no token runs the
 * session-only mutations.
 */
export function assertMayRunOperation(viewer: Viewer | null, operation: 'query' | 'mutation' | 'subscription', rootFields: string[]): void {
  if (operation !== 'mutation' || !viewer) return;
  if (viewer.readOnly) throw forbidden('change anything with a read-only API token (it may run queries only); use an ADMIN token');
  if (viewer.via === 'token') {
    const refused = rootFields.find((field) => SESSION_ONLY_MUTATIONS.has(field));
    if (refused) throw forbidden(`run ${refused} with an API token; sign in to the portal to do it`);
  }
}
