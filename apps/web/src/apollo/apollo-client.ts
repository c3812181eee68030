import { ApolloClient, InMemoryCache } from '@apollo/client';
import { BaseHttpLink } from '@apollo/client/link/http';
import { createQueryPreloader } from '@apollo/client/react';
import { relayStylePagination } from '@apollo/client/utilities';
import introspection from '../graphql/generated/possible-types.ts';

/**
 * The one Apollo Client of the SPA. The API is reached on the same origin (`/graphql`, proxied by
 * Vite in development and by server/main.ts in production), so the httpOnly session cookie
 * travels with every request and Apollo Server's CSRF prevention sees a JSON POST.
 * `BaseHttpLink`, not `HttpLink`: the latter adds client-awareness headers and an
 * `extensions.clientLibrary` entry that nothing here reads, and its code to the first page.
 */
export const apolloClient = new ApolloClient({
  link: new BaseHttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // Lets the details page read a client the wizard just created straight from the cache
          // (the mutation selects the same fragment), instead of a second round trip.
          // One list per search; "Show more" (fetchMore with `after`) appends to it (issue 7).
          publishedApis: relayStylePagination(['search']),
          oauthClient: {
            read(existing, { args, toReference }) {
              return existing ?? toReference({ __typename: 'OAuthClient', id: args?.id as string });
            },
          },
        },
      },
    },
  }),
});

/** Starts a query from a route loader; the route component reads it with `useReadQuery`. */
export const preloadQuery = createQueryPreloader(apolloClient);
