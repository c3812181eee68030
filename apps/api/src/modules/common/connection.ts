/** Relay-style connections with a bounded page size (STYLE.md: lists are cursor connections). */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** Rows to fetch: one more than asked, to know whether a next page exists. */
  take: number;
  /** The id of the row to start after, decoded from the cursor. */
  afterId: string | undefined;
  first: number;
}

export function toPage(args: PageArgs): Page {
  const first = Math.min(Math.max(args.first ?? 50, 1), MAX_PAGE_SIZE);
  const afterId = args.after ? Buffer.from(args.after, 'base64url').toString('utf8') : undefined;
  return { take: first + 1, afterId, first };
}

export function toConnection<T extends { id: string }>(rows: T[], page: Page) {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: Buffer.from(node.id).toString('base64url'), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
