/**
 * The two developer-portal queries of the throughput benchmark, as the SPA sends them
 * (apps/web/src/routes/portal/catalogue and portal/clients, without Apollo Client's __typename).
 */
export const CATALOGUE_QUERY = `query CatalogueRoute { catalogue { id publicName description dcrEnabled
  policy { id name rateLimitRequests rateLimitPeriodSeconds quotaMax quotaRenewalSeconds keyExpiresInSeconds } } }`;

export const MY_CLIENTS_QUERY = `query ClientsRoute($first: Int!) { myOAuthClients(first: $first) {
  edges { node { id clientName clientId createdAt apis { id publicName } } } pageInfo { hasNextPage } } }`;

/** The request bodies, and the paths the baseline serves the same answers at. */
export const PORTAL_REQUESTS = [
  { name: 'catalogue', baselinePath: '/catalogue', body: JSON.stringify({ query: CATALOGUE_QUERY }) },
  { name: 'my clients (100)', baselinePath: '/my-clients', body: JSON.stringify({ query: MY_CLIENTS_QUERY, variables: { first: 100 } }) },
] as const;
