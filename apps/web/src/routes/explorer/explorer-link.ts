/** Where the explorer lives in each signed-in area. */
export type ExplorerArea = 'admin' | 'portal';

/**
 * A link that opens the explorer with an operation (and its variables) filled in; the explorer
 * reads them from the `query` and `variables` search parameters.
 */
export function explorerLink(area: ExplorerArea, query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length) params.set('variables', JSON.stringify(variables, null, 2));
  return `/${area}/explorer?${params.toString()}`;
}
