import { describe, expect, it } from 'vitest';
import { appendPage } from './append-page.ts';

const page = (cursors: string[], hasNextPage: boolean) => ({
  __typename: 'Connection',
  edges: cursors.map((cursor) => ({ cursor, node: { id: cursor } })),
  pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
});

describe('appendPage', () => {
  it('appends the next page and takes its pageInfo', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['c'], false));
    expect(merged.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c']);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c' });
  });

  it('does not show an edge twice when the list changed in between', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['b', 'c'], true));
    expect(merged.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c']);
    expect(merged.pageInfo.endCursor).toBe('c');
  });
});
