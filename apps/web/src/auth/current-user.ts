import { createContext, redirect, type MiddlewareFunction } from 'react-router';
import { apolloClient } from '../apollo/apollo-client.ts';
import { graphql } from '../graphql/generated/index.ts';
import type { CurrentUserQuery } from '../graphql/generated/graphql.ts';

export const CurrentUserQueryDocument = graphql(`
  query CurrentUser {
    me {
      id
      name
      email
      role
    }
  }
`);

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;
export type Role = CurrentUser['role'];

/** The signed-in user, set by `requireUser` for the loaders below it. */
export const currentUserContext = createContext<CurrentUser>();

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return role === 'ADMIN' ? '/admin' : '/portal';
}

/**
 * Reads `me` (from the cache when known, else from the API). `network-only` is for the sign-in
 * page, which must not trust a cache that may predate a sign-out in another tab.
 */
export async function fetchCurrentUser(
  fetchPolicy: 'cache-first' | 'network-only' = 'cache-first',
): Promise<CurrentUser | null> {
  const { data } = await apolloClient.query({ query: CurrentUserQueryDocument, fetchPolicy });
  return data?.me ?? null;
}

/** `/sign-in?redirectTo=...` for the page being left, so the user comes back to it. */
export function signInPath(request: Request): string {
  const url = new URL(request.url);
  const here = url.pathname + url.search;
  return here === '/' ? '/sign-in' : `/sign-in?redirectTo=${encodeURIComponent(here)}`;
}

/**
 * Route middleware for the protected areas: runs before any loader below it, so no query of a
 * protected page is sent for an anonymous visitor. `roles` limits the area to some roles;
 * others are sent to their own home.
 */
export function requireUser(roles?: readonly Role[]): MiddlewareFunction {
  return async ({ request, context }) => {
    const user = await fetchCurrentUser();
    if (!user) throw redirect(signInPath(request));
    if (roles && !roles.includes(user.role)) throw redirect(homePathFor(user.role));
    context.set(currentUserContext, user);
  };
}

/** Writes the user `signIn` returned into the cache, so the protected areas see it at once. */
export function rememberSignedInUser(user: CurrentUser): void {
  apolloClient.writeQuery({ query: CurrentUserQueryDocument, data: { me: user } });
}
