/**
 * The two developer-portal queries of the throughput benchmark, as the SPA sends them
 * (apps/web/src/routes/portal/catalogue and portal/clients, without Apollo Client's __typename).
 */
export const CATALOGUE_QUERY = `query CatalogueRoute($first: Int!, $after: String, $search: String) {
  publishedApis(first: $first, after: $after, search: $search) { edges { cursor node { id publicName description dcrEnabled
  policy { id name rateLimitRequests rateLimitPeriodSeconds quotaMax quotaRenewalSeconds keyExpiresInSeconds } } }
  pageInfo { hasNextPage endCursor } } }`;

export const MY_CLIENTS_QUERY = `query ClientsRoute($first: Int!) { myOAuthClients(first: $first) {
  edges { node { id clientName clientId createdAt apis { id publicName } } } pageInfo { hasNextPage } } }`;

/** The request bodies, and the paths the baseline serves the same answers at. */
export const PORTAL_REQUESTS = [
  // A catalogue of 100 entries; the SPA asks for the first page with no search.
  { name: 'catalogue (100)', baselinePath: '/catalogue', body: JSON.stringify({ query: CATALOGUE_QUERY, variables: { first: 100, search: null } }) },
  { name: 'my clients (100)', baselinePath: '/my-clients', body: JSON.stringify({ query: MY_CLIENTS_QUERY, variables: { first: 100 } }) },
] as const;
