import { describe, expect, it, vi } from 'vitest';
import type { ApiRoute } from './api-definition.ts';
import type { RemoteKeySet } from './remote-key-set.ts';
import { VerifiedTokenCache } from './verified-token-cache.ts';
import type { VerifiedCaller } from './verify-access-token.ts';

const route = {} as ApiRoute;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const caller = (clientId: string): VerifiedCaller => ({ clientId, claims: { client_id: clientId, exp: inAnHour() }, scopes: { set: new Set(), text: '' } });

function keySet(): RemoteKeySet & { generation: number; refreshIfStale: ReturnType<typeof vi.fn> } {
  return { generation: 0, refreshIfStale: vi.fn() } as unknown as RemoteKeySet & { generation: number; refreshIfStale: ReturnType<typeof vi.fn> };
}

describe('VerifiedTokenCache', () => {
  it('answers only the exact token, even when another shares its tail', () => {
    const cache = new VerifiedTokenCache();
    const tail = 'x'.repeat(40);
    cache.set(route, `aaa.bbb.${tail}`, caller('victim'), keySet());
    expect(cache.get(route, `aaa.bbb.${tail}`)?.clientId).toBe('victim');
    expect(cache.get(route, `forged.payload.${tail}`)).toBeUndefined();
  });

  it('forgets tokens once the key set that verified them lost a key, and keeps that key set fresh', () => {
    const cache = new VerifiedTokenCache();
    const keys = keySet();
    cache.set(route, 'a.b.c', caller('client'), keys);
    expect(cache.get(route, 'a.b.c')).toBeDefined();
    expect(keys.refreshIfStale).toHaveBeenCalled();
    keys.generation++;
    expect(cache.get(route, 'a.b.c')).toBeUndefined();
  });

  it('keeps at most maxEntriesPerApi tokens, dropping the oldest', () => {
    const cache = new VerifiedTokenCache({ maxEntriesPerApi: 2 });
    const keys = keySet();
    for (const token of ['t.1.one', 't.2.two', 't.3.three']) cache.set(route, token, caller(token), keys);
    expect(cache.get(route, 't.1.one')).toBeUndefined();
    expect(cache.get(route, 't.3.three')?.clientId).toBe('t.3.three');
  });
});
