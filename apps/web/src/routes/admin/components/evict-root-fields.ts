import type { ApolloCache } from '@apollo/client';

/** Drops cached lists (root query fields) a mutation made stale; the next visit refetches them. */
export function evictRootFields(cache: ApolloCache, ...fieldNames: string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
