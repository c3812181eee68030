import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { evictRootFields, STALE_AFTER } from './cache-effects.ts';

describe('cache effects', () => {
  it('evicts the root fields a mutation made stale and keeps the others', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: parse('{ apis { id } developers { id } }'), data: { apis: [], developers: [] } });
    evictRootFields(cache, STALE_AFTER.CreateApi!);
    const root = cache.extract().ROOT_QUERY as Record<string, unknown>;
    expect(root).not.toHaveProperty('apis');
    expect(root).toHaveProperty('developers');
  });
});
