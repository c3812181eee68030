import { forbidden, unauthenticated } from './errors.ts';

export type Role = 'ADMIN' | 'DEVELOPER';

/** Who is calling: resolved once per request from the session cookie. */
export interface Viewer {
  id: string;
  role: Role;
  email: string;
  name: string;
}

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
