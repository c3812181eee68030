/** A cursor connection as the API returns it (Relay style). */
interface Connection<Edge extends { cursor: string }> {
  edges: readonly Edge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * "Load more": the next page appended to the pages already shown. Its pageInfo replaces the old
 * one; an edge already shown (the list changed in between) is not shown twice.
 */
export function appendPage<Edge extends { cursor: string }, C extends Connection<Edge>>(shown: C, next: C): C {
  const seen = new Set(shown.edges.map((e) => e.cursor));
  return { ...next, edges: [...shown.edges, ...next.edges.filter((e) => !seen.has(e.cursor))] };
}
